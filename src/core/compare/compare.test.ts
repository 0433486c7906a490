import { buildForm, DEFAULT_INDICATORS, formGridText } from '../testing/form-builder';
import { annualChange, compareForms } from './compare';

describe('compareForms', () => {
  const lastYear = buildForm(
    formGridText({
      year: '2023',
      funds: { annual: '800,000.00', annualFiscal: '800,000.00' },
      indicators: [...DEFAULT_INDICATORS, ['投入与管理', '投入管理', '预算执行率', '=100%']],
    }),
  );

  it('says what was kept, dropped, added and retired, with the findings on this year’s cells', () => {
    const thisYear = buildForm(
      formGridText({
        indicators: [
          ...DEFAULT_INDICATORS.filter(([, , name]) => name !== '学员考核通过率').map(([l1, l2, name, v]) =>
            name === '培训人次' ? ([l1, l2, name, '≥180(人次)'] as const) : ([l1, l2, name, v] as const),
          ),
          ['产出指标', '数量指标', '编写培训教材', '≥1(本)'],
        ],
      }),
    );
    const c = compareForms(lastYear, thisYear, { lang: 'en' });
    expect(c.yearGap).toBe(1);
    expect(c.annual).toEqual({ previous: 80_000_000, current: 100_000_000 });
    expect(c.kept.filter((k) => k.change !== 'same').map((k) => [k.current.name, k.change])).toEqual([
      ['培训人次', 'weaker'],
    ]);
    expect(c.dropped.map((i) => i.name)).toEqual(['学员考核通过率']);
    // This year's template has no 投入与管理 block: last year's rows there are not the authors' drop.
    expect(c.retired.map((i) => i.name)).toEqual(['预算执行率']);
    expect(c.added.map((i) => i.name)).toEqual(['编写培训教材']);
    expect(c.findings.map((f) => [f.ruleId, f.actual])).toEqual([['target-below-last-year', '≥180(人次)']]);
    expect(c.findings[0]!.message).toMatch(/^"培训人次" targets "≥180\(人次\)", below last year’s "≥200\(人次\)"/);
  });
});

describe('annualChange', () => {
  it.each([
    [
      { previous: 259_200_000, current: 184_200_000 },
      { before: '2,592,000.00', after: '1,842,000.00', change: '-28.9%' },
    ],
    [
      { previous: 100_000, current: 110_000 },
      { before: '1,000.00', after: '1,100.00', change: '+10.0%' },
    ],
    [
      { previous: 100_000, current: 100_000 },
      { before: '1,000.00', after: '1,000.00', change: '0.0%' },
    ],
    [{ previous: null, current: 100_000 }, null],
    [{ previous: 0, current: 100_000 }, null],
  ])('%j', (annual, expected) => expect(annualChange(annual)).toEqual(expected));
});
