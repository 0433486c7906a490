import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-management-indicator';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    {
      name: 'legit in the 2018 投入和管理 block',
      grid: form2018GridText({ indicators: [['投入和管理目标', '预算执行率', '≥90%']] }),
    },
  ],
  invalid: [
    {
      name: 'a generic form whose year reads 2025年',
      grid: '项目支出名称 | 宣传经费 | 预算年度 | 2025年\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 质量指标 | 预算执行率 | =100%',
      errors: [{ messageId: 'management' }],
    },
    {
      name: 'in a 2024 form',
      grid: formGridText({
        indicators: [
          ['产出指标', '质量指标', '预算执行率', '=100(%)'],
          ['产出指标', '质量指标', '财务管理制度健全性', '健全'],
        ],
      }),
      errors: [{ messageId: 'management' }, { messageId: 'management' }],
    },
  ],
});
