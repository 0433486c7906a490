import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-empty';

const one = (name: string, value: string) => formGridText({ indicators: [['产出指标', '数量指标', name, value]] });

testRule(rule, {
  valid: [{ grid: one('培训班次', '≥4(次)') }, { grid: one('课程设置', '合理') }, { grid: one('社会成本', '无') }],
  invalid: [
    {
      name: 'blank value',
      grid: one('工作日故障运维人员抵达现场时间', ''),
      errors: [{ messageId: 'emptyValue', actual: '' }],
    },
    { name: 'star placeholder', grid: one('培训班次', '*'), errors: [{ messageId: 'placeholder', actual: '*' }] },
    { name: 'template placeholder', grid: one('出勤率', '≥**%'), errors: [{ messageId: 'placeholder' }] },
    { name: 'XX placeholder', grid: one('出勤率', 'XX'), errors: [{ messageId: 'placeholder' }] },
    { name: 'nameless row', grid: one('', '≥90(%)'), errors: [{ messageId: 'emptyName', actual: '' }] },
    { name: 'placeholder name', grid: one('***', '≥90(%)'), errors: [{ messageId: 'emptyName', actual: '***' }] },
  ],
});
