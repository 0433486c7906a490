import { buildForm, DEFAULT_INDICATORS, formGridText } from '../testing/form-builder';
import type { IndicatorRow } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import { loadSeed } from '../../../test/seeds/load';
import { check, lintForm } from '../lint';
import rule from './structure-indicator-count';

/** The 2024 seed 专户项目经费: 数量, 质量 and 可持续影响, nothing for 时效 or 满意度. */
const SPECIAL_ACCOUNT: IndicatorRow[] = [
  ['产出指标', '数量指标', '工作完成率', '=100.00(%)'],
  ['产出指标', '质量指标', '工作达标率', '=100.00(%)'],
  ['效益指标', '可持续影响指标', '长效管理机制健全性', '建立健全'],
];

const many = (n: number): IndicatorRow[] =>
  Array.from({ length: n }, (_, i) => ['产出指标', '数量指标', `活动${i + 1}场次`, '≥1(次)'] as const);

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { grid: formGridText({ indicators: many(30) }) },
    { name: 'an organisation allowing 40', grid: formGridText({ indicators: many(40) }), options: { max: 40 } },
    {
      name: 'an organisation content with 3 indicators and one output',
      grid: formGridText({ indicators: DEFAULT_INDICATORS.slice(3, 6) }),
      options: { min: 3, minOutputs: 1 },
    },
  ],
  invalid: [
    {
      name: '2024 seed 专户项目经费: 3 rows',
      grid: formGridText({ indicators: SPECIAL_ACCOUNT }),
      errors: [{ messageId: 'tooFew' }],
    },
    {
      name: 'no indicator yet (a form as a person starts it)',
      grid: formGridText({ indicators: [] }),
      errors: [{ messageId: 'none' }],
    },
    {
      name: 'only the 投入和管理 boilerplate is no indicator yet either',
      grid: formGridText({ indicators: [['投入与管理', '预算执行', '预算执行率', '≥90(%)']] }),
      errors: [{ messageId: 'none' }],
    },
    {
      name: 'one output only',
      grid: formGridText({
        indicators: [...DEFAULT_INDICATORS.slice(3), ['效益指标', '社会效益指标', '知晓率', '≥80(%)']],
      }),
      errors: [{ messageId: 'fewOutputs' }],
    },
    {
      name: 'more than 30',
      grid: formGridText({ indicators: many(31) }),
      errors: [{ messageId: 'tooMany', severity: 'info' }],
    },
    {
      name: 'an organisation asking for 8 indicators and 5 outputs',
      grid: formGridText(),
      options: { min: 8, minOutputs: 5 },
      errors: [{ messageId: 'tooFew' }, { messageId: 'fewOutputs' }],
    },
    {
      name: 'an organisation advising at most 20',
      grid: formGridText({ indicators: many(21) }),
      options: { max: 20 },
      errors: [{ messageId: 'tooMany', severity: 'info' }],
    },
  ],
});

describe('structure-indicator-count’s advice', () => {
  const message = (grid: string, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    lintForm(buildForm(grid), { rules: [rule], lang }).map((f) => f.message);

  it('names the aspects the form has no indicator for', () => {
    const grid = formGridText({ indicators: SPECIAL_ACCOUNT });
    expect(message(grid)).toEqual([expect.stringContaining('本表还没有时效、满意度方面的指标，请补充。')]);
    expect(message(grid, 'en')).toEqual([
      expect.stringContaining('It has none for timeliness, satisfaction: add some.'),
    ]);
  });

  it('counts the 2018 投入和管理 rows apart, as the form prints them with the others', () => {
    const findings = check(loadSeed('2018-units.grid'), { rules: [rule] }).flatMap((c) => c.findings);
    expect(findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(/^本表只有 \d+ 个三级指标（不含投入和管理目标 \d+ 个）：/),
    );
  });
});
