import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-rate-unit-mismatch';

const one = (name: string, value: string) => formGridText({ indicators: [['产出指标', '数量指标', name, value]] });

testRule(rule, {
  valid: [
    { grid: one('课题调研完成率', '=100(%)') },
    { grid: one('课题调研完成数', '≥1(个)') },
    { grid: one('年度运维报告完成数', '=1(次)') },
  ],
  invalid: [
    {
      name: 'rate counted in 个 (2024 seed 课题调研完成率 ≥1.00(个))',
      grid: one('课题调研完成率', '≥1.00(个)'),
      errors: [
        {
          messageId: 'mismatch',
          suggestions: [[['≥1.00(个)', '=100.00(%)']], [['课题调研完成率', '课题调研完成数']]],
        },
      ],
    },
    {
      name: 'the same rate in % elsewhere in the form (2024 西渡 时效): renaming the count comes first, a % would repeat it',
      grid: formGridText({
        indicators: [
          ['产出指标', '数量指标', '课题调研完成率', '≥1.00(个)'],
          ['产出指标', '时效指标', '课题调研完成率', '=100.00 (%)'],
        ],
      }),
      errors: [
        {
          messageId: 'mismatch',
          suggestions: [[['课题调研完成率', '课题调研完成数']], [['≥1.00(个)', '=100.00(%)']]],
        },
      ],
    },
    { name: '完成度 in 次', grid: one('培训计划完成度', '=4(次)'), errors: [{ messageId: 'mismatch' }] },
  ],
});
