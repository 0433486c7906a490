// Issue 5 acceptance: take one well-formed indicator out of a seed form; do the form's suggestions bring it (or its
// library twin) back in the top 10? Prints the rate per form and overall.
//
// Removal filters the Form's indicators rather than dropping the grid row and recognising again: suggestions read
// only the form's fields and indicators, and dropping the first row of a merged 一级/二级 block would take the
// block's label with it and misfile its other rows, a change the person never made.
import { refKey } from '../../src/core/grid';
import type { Indicator } from '../../src/core/form';
import { check } from '../../src/core/lint';
import type { CheckedForm } from '../../src/core/lint';
import { dimensionOf, isCategoryLabel } from '../../src/core/levels';
import { sameIndicatorName } from '../../src/core/suggest/name-match';
import { DEFAULT_SUGGESTIONS, suggestIndicators } from '../../src/core/suggest/suggest';
import { bundledLibrary } from '../../src/library/bundled';
import { loadSeed, seedFiles } from '../seeds/load';

/** The issue's target. */
const TARGET = 0.8;
/**
 * What the ranking reaches today, kept as a floor so that a change making it worse fails. Below TARGET: see the
 * README (`jixiao suggest`, "How well") for why, and what would lift it.
 */
const FLOOR = 0.58;

/**
 * Well formed: a current dimension (not the obsolete 投入与管理 boilerplate, not a 2018 row naming a 二级 instead
 * of an indicator), no error or warning of the engine's own rules on its name or value (empty, vague, inverted, a
 * value in the name, a slogan, an output filed as outcome …), and no twin left in the form (an R-10 pair): the
 * suggestions never offer what the form has, so that one could never come back.
 */
function wellFormed({ form, findings }: CheckedForm): Indicator[] {
  const flagged = new Set(findings.filter((f) => f.severity !== 'info').map((f) => refKey(f.cell)));
  return form.indicators.filter((ind) => {
    const dimension = dimensionOf(ind);
    if (dimension === null || dimension === 'management' || isCategoryLabel(ind.name)) return false;
    if (flagged.has(refKey(ind.nameCell)) || flagged.has(refKey(ind.targetCell))) return false;
    return !form.indicators.some((other) => other !== ind && sameIndicatorName(other.name, ind.name));
  });
}

interface FormResult {
  name: string;
  hits: number;
  tried: number;
  misses: string[];
}

const library = bundledLibrary();
const results: FormResult[] = seedFiles().flatMap((file) =>
  check(loadSeed(file)).map((checked) => {
    const { form } = checked;
    const result: FormResult = { name: form.fields.projectName?.text ?? file, hits: 0, tried: 0, misses: [] };
    for (const removed of wellFormed(checked)) {
      const rest = { ...form, indicators: form.indicators.filter((i) => i !== removed) };
      const top = suggestIndicators(rest, library, { limit: DEFAULT_SUGGESTIONS });
      result.tried++;
      if (top.some((s) => sameIndicatorName(s.indicator.name, removed.name))) result.hits++;
      else result.misses.push(removed.name);
    }
    return result;
  }),
);

const hits = results.reduce((n, r) => n + r.hits, 0);
const tried = results.reduce((n, r) => n + r.tried, 0);
const rate = hits / tried;

describe('leave one indicator out of each seed form', () => {
  it('prints the rate per form', () => {
    const lines = results.map(
      (r) => `${r.name}: ${r.hits}/${r.tried}${r.misses.length ? `（未找回：${r.misses.join('、')}）` : ''}`,
    );
    console.log(
      `${lines.join('\n')}\n找回率 recall@${DEFAULT_SUGGESTIONS}: ${hits}/${tried} = ${(rate * 100).toFixed(1)}%` +
        ` (issue target ${TARGET * 100}%${rate >= TARGET ? ' met' : ' not met'})`,
    );
    expect(tried).toBeGreaterThan(150);
  });

  it(`brings the removed indicator back in the top ${DEFAULT_SUGGESTIONS} at least ${Math.round(FLOOR * 100)}% of the time`, () => {
    expect(rate).toBeGreaterThanOrEqual(FLOOR);
  });
});
