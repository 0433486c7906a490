import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-malformed';

const one = (value: string) => formGridText({ indicators: [['产出指标', '数量指标', '培训班次', value]] });

testRule(rule, {
  valid: [
    { grid: one('≥4(次)') },
    { grid: one('按期完成') },
    { grid: one('1小时内响应，3小时内抵达现场') },
    { grid: one('') },
  ],
  invalid: [
    { name: 'doubled operator', grid: one('≥≥4(次)'), errors: [{ messageId: 'malformed', actual: '≥≥4(次)' }] },
    { name: 'operator after the number', grid: one('4次≥'), errors: [{ messageId: 'malformed' }] },
    { name: 'operator without number', grid: one('≥(次)'), errors: [{ messageId: 'malformed' }] },
  ],
});
