import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
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

    {
      name: 'short worded targets may repeat',
      grid: formGridText({
        indicators: [
          ['效益指标', '可持续影响指标', '长效管理机制健全性', '建立健全'],
          ['效益指标', '可持续影响指标', '品牌化运行机制', '建立健全'],
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

    {
      name: '2018 seed 可持续目标 / 持续示范平台目标 with identical targets',
      grid: formGridText({
        indicators: [
          ['效益指标', '可持续影响指标', '可持续目标', '力争将上海党员干部现代远程教育平台建设成为全国优秀的示范平台'],
          [
            '效益指标',
            '可持续影响指标',
            '持续示范平台目标',
            '力争将上海党员干部现代远程教育平台建设成为全国优秀的示范平台',
          ],
        ],
      }),
      errors: [{ messageId: 'sameTarget', actual: '持续示范平台目标' }],
    },
  ],
});
