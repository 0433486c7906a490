import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-slogan-outcome';

const outcome = (name: string, value: string) =>
  formGridText({ indicators: [['效益指标', '经济效益指标', name, value]] });

testRule(rule, {
  valid: [
    { grid: outcome('带动就业人数', '≥50(人)') },
    { grid: formGridText({ indicators: [['产出指标', '质量指标', '促进发展课程开设', '≥2(门)']] }) },
  ],
  invalid: [
    {
      name: '2024 seed 促进经济、社会发展',
      grid: outcome('促进经济、社会发展', '提升'),
      errors: [{ messageId: 'slogan' }],
    },
    {
      name: '2024 seed 促进产业、企业高质量发展',
      grid: outcome('促进产业、企业高质量发展', '提升'),
      errors: [{ messageId: 'slogan' }],
    },
  ],
});
