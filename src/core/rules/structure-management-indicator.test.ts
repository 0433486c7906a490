import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../testing/rule-tester';
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
