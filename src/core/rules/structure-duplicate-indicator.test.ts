import { formGridText } from '../testing/form-builder';
import { testRule } from '../testing/rule-tester';
import rule from './structure-duplicate-indicator';

testRule(rule, {
  valid: [
    {
      grid: formGridText({
        indicators: [
          ['产出指标', '数量指标', '学习学时完成率', '=100(%)'],
          ['产出指标', '时效指标', '学习学时完成及时率', '=100(%)'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: '2024 seed 课题调研完成率 in 数量 and 时效',
      grid: formGridText({
        indicators: [
          ['产出指标', '数量指标', '课题调研完成率', '≥1.00(个)'],
          ['产出指标', '时效指标', '课题调研完成率', '=100.00 (%)'],
        ],
      }),
      errors: [{ messageId: 'duplicate', actual: '课题调研完成率' }],
    },
    {
      name: '…及时性 vs …及时率',
      grid: formGridText({
        indicators: [
          ['产出指标', '时效指标', '运维工作完成及时性', '及时'],
          ['产出指标', '时效指标', '运维工作完成及时率', '=100(%)'],
        ],
      }),
      errors: [{ messageId: 'near', actual: '运维工作完成及时率' }],
    },
  ],
});
