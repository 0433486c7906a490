import { form2018GridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-category-as-name';

testRule(rule, {
  valid: [
    { grid: form2018GridText() },
    {
      name: '服务对象满意度 is a legitimate 三级 name',
      grid: form2018GridText({ indicators: [['效果目标', '服务对象满意度', '≥95%']] }),
    },
  ],
  invalid: [
    {
      name: '2018 seed 质量目标 / 时效目标',
      grid: form2018GridText({
        indicators: [
          ['产出目标', '质量目标', '平台正常运行'],
          ['产出目标', '时效目标', '高速点播、在线互动学习、移动学习'],
        ],
      }),
      errors: [
        { messageId: 'category', actual: '质量目标' },
        { messageId: 'category', actual: '时效目标' },
      ],
    },
    {
      name: '2018 seed 数量',
      grid: form2018GridText({ indicators: [['产出目标', '数量', '考务完成量≥1500人次']] }),
      errors: [{ messageId: 'category' }],
    },
  ],
});
