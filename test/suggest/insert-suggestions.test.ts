// Issue 5 acceptance: each of a seed form's top suggestions, inserted where planInsert puts it (insertGridRows, as
// the in-memory host does), is read back by check() as a new indicator under the intended 一级/二级, written in the
// form's style, with no new error.
import { refKey } from '../../src/core/grid';
import type { Grid } from '../../src/core/grid';
import { insertGridRows } from '../../src/core/grid-insert';
import { dimensionOf, effectiveLevel2 } from '../../src/core/levels';
import type { CheckedForm } from '../../src/core/lint';
import { check } from '../../src/core/lint';
import { planInsert } from '../../src/core/suggest/insert-plan';
import { suggestIndicators } from '../../src/core/suggest/suggest';
import { bundledLibrary } from '../../src/library/bundled';
import type { LibraryIndicator } from '../../src/library/schema';
import { loadSeed, seedFiles } from '../seeds/load';

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
      const insert = planInsert(form, grid, indicator);
      // 2018 forms list 分解目标 rows, not 一级/二级 blocks: planInsert leaves them alone.
      if (form.template === 'sh-2018') {
        expect(insert).toBeNull();
        continue;
      }
      expect(insert).not.toBeNull();
      const after = check(grids.map((g): Grid => (g === grid ? insertGridRows(g, insert!) : g)))[form.index]!;
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
