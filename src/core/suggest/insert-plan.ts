// Where a library indicator goes in a form: a new row at the end of its 一级/二级 block, written like its neighbours.
import type { LibraryIndicator } from '../../library/schema';
import type { Form, Indicator } from '../form';
import type { Cell, CellRef, Grid } from '../grid';
import { refKey } from '../grid';
import { currentLevel2, level1Entry } from '../levels';
import { formStyle } from '../lint';
import type { RowInsert } from '../row-insert';
import { prevailingDecimals, rewriteQuantity, withDecimals } from '../rules/support';
import { parseTarget } from '../values/target';

interface Placement {
  readonly after: Indicator;
  /** The block labels the new row must write itself (the block does not exist yet, or is not merged). */
  readonly writeLevel1: boolean;
  readonly writeLevel2: boolean;
}

const level1Of = (ind: Indicator) => level1Entry(ind.level1)?.canonical ?? null;

function place(form: Form, indicator: LibraryIndicator): Placement | null {
  const rows = form.indicators;
  const last = <T>(list: readonly T[]) => list[list.length - 1];
  const sameBlock = rows.filter((ind) => currentLevel2(ind) === indicator.level2);
  const sameLevel1 = rows.filter((ind) => level1Of(ind) === indicator.level1);
  const inBlock = last(sameBlock);
  if (inBlock) return { after: inBlock, writeLevel1: false, writeLevel2: false };
  const inLevel1 = last(sameLevel1);
  if (inLevel1) return { after: inLevel1, writeLevel1: false, writeLevel2: true };
  const any = last(rows);
  return any ? { after: any, writeLevel1: true, writeLevel2: true } : null;
}

/** The form's way of writing this target: `≥90.00(%)` in a 2024 system export, `≥90%` in a 2018 form. */
function targetTexts(form: Form, indicator: LibraryIndicator, unitColumn: boolean): { target: string; unit: string } {
  const value = parseTarget(indicator.target);
  if (value.kind !== 'quantitative') return { target: indicator.target, unit: '' };
  const numberText = withDecimals(value.numberText, prevailingDecimals(form));
  if (unitColumn)
    return { target: rewriteQuantity(value, formStyle(form), { numberText, unit: null }), unit: value.unit ?? '' };
  return { target: rewriteQuantity(value, formStyle(form), { numberText }), unit: '' };
}

/**
 * The row insert for one library indicator, or null when the form has no indicator row to place it by (or is a
 * 2018 form). The
 * 一级/二级 cells are left to the host to extend when the block is merged (the usual Shanghai layout), and written
 * out when the block is new or its labels are repeated row by row.
 */
export function planInsert(form: Form, grid: Grid, indicator: LibraryIndicator): RowInsert | null {
  // 2018 forms list 分解目标内容 rows, not 三级 indicators under 一级/二级: no block to extend. Nobody starts a
  // new form in that layout, so they are read and checked but not extended.
  if (form.template === 'sh-2018') return null;
  const placement = place(form, indicator);
  if (!placement) return null;
  const cells = new Map(grid.cells.map((c) => [refKey(c.ref), c]));
  const cellOf = (ref: CellRef | null): Cell | undefined => (ref ? cells.get(refKey(ref)) : undefined);
  const { after } = placement;
  const name = cellOf(after.nameCell);
  const target = cellOf(after.targetCell);
  if (!name || !target) return null;
  const unit = cellOf(after.unitCell);
  const texts = targetTexts(form, indicator, unit !== undefined);
  const row: { col: number; text: string }[] = [
    { col: name.col, text: indicator.name },
    { col: target.col, text: texts.target },
  ];
  if (unit) row.push({ col: unit.col, text: texts.unit });
  const level1 = cellOf(after.level1Cell);
  const level2 = cellOf(after.level2Cell);
  // A one-row label cell that has text is repeated row by row in this form, so the new row repeats it; a blank
  // one is carried down from above, so the new row stays blank there too.
  const repeated = (cell: Cell) => cell.rowSpan === 1 && cell.text.trim() !== '';
  if (level1 && level1.col !== name.col && (placement.writeLevel1 || repeated(level1)))
    row.push({ col: level1.col, text: indicator.level1 });
  if (level2 && level2.col !== name.col && (placement.writeLevel1 || placement.writeLevel2 || repeated(level2)))
    row.push({ col: level2.col, text: indicator.level2 });
  return { after: after.nameCell, before: name.text, rows: [row] };
}
