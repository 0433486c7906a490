import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-timeliness-not-time';

const one = (level2: string, name: string, value: string) =>
  formGridText({ indicators: [['产出指标', level2, name, value]] });

testRule(rule, {
  valid: [
    { grid: one('时效指标', '运维工作完成及时性', '及时') },
    { grid: one('时效指标', '资金拨付及时性', '按照合同规定及时拨付') },
    { grid: one('时效指标', '事业单位审计完成', '6月底前') },
    { grid: one('时效指标', '课题按时结题率', '=100(%)') },
    { grid: one('质量指标', '课程设置', '合理') },
  ],
  invalid: [
    {
      name: 'quality word under 时效',
      grid: one('时效指标', '培训组织', '规范有序'),
      errors: [{ messageId: 'notTime', actual: '规范有序' }],
    },
  ],
});
