import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-malformed';

const one = (value: string) => formGridText({ indicators: [['产出指标', '数量指标', '培训班次', value]] });
/** A row of a budget-system export: 计算符号 | 指标值 | 计量单位. */
const split = (operator: string, value: string) =>
  `项目名称 | 培训 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 培训班次 | ${operator} | ${value} | 次`;

testRule(rule, {
  valid: [
    { grid: one('≥4(次)') },
    { grid: one('按期完成') },
    { grid: one('1小时内响应，3小时内抵达现场') },
    { grid: one('') },
    { name: 'the operator written in both places alike', grid: split('≥', '≥4') },
  ],
  invalid: [
    { name: 'doubled operator', grid: one('≥≥4(次)'), errors: [{ messageId: 'malformed', actual: '≥≥4(次)' }] },
    { name: 'operator after the number', grid: one('4次≥'), errors: [{ messageId: 'malformed' }] },
    { name: 'operator without number', grid: one('≥(次)'), errors: [{ messageId: 'malformed' }] },
    {
      name: 'the 计算符号 column and the value disagree',
      grid: split('≥', '≤4'),
      errors: [{ messageId: 'conflict', actual: '≤4', severity: 'error' }],
    },
  ],
});
