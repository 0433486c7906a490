// Where a library indicator goes in a form: an empty row of its 一级/二级 block, else a new row at the block's end.
import type { LibraryIndicator } from '../../library/schema';
import type { Edit } from '../edits';
import type { Form, OpenRow } from '../form';
import type { Cell, CellRef, Grid } from '../grid';
import { indexGrid, refKey } from '../grid';
import type { Level2 } from '../levels';
import { blockLevel2, currentLevel2, level1Entry } from '../levels';
import { formStyle } from '../lint';
import { columnCell } from '../recognize/indicators';
import type { RowInsert } from '../row-insert';
import { prevailingDecimals, QUALITATIVE_PICK, rewriteQuantity, withDecimals } from '../rules/support';
import { canonicalOp, columnSaysUnit, parseTarget } from '../values/target';

/** Fill an empty row of the block (a blank template's slot), or add a row below the block's last one. */
export type InsertPlan =
  { readonly kind: 'fill'; readonly edits: readonly Edit[] } | { readonly kind: 'rows'; readonly insert: RowInsert };

interface Placement {
  readonly after: OpenRow;
  /** The block labels the new row must write itself (the block does not exist yet, or is not merged). */
  readonly writeLevel1: boolean;
  readonly writeLevel2: boolean;
}

interface PlacedRow {
  readonly row: OpenRow;
  readonly level2: Level2 | null;
  readonly open: boolean;
}

const level1Of = (row: OpenRow) => level1Entry(row.level1)?.canonical ?? null;

/** Filled rows and empty ones alike mark where a block is: a blank template has only empty ones. */
function rowsOf(form: Form): PlacedRow[] {
  return [
    ...form.indicators.map((row) => ({ row, level2: currentLevel2(row), open: false })),
    ...form.openRows.map((row) => ({ row, level2: blockLevel2(row), open: true })),
  ].sort((a, b) => a.row.row - b.row.row);
}

/** The block's first empty row: the template left it there to be filled, so it is filled before rows are added. */
function openSlot(form: Form, indicator: LibraryIndicator): OpenRow | null {
  return rowsOf(form).find((r) => r.open && r.level2 === indicator.level2)?.row ?? null;
}

function place(form: Form, indicator: LibraryIndicator): Placement | null {
  const rows = rowsOf(form);
  const last = <T>(list: readonly T[]) => list[list.length - 1];
  const inBlock = last(rows.filter((r) => r.level2 === indicator.level2));
  if (inBlock) return { after: inBlock.row, writeLevel1: false, writeLevel2: false };
  const inLevel1 = last(rows.filter((r) => level1Of(r.row) === indicator.level1));
  if (inLevel1) return { after: inLevel1.row, writeLevel1: false, writeLevel2: true };
  const any = last(rows);
  return any ? { after: any.row, writeLevel1: true, writeLevel2: true } : null;
}

interface TargetTexts {
  readonly target: string;
  /** For a 计量单位 column ('' when the row has none, or the target no unit). */
  readonly unit: string;
  /** For a 计算符号 column. */
  readonly operator: string;
}

/**
 * A new value's place in a 计量单位 or 计算符号 column: a cell of its own to write, or a cell merged over other rows
 * too, whose text the row will read; null where the row has no cell in that column.
 */
type ColumnPart = { readonly cell: Cell; readonly shared: boolean } | null;

/**
 * The form's way of writing this target: `≥90.00(%)` in a 2024 system export, `≥90%` in a 2018 form, `≥` | `90` |
 * `%` where the operator and the unit have columns of their own. An operator or unit a merged cell already gives
 * the row stays out of the value; one that differs is written into it, where the check reports a contradiction.
 */
function targetTexts(
  form: Form,
  indicator: LibraryIndicator,
  parts: { readonly unit: ColumnPart; readonly operator: ColumnPart },
): TargetTexts {
  const own = { unit: parts.unit?.shared === false, operator: parts.operator?.shared === false };
  const value = parseTarget(indicator.target);
  if (value.kind !== 'quantitative') {
    // A form whose pick list marks its values in words 定性 gets that mark for this one too.
    const marked = own.operator && form.indicators.some((i) => i.operatorText === QUALITATIVE_PICK);
    return { target: indicator.target, unit: '', operator: marked ? QUALITATIVE_PICK : '' };
  }
  const given = (part: ColumnPart) => (part?.shared ? part.cell.text.trim() : null);
  const sharedOp = given(parts.operator);
  const sharedUnit = given(parts.unit);
  const omitOp = own.operator || (sharedOp !== null && canonicalOp(sharedOp) === value.op);
  const omitUnit = own.unit || (sharedUnit !== null && columnSaysUnit(sharedUnit, value.unit));
  const numberText = withDecimals(value.numberText, prevailingDecimals(form));
  const target = rewriteQuantity(value, formStyle(form), {
    numberText,
    ...(omitUnit ? { unit: null } : {}),
    ...(omitOp ? { op: null } : {}),
  });
  return {
    target,
    unit: own.unit ? (value.unit ?? '') : '',
    operator: own.operator ? (value.op ?? '') : '',
  };
}

