import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-vague';

const one = (name: string, value: string) => formGridText({ indicators: [['效益指标', '社会效益指标', name, value]] });

testRule(rule, {
  valid: [
    { grid: one('平台学习人次增长率', '≥5(%)') },
    { grid: one('长效管理机制健全性', '建立健全') },
    { grid: one('运维工作完成及时率', '及时') },
    { grid: one('系统运行', '稳定') },

    {
      name: '2024 seed 成本控制率 = 控制在预算内',
      grid: formGridText({ indicators: [['成本指标', '经济成本指标', '成本控制率', '控制在预算内']] }),
    },
  ],
  invalid: [
    {
      name: '增长 (2024 seed)',
      grid: one('平台学习人次增长情况', '增长'),
      errors: [{ messageId: 'vague', actual: '增长' }],
    },
    {
      name: '进一步加强 (2023 seed)',
      grid: one('事业单位及财政资金管理等', '进一步加强'),
      errors: [{ messageId: 'vague' }],
    },
    {
      name: 'under 可持续影响: the example is wording, not a growth rate (2023 seed 援派干部培训)',
      grid: formGridText({ indicators: [['效益指标', '可持续影响指标', '援派干部培训', '进一步加强']] }),
      errors: [{ messageId: 'vagueLasting' }],
    },
    {
      name: 'rate written as words',
      grid: one('平台覆盖率', '区和街镇全覆盖'),
      errors: [{ messageId: 'notQuantified' }],
    },
    {
      name: 'count written as words',
      grid: one('培训学时', '符合市级培训要求'),
      errors: [{ messageId: 'notQuantified' }],
    },
  ],
});
