// Issue 5 acceptance: each of a seed form's top suggestions, inserted where planInsert puts it (insertGridRows, as
// the in-memory host does; into an empty row of its block with applyEdits), is read back by check() as a new
// indicator under the intended 一级/二级, written in the form's style, with no new error.
import { readFileSync } from 'fs';
import { join } from 'path';
import { applyEdits } from '../../src/core/edits';
import { refKey } from '../../src/core/grid';
import type { CellRef, Grid } from '../../src/core/grid';
import { insertGridRows } from '../../src/core/grid-insert';
import { parseGridText } from '../../src/core/grid-text';
import { blockLevel2, dimensionOf, effectiveLevel2 } from '../../src/core/levels';
import type { CheckedForm } from '../../src/core/lint';
import { check } from '../../src/core/lint';
import { planInsert } from '../../src/core/suggest/insert-plan';
import { suggestIndicators } from '../../src/core/suggest/suggest';
import { copyText, EXAMPLE_BLANK } from '../../src/core/testing/example-forms';
import { bundledLibrary } from '../../src/library/bundled';
import type { LibraryIndicator } from '../../src/library/schema';
import { loadSeed, SEED_DIR, seedFiles } from '../seeds/load';
import { fillEdits, newRow } from '../support/insert-plans';

const library = bundledLibrary();

const DIMENSION = { 成本指标: 'cost', 产出指标: 'output', 效益指标: 'outcome', 满意度指标: 'satisfaction' } as const;

const errorKeys = (checked: CheckedForm) =>
  checked.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}|${f.messageId}|${f.actual}`);

const cases = seedFiles().flatMap((file) =>
  check(loadSeed(file)).map(
    (checked) => [`${file} #${checked.form.index} ${checked.form.fields.projectName?.text}`, file, checked] as const,
  ),
);

describe('inserting suggestions into the seed forms', () => {
  it.each(cases)('%s', (_name, file, before) => {
    const { form } = before;
    const suggestions = suggestIndicators(form, library);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const { indicator } of suggestions) {
      const grids = loadSeed(file);
      const grid = grids.find((g) => g.id === form.gridId)!;
      const plan = planInsert(form, grid, indicator);
      // 2018 forms list 分解目标 rows, not 一级/二级 blocks: planInsert leaves them alone.
      if (form.template === 'sh-2018') {
        expect(plan).toBeNull();
        continue;
      }
      // The seed forms have no empty indicator rows to fill: each suggestion is a new row.
      const insert = newRow(plan);
      const after = check(grids.map((g): Grid => (g === grid ? insertGridRows(g, insert) : g)))[form.index]!;
      expectInserted(after, indicator, form.indicators.length);
      // No new error: every error after the insert was there before (the new row brings none).
      const old = errorKeys(before);
      for (const key of errorKeys(after)) {
        const at = old.indexOf(key);
        expect({ indicator: indicator.name, error: at >= 0 ? 'old' : key }).toEqual({
          indicator: indicator.name,
          error: 'old',
        });
        old.splice(at, 1);
      }
    }
  });
});

describe('a seed form with one indicator row cleared (三级 and 指标值 emptied in the table)', () => {
  it.each(cases)('%s: every suggestion for the empty row fills that row', (_name, file, { form }) => {
    const middle = form.indicators[Math.floor(form.indicators.length / 2)];
    if (!middle) return;
    const seed = loadSeed(file);
    const cells = seed.flatMap((g) => g.cells);
    const textOf = (ref: CellRef) => cells.find((c) => refKey(c.ref) === refKey(ref))?.text ?? '';
    const clear = [middle.nameCell, middle.targetCell].map((cell) => ({ cell, before: textOf(cell), text: '' }));
    const { grids, conflicts } = applyEdits(seed, clear);
    expect(conflicts).toEqual([]);
    const cleared = check(grids)[form.index]!.form;
    expect(cleared.openRows.map((r) => r.row)).toEqual([middle.row]);
    const forRow = suggestIndicators(cleared, library).filter((s) => s.reason.kind === 'open-row');
    // 2018 forms have no 二级 to fill by (planInsert leaves them alone), so nothing is offered for the row.
    if (form.template === 'sh-2018') expect(forRow).toEqual([]);
    else expect(forRow.length).toBeGreaterThan(0);
    const grid = grids.find((g) => g.id === cleared.gridId)!;
    for (const { indicator } of forRow) {
      const filled = fillEdits(planInsert(cleared, grid, indicator));
      expect(filled.map((e) => refKey(e.cell))).toContain(refKey(middle.nameCell));
    }
  });
});

describe('filling the blank example (a form whose indicator rows are still empty) from its suggestions', () => {
  const blank = () =>
    parseGridText(copyText(readFileSync(join(SEED_DIR, EXAMPLE_BLANK.fixture), 'utf8'), EXAMPLE_BLANK));
  const [before] = check(blank()) as [CheckedForm];
  const suggestions = suggestIndicators(before.form, library);

  it('has empty rows and suggestions for them', () => {
    expect(before.form.indicators).toEqual([]);
    expect(before.form.openRows.length).toBeGreaterThan(0);
    expect(suggestions).toHaveLength(10);
  });

  it.each(suggestions.map((s) => [s.indicator.name, s.indicator] as const))(
    '%s goes into the empty row of its block',
    (_name, indicator) => {
      const grids = blank();
      const plan = planInsert(before.form, grids[0]!, indicator);
      const slot = before.form.openRows.find((r) => blockLevel2(r) === indicator.level2);
      expect(slot).toBeDefined();
      const { grids: written, conflicts } = applyEdits(grids, fillEdits(plan));
      expect(conflicts).toEqual([]);
      const after = check(written)[0]!;
      expectInserted(after, indicator, 0);
      expect(after.form.indicators[0]!.row).toBe(slot!.row);
      expect(after.form.openRows).toHaveLength(before.form.openRows.length - 1);
      expect(errorKeys(after)).toEqual(errorKeys(before));
    },
  );
});

function expectInserted(after: CheckedForm, indicator: LibraryIndicator, countBefore: number): void {
  const { form } = after;
  expect(form.indicators).toHaveLength(countBefore + 1);
  const added = form.indicators.filter((i) => i.name === indicator.name);
  expect(added).toHaveLength(1);
  const row = added[0]!;
  const level2 = effectiveLevel2(row);
  expect({ name: row.name, level2: level2 === '成本指标' ? '经济成本指标' : level2 }).toEqual({
    name: indicator.name,
    level2: indicator.level2,
  });
  expect(dimensionOf(row)).toBe(DIMENSION[indicator.level1]);
  // The value reads as the library's value (restyled like the neighbours, never reworded).
  const written = row.value;
  if (written.kind === 'quantitative') expect(indicator.target).toContain(String(written.number));
  else expect(row.target).toBe(indicator.target);
  // Rows of the form below the new one keep their cells: the form still ends where the table says.
  expect(new Set(form.indicators.map((i) => refKey(i.nameCell))).size).toBe(form.indicators.length);
}
