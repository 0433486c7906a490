import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './text-goal-indicator-mismatch';

const indicators = [
  ['产出指标', '数量指标', '活动完成率', '=100.00(%)'],
  ['效益指标', '社会效益指标', '基层党建活动参与覆盖率', '≥80.00 (%)'],
  ['效益指标', '社会效益指标', '服务对象知晓率', '≥80.00 (%)'],
  ['满意度指标', '服务对象满意度指标', '参与活动对象满意度', '≥90.00 (%)'],
] as const;

testRule(rule, {
  valid: [
    {
      name: 'a promised change is not a level',
      grid: formGridText({ goalAnnual: '服务对象知晓率较上年提高5%。', indicators }),
    },
    {
      name: '2024 seed 党建经费 goal and indicators agree',
      grid: formGridText({
        goalAnnual:
          '服务对象知晓率为80%以上，活动参与率为80%以上，活动参与者满意度为90%以上。活动计划完成率100%预计4次。',
        indicators,
      }),
    },
  ],
  invalid: [
    {
      name: 'goal says 95%, indicator 90%',
      grid: formGridText({ goalAnnual: '参与者满意度达到95%以上。', indicators }),
      errors: [{ messageId: 'mismatch', actual: '≥90.00 (%)' }],
    },
    {
      name: 'goal promise without an indicator',
      grid: formGridText({ goalAnnual: '学员合格率达到95%。', indicators }),
      errors: [{ messageId: 'missing', severity: 'info' }],
    },
  ],
});
