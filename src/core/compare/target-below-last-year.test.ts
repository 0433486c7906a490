import type { IndicatorRow } from '../testing/form-builder';
import { buildForm, DEFAULT_INDICATORS, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import targetBelowLastYear from './target-below-last-year';

const cost: IndicatorRow = ['成本指标', '经济成本指标', '人均培训成本', '≤500(元)'];
const lastYear = buildForm(formGridText({ year: '2023', indicators: [cost, ...DEFAULT_INDICATORS] }));
/** This year's form: last year's rows with some replaced (by row name). */
const thisYear = (changes: Record<string, string> = {}, extra: IndicatorRow[] = []) =>
  formGridText({
    indicators: [
      ...[cost, ...DEFAULT_INDICATORS].map(([l1, l2, name, value]): IndicatorRow => [
        l1,
        l2,
        name,
        changes[name] ?? value,
      ]),
      ...extra,
    ],
  });

testRule(targetBelowLastYear({ form: lastYear, library: [] }), {
  valid: [
    { name: 'the same targets', grid: thisYear() },
    { name: 'targets raised, a ceiling lowered', grid: thisYear({ 培训人次: '≥250(人次)', 人均培训成本: '≤450(元)' }) },
    {
      name: 'the same promise written another way',
      grid: thisYear({ 举办培训班次: '=4次', 培训计划按期完成率: '=100%' }),
    },
    {
      name: 'a new indicator has no last year to fall below',
      grid: thisYear({}, [['产出指标', '数量指标', '编写培训教材', '≥1(本)']]),
    },
    { name: 'a number turned into words is another rule’s', grid: thisYear({ 培训出勤率: '较高' }) },
    {
      name: 'a dropped indicator',
      grid: formGridText({ indicators: DEFAULT_INDICATORS.filter(([, , name]) => name !== '培训人次') }),
    },
  ],
  invalid: [
    {
      name: 'fewer trainees and a lower satisfaction target',
      grid: thisYear({ 培训人次: '≥150(人次)', 培训学员满意度: '≥85(%)' }),
      errors: [
        {
          messageId: 'lowered',
          actual: '≥150(人次)',
          severity: 'warning',
          suggestions: [[['≥150(人次)', '≥200(人次)']]],
        },
        { messageId: 'lowered', actual: '≥85(%)', suggestions: [[['≥85(%)', '≥90(%)']]] },
      ],
    },
    {
      name: 'a full promise turned into a floor below it',
      grid: thisYear({ 培训计划按期完成率: '≥95(%)' }),
      errors: [{ messageId: 'lowered', suggestions: [[['≥95(%)', '=100(%)']]] }],
    },
    {
      name: 'a cost ceiling raised, written in this form’s own style',
      grid: thisYear({ 人均培训成本: '≤600元' }),
      errors: [{ messageId: 'loosened', actual: '≤600元', suggestions: [[['≤600元', '≤500元']]] }],
    },
    {
      name: 'a satisfaction of 0, its unit left out: restored with last year’s unit',
      grid: thisYear({ 培训学员满意度: '0' }),
      errors: [{ messageId: 'lowered', actual: '0', suggestions: [[['0', '≥90(%)']]] }],
    },
    {
      name: 'a reworded indicator (the same satisfaction, asked of the same people)',
      grid: formGridText({
        indicators: [
          ...DEFAULT_INDICATORS.filter(([, , name]) => name !== '培训学员满意度'),
          ['满意度指标', '服务对象满意度指标', '学员培训满意度', '≥80(%)'],
        ],
      }),
      errors: [{ messageId: 'lowered', actual: '≥80(%)' }],
    },
  ],
});
