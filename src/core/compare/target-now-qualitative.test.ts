import type { IndicatorRow } from '../testing/form-builder';
import { buildForm, DEFAULT_INDICATORS, form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import targetNowQualitative from './target-now-qualitative';

const lastYear = buildForm(formGridText({ year: '2023' }));
const thisYear = (changes: Record<string, string>) =>
  formGridText({
    indicators: DEFAULT_INDICATORS.map(([l1, l2, name, value]): IndicatorRow => [l1, l2, name, changes[name] ?? value]),
  });

testRule(targetNowQualitative({ form: lastYear, library: [] }), {
  valid: [
    { name: 'the same targets', grid: thisYear({}) },
    { name: 'words last year, words this year', grid: thisYear({ 长效管理机制健全性: '健全' }) },
    { name: 'a number lowered is another rule’s', grid: thisYear({ 培训出勤率: '≥90(%)' }) },
  ],
  invalid: [
    {
      name: 'an on-time rate turned into 按期完成',
      grid: thisYear({ 培训计划按期完成率: '按期完成' }),
      errors: [
        { messageId: 'toQualitative', actual: '按期完成', severity: 'info', suggestions: [[['按期完成', '=100(%)']]] },
      ],
    },
  ],
});

// A 2018 form's glued `≥20部` comes back in this year's style.
testRule(
  targetNowQualitative({
    form: buildForm(form2018GridText({ indicators: [['产出目标', '课件制作数量', '≥20部']] })),
    library: [],
  }),
  {
    valid: [],
    invalid: [
      {
        name: 'a 2018 number, words in a 2024 form',
        grid: formGridText({ indicators: [['产出指标', '数量指标', '课件制作数量', '足量']] }),
        errors: [{ messageId: 'toQualitative', suggestions: [[['足量', '≥20(部)']]] }],
      },
    ],
  },
);