/**
 * How to add one library indicator to a form: into an empty row of its 一级/二级 block when the form has one,
 * else as a new row at the end of the block. Null when the form has no indicator row, filled or empty, to place it
 * by (or is a 2018 form). A new row leaves the 一级/二级 cells to the host to extend when the block is merged (the
 * usual Shanghai layout), and writes them out when the block is new or its labels are repeated row by row.
 */
export function planInsert(form: Form, grid: Grid, indicator: LibraryIndicator): InsertPlan | null {
  // 2018 forms list 分解目标内容 rows, not 三级 indicators under 一级/二级: no block to extend. Nobody starts a
  // new form in that layout, so they are read and checked but not extended.
  if (form.template === 'sh-2018') return null;
  const cells = new Map(grid.cells.map((c) => [refKey(c.ref), c]));
  const cellOf = (ref: CellRef | null): Cell | undefined => (ref ? cells.get(refKey(ref)) : undefined);
  const index = indexGrid(grid);
  const slot = openSlot(form, indicator);
  if (slot) {
    const write = (cell: CellRef, text: string): Edit => ({ cell, before: cellOf(cell)?.text ?? '', text });
    const skip = [cellOf(slot.nameCell), cellOf(slot.targetCell)];
    const part = (own: CellRef | null, col: number | null): ColumnPart => {
      const cell = own ? cellOf(own) : columnCell(index, slot.row, col, skip);
      return cell ? { cell, shared: !own } : null;
    };
    const texts = targetTexts(form, indicator, {
      unit: part(slot.unitCell, form.splitColumns.unit),
      operator: part(slot.operatorCell, form.splitColumns.operator),
    });
    const edits = [write(slot.nameCell, indicator.name), write(slot.targetCell, texts.target)];
    if (slot.unitCell && texts.unit) edits.push(write(slot.unitCell, texts.unit));
    if (slot.operatorCell && texts.operator) edits.push(write(slot.operatorCell, texts.operator));
    return { kind: 'fill', edits };
  }
  const placement = place(form, indicator);
  if (!placement) return null;
  const { after } = placement;
  const name = cellOf(after.nameCell);
  const target = cellOf(after.targetCell);
  if (!name || !target) return null;
  // The new row gets cells of its own in the 计量单位/计算符号 columns, unless the cell there is merged on past the
  // row it follows: the new row falls inside that cell and reads it.
  const afterRow = name.row + name.rowSpan - 1;
  const part = (col: number | null): ColumnPart => {
    const cell = columnCell(index, afterRow, col, [name, target]);
    return cell ? { cell, shared: cell.row + cell.rowSpan - 1 !== afterRow } : null;
  };
  const parts = { unit: part(form.splitColumns.unit), operator: part(form.splitColumns.operator) };
  const texts = targetTexts(form, indicator, parts);
  const unit = parts.unit?.shared === false ? parts.unit.cell : undefined;
  const operator = parts.operator?.shared === false ? parts.operator.cell : undefined;
  const row: { col: number; text: string }[] = [
    { col: name.col, text: indicator.name },
    { col: target.col, text: texts.target },
  ];
  if (unit) row.push({ col: unit.col, text: texts.unit });
  if (operator) row.push({ col: operator.col, text: texts.operator });
  const level1 = cellOf(after.level1Cell);
  const level2 = cellOf(after.level2Cell);
  // A one-row label cell that has text is repeated row by row in this form, so the new row repeats it; a blank
  // one is carried down from above, so the new row stays blank there too.
  const repeated = (cell: Cell) => cell.rowSpan === 1 && cell.text.trim() !== '';
  if (level1 && level1.col !== name.col && (placement.writeLevel1 || repeated(level1)))
    row.push({ col: level1.col, text: indicator.level1 });
  if (level2 && level2.col !== name.col && (placement.writeLevel1 || placement.writeLevel2 || repeated(level2)))
    row.push({ col: level2.col, text: indicator.level2 });
  return { kind: 'rows', insert: { after: after.nameCell, before: name.text, rows: [row] } };
}
