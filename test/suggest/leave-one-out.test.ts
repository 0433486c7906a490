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
import { isNamed, sameIndicatorName } from '../../src/core/suggest/name-match';
import { DEFAULT_SUGGESTIONS, suggestIndicators } from '../../src/core/suggest/suggest';
import { bundledLibrary } from '../../src/library/bundled';
import { loadSeed, seedFiles } from '../seeds/load';

/** The issue's target. */
const TARGET = 0.8;
/**
 * What the ranking reaches today, kept as a floor so that a change making it worse fails. Below TARGET: see the
 * README (`jixiao suggest`, "How well") for why, and what would lift it.
 */
const FLOOR = 0.66;

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

/** What a person sees after pressing 再显示 10 条建议 once and twice: printed beside the rate, not held to a target. */
const LONGER_LISTS = [20, 30] as const;

interface Removal {
  readonly name: string;
  /** Its place in the form's suggestions (1 = first), or null beyond the longest list looked at. */
  readonly rank: number | null;
  /** Another seed form has it too: the library knows it from more than this one form. */
  readonly shared: boolean;
}

interface FormResult {
  readonly name: string;
  readonly removals: readonly Removal[];
}

const library = bundledLibrary();
const checkedForms: CheckedForm[] = seedFiles().flatMap((file) => check(loadSeed(file)));
const usedElsewhere = (name: string, own: CheckedForm) =>
  checkedForms.some((c) => c !== own && c.form.indicators.some((i) => sameIndicatorName(i.name, name)));

const results: FormResult[] = checkedForms.map((checked) => {
  const { form } = checked;
  const removals = wellFormed(checked).map((removed): Removal => {
    const rest = { ...form, indicators: form.indicators.filter((i) => i !== removed) };
    // A longer list starts with the shorter one (suggest.test), so one list gives every length's answer.
    const list = suggestIndicators(rest, library, { limit: Math.max(...LONGER_LISTS) });
    const index = list.findIndex((s) => isNamed(s.indicator, removed.name));
    const rank = index < 0 ? null : index + 1;
    return {
      name: removed.name,
      rank,
      shared: usedElsewhere(removed.name, checked),
    };
  });
  return { name: form.fields.projectName?.text ?? `form ${form.index}`, removals };
});

const all = results.flatMap((r) => r.removals);
const inTop = (n: number) => (r: Removal) => r.rank !== null && r.rank <= n;
const found = inTop(DEFAULT_SUGGESTIONS);
const hits = all.filter(found).length;
const tried = all.length;
const rate = hits / tried;
const share = (removals: readonly Removal[]) => `${removals.filter(found).length}/${removals.length}`;

describe('leave one indicator out of each seed form', () => {
  it('prints the rate per form', () => {
    const lines = results.map((r) => {
      const misses = r.removals.filter((m) => !found(m)).map((m) => m.name);
      return `${r.name}: ${share(r.removals)}${misses.length ? `（未找回：${misses.join('、')}）` : ''}`;
    });
    console.log(
      `${lines.join('\n')}\n找回率 recall@${DEFAULT_SUGGESTIONS}: ${hits}/${tried} = ${(rate * 100).toFixed(1)}%` +
        ` (issue target ${TARGET * 100}%${rate >= TARGET ? ' met' : ' not met'})` +
        `\n  used by another seed form too: ${share(all.filter((r) => r.shared))}` +
        `; used by this form only: ${share(all.filter((r) => !r.shared))}` +
        LONGER_LISTS.map((n) => {
          const within = all.filter(inTop(n)).length;
          return `\n  in the top ${n} (再显示 10 条建议): ${within}/${tried} = ${((within / tried) * 100).toFixed(1)}%`;
        }).join(''),
    );
    expect(tried).toBeGreaterThan(150);
  });

  it(`brings the removed indicator back in the top ${DEFAULT_SUGGESTIONS} at least ${Math.round(FLOOR * 100)}% of the time`, () => {
    expect(rate).toBeGreaterThanOrEqual(FLOOR);
  });
});
