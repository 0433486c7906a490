import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './text-goal-indicator-mismatch';

const indicators = [
  ['产出指标', '数量指标', '活动完成率', '=100.00(%)'],
  ['效益指标', '社会效益指标', '基层党建活动参与覆盖率', '≥80.00 (%)'],
  ['效益指标', '社会效益指标', '服务对象知晓率', '≥80.00 (%)'],
  ['满意度指标', '服务对象满意度指标', '参与活动对象满意度', '≥90.00 (%)'],
] as const;

/** The 2024 西渡 党建经费 form's 两新 rows, counted in 次. */
const twoNew = [
  ['产出指标', '数量指标', '举办两新党建活动场次', '≥4.00(次)'],
  ['产出指标', '数量指标', '“两新”党组织活动数量', '≥110.00(次)'],
  ['产出指标', '数量指标', '党员集中培训次数', '≥1.00(次)'],
] as const;
const twoNewGoal = (count: string) =>
  `为做好“两新”党组织党员党建活动，“两新”党组织开展“三会一课”、主题党日等组织生活，全年预计约60家左右，${count}。`;

testRule(rule, {
  valid: [
    {
      name: 'a count the form holds',
      grid: formGridText({ goalAnnual: twoNewGoal('不少于110次活动'), indicators: twoNew }),
    },
    {
      name: 'an estimate is not a promise',
      grid: formGridText({ goalAnnual: twoNewGoal('预计约120次活动'), indicators: twoNew }),
    },
    {
      name: 'a duration in 个 (个月, 个工作日) is no count',
      grid: formGridText({
        goalAnnual: '项目3个月内完成服务站点建设，5个工作日内完成转接办理。',
        indicators: [
          ['产出指标', '数量指标', '服务站点建设数量', '≥5(个)'],
          ['产出指标', '数量指标', '转接办理数量', '≥300(个)'],
        ],
      }),
    },
    {
      name: 'a count per session is not the year’s total',
      grid: formGridText({
        goalAnnual: '全年举办培训4期，每期培训学员50人；每次培训党员不少于100人。',
        indicators: [
          ['产出指标', '数量指标', '培训学员人数', '≥200(人)'],
          ['产出指标', '数量指标', '培训党员人数', '≥400(人)'],
        ],
      }),
    },
    {
      name: 'the goal’s figure in another unit agrees (its missing % is another rule’s)',
      grid: formGridText({
        goalAnnual: '服务对象满意度达到90%以上。',
        indicators: [['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90']],
      }),
    },
    {
      name: 'a count no row is about: none shares its sentence’s words',
      grid: formGridText({ goalAnnual: '选调生课题调研全年至少完成3个课题调研。', indicators: twoNew }),
    },
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
      name: '2024 西渡: the goal promises 120 activities of the 两新 organisations, the row says 110',
      grid: formGridText({ goalAnnual: twoNewGoal('不少于120次活动'), indicators: twoNew }),
      errors: [{ messageId: 'mismatch', actual: '≥110.00(次)' }],
    },
    {
      name: 'a satisfaction row written 0 disagrees with the goal’s 90%: it is not missing',
      grid: formGridText({
        goalAnnual: '群众对生活驿站整体满意度均在90%以上。',
        indicators: [['满意度指标', '服务对象满意度指标', '群众满意度', '0']],
      }),
      errors: [{ messageId: 'mismatch', actual: '0' }],
    },
    {
      name: 'goal promise without an indicator',
      grid: formGridText({ goalAnnual: '学员合格率达到95%。', indicators }),
      errors: [{ messageId: 'missing', severity: 'info' }],
    },
  ],
});
