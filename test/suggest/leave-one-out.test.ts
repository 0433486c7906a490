// Issue 5 acceptance: take one well-formed indicator out of a seed form; do the form's suggestions bring it (or its
// library twin) back in the top 10? Prints the rate per form and overall.
//
// An indicator leaves a form in one of two ways, and both are measured. The row deleted: the form keeps no trace of
// where it was; this is the issue's measure, held to a floor below its 80%. The row emptied: its 三级 and 指标值
// cleared, its 一级/二级 left, as a person clears a row to rewrite it; the row tells which 二级 the indicator was
// under, and the suggestions offer five of that 二级 for it, so this measures mostly whether those five hold it.
//
// Removal edits the Form (filters its indicators, adds the emptied row to its open rows) rather than the grid:
// suggestions read only the form's fields, indicators and open rows, and deleting the first row of a merged
// 一级/二级 block would take the block's label with it and misfile its other rows, a change the person never made.
import { refKey } from '../../src/core/grid';
import type { Form, Indicator } from '../../src/core/form';
import { check } from '../../src/core/lint';
import type { CheckedForm } from '../../src/core/lint';
import { dimensionOf, isCategoryLabel } from '../../src/core/levels';
import { isNamed, sameIndicatorName } from '../../src/core/suggest/name-match';
import { DEFAULT_SUGGESTIONS, suggestIndicators } from '../../src/core/suggest/suggest';
import { bundledLibrary } from '../../src/library/bundled';
import { loadSeed, seedFiles } from '../seeds/load';
import { emptiedRow } from '../support/emptied-row';

/** The issue's target, for the row deleted. */
const TARGET = 0.8;
/**
 * What the suggestions reach today, kept as floors so that a change making them worse fails. The row deleted is below
 * TARGET: see the README (`jixiao suggest`, "How well") for why.
 */
const FLOOR: Record<Way, number> = { deleted: 0.65, emptied: 0.85 };

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

const WAYS = ['deleted', 'emptied'] as const;
type Way = (typeof WAYS)[number];
const WAY_LABEL: Record<Way, string> = { deleted: '删除该行 row deleted', emptied: '清空该行 row emptied' };

interface Removal {
  readonly name: string;
  /** Its place in the form's suggestions (1 = first), or null beyond the longest list looked at. */
  readonly rank: Record<Way, number | null>;
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

function without(form: Form, removed: Indicator, way: Way): Form {
  const indicators = form.indicators.filter((i) => i !== removed);
  if (way === 'deleted') return { ...form, indicators };
  return { ...form, indicators, openRows: [...form.openRows, emptiedRow(removed)] };
}

/** Its place in the suggestions for the form without it; a longer list starts with the shorter one (suggest.test). */
function rankOf(form: Form, removed: Indicator): number | null {
  const list = suggestIndicators(form, library, { limit: Math.max(...LONGER_LISTS) });
  const index = list.findIndex((s) => isNamed(s.indicator, removed.name));
  return index < 0 ? null : index + 1;
}

const results: FormResult[] = checkedForms.map((checked) => {
  const { form } = checked;
  const removals = wellFormed(checked).map((removed): Removal => ({
    name: removed.name,
    rank: {
      emptied: rankOf(without(form, removed, 'emptied'), removed),
      deleted: rankOf(without(form, removed, 'deleted'), removed),
    },
    shared: usedElsewhere(removed.name, checked),
  }));
  return { name: form.fields.projectName?.text ?? `form ${form.index}`, removals };
});

const all = results.flatMap((r) => r.removals);
const tried = all.length;
const inTop = (way: Way, n: number) => (r: Removal) => r.rank[way] !== null && r.rank[way] <= n;
const found = (way: Way) => inTop(way, DEFAULT_SUGGESTIONS);
const rateOf = (way: Way) => all.filter(found(way)).length / tried;
const share = (way: Way, removals: readonly Removal[]) => `${removals.filter(found(way)).length}/${removals.length}`;
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function wayLines(way: Way): string {
  const hits = all.filter(found(way)).length;
  return (
    `${WAY_LABEL[way]}: 找回率 recall@${DEFAULT_SUGGESTIONS} ${hits}/${tried} = ${percent(hits / tried)}` +
    `\n  used by another seed form too: ${share(
      way,
      all.filter((r) => r.shared),
    )}` +
    `; used by this form only: ${share(
      way,
      all.filter((r) => !r.shared),
    )}` +
    LONGER_LISTS.map((n) => {
      const within = all.filter(inTop(way, n)).length;
      return `\n  in the top ${n} (再显示 10 条建议): ${within}/${tried} = ${percent(within / tried)}`;
    }).join('')
  );
}

describe('leave one indicator out of each seed form', () => {
  it('prints the rate per form and overall, the row deleted and the row emptied', () => {
    const lines = results.map((r) => {
      const perWay = WAYS.map((way) => {
        const misses = r.removals.filter((m) => !found(way)(m)).map((m) => m.name);
        return `${way} ${share(way, r.removals)}${misses.length ? `（未找回：${misses.join('、')}）` : ''}`;
      });
      return `${r.name}: ${perWay.join('; ')}`;
    });
    console.log(
      `${lines.join('\n')}\n${WAYS.map(wayLines).join('\n')}` +
        `\n(issue target ${TARGET * 100}%, the row deleted: ${rateOf('deleted') >= TARGET ? 'met' : 'not met'})`,
    );
    expect(tried).toBeGreaterThan(150);
  });

  it.each(WAYS)(
    `brings the removed indicator back in the top ${DEFAULT_SUGGESTIONS} as often as it did, the row %s`,
    (way) => {
      expect(rateOf(way)).toBeGreaterThanOrEqual(FLOOR[way]);
    },
  );
});
