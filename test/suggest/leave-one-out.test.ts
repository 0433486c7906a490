// Issue 5 acceptance: take one well-formed indicator out of a seed form; do the form's suggestions bring it (or its
// library twin) back in the top 10? Prints the rate per form and overall.
//
// An indicator leaves a form in one of two ways, and both are measured. The row emptied: its 三级 and 指标值 cleared,
// its 一级/二级 left, as a person clears a row to rewrite it and as a template leaves its slots; that row is the
// form's own sign of which block the indicator belongs to, and the issue's 80% is held here. The row deleted: the
// form keeps no trace of where it was; held to a floor.
//
// Removal edits the Form (filters its indicators, adds the emptied row to its open rows) rather than the grid:
// suggestions read only the form's fields, indicators and open rows, and deleting the first row of a merged
// 一级/二级 block would take the block's label with it and misfile its other rows, a change the person never made.
import { refKey } from '../../src/core/grid';
import type { Form, Indicator, OpenRow } from '../../src/core/form';
import { check } from '../../src/core/lint';
import type { CheckedForm } from '../../src/core/lint';
import { dimensionOf, isCategoryLabel } from '../../src/core/levels';
import { isNamed, sameIndicatorName } from '../../src/core/suggest/name-match';
import { DEFAULT_SUGGESTIONS, suggestIndicators } from '../../src/core/suggest/suggest';
import { bundledLibrary } from '../../src/library/bundled';
import { loadSeed, seedFiles } from '../seeds/load';

/** The issue's target, for the row emptied. */
const TARGET = 0.8;
/**
 * What the ranking reaches today with the row deleted, kept as a floor so that a change making it worse fails. Below
 * TARGET: see the README (`jixiao suggest`, "How well") for why.
 */
const DELETED_FLOOR = 0.66;

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

type Way = 'emptied' | 'deleted';
const WAYS: readonly Way[] = ['emptied', 'deleted'];
const WAY_LABEL: Record<Way, string> = { emptied: '清空该行 row emptied', deleted: '删除该行 row deleted' };

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

/** The row as it is once its indicator and target are cleared: its block's labels and its cells. */
const emptiedRow = (ind: Indicator): OpenRow => ({
  level1: ind.level1,
  level2: ind.level2,
  level1Cell: ind.level1Cell,
  level2Cell: ind.level2Cell,
  nameCell: ind.nameCell,
  targetCell: ind.targetCell,
  unitCell: ind.unitCell,
  operatorCell: ind.operatorCell,
  row: ind.row,
});

function without(form: Form, removed: Indicator, way: Way): Form {
  const indicators = form.indicators.filter((i) => i !== removed);
  return way === 'deleted' ? { ...form, indicators } : { ...form, indicators, openRows: [emptiedRow(removed)] };
}

/** Its place in the suggestions for the form without it; a longer list starts with the shorter one (suggest.test). */
function rankOf(form: Form, removed: Indicator): number | null {
  const list = suggestIndicators(form, library, { limit: Math.max(...LONGER_LISTS) });
  const index = list.findIndex((s) => isNamed(s.indicator, removed.name));
  return index < 0 ? null : index + 1;
}

const results: FormResult[] = checkedForms.map((checked) => {
  const { form } = checked;
  // No seed form has an empty row of its own, so the emptied one is the only one (the assertion below keeps it so).
  expect(form.openRows).toEqual([]);
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
  it('prints the rate per form and overall, the row emptied and the row deleted', () => {
    const lines = results.map((r) => {
      const perWay = WAYS.map((way) => {
        const misses = r.removals.filter((m) => !found(way)(m)).map((m) => m.name);
        return `${way} ${share(way, r.removals)}${misses.length ? `（未找回：${misses.join('、')}）` : ''}`;
      });
      return `${r.name}: ${perWay.join('; ')}`;
    });
    console.log(
      `${lines.join('\n')}\n${WAYS.map(wayLines).join('\n')}` +
        `\n(issue target ${TARGET * 100}% with the row emptied: ${rateOf('emptied') >= TARGET ? 'met' : 'not met'})`,
    );
    expect(tried).toBeGreaterThan(150);
  });

  it(`brings the removed indicator back in the top ${DEFAULT_SUGGESTIONS} at least ${TARGET * 100}% of the time when its row is emptied`, () => {
    expect(rateOf('emptied')).toBeGreaterThanOrEqual(TARGET);
  });

  it(`brings it back at least ${Math.round(DELETED_FLOOR * 100)}% of the time when its row is deleted`, () => {
    expect(rateOf('deleted')).toBeGreaterThanOrEqual(DELETED_FLOOR);
  });
});
