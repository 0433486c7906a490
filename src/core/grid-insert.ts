// Inserting rows into a Grid (the in-memory host, and tests of insert planning): rows below shift down, and
// merged cells the new rows join (一级/二级 blocks) grow over them.
import type { Cell, CellRef, Grid } from './grid';
import { indexGrid, refKey } from './grid';
import type { RowInsert } from './row-insert';

export class GridInsertError extends Error {}

/** Word-style refs `{table,row,col}` (and fixtures) follow their cell's new row. */
function shiftRef(ref: CellRef, fromRow: number, by: number): CellRef {
  const row = ref.row;
  return typeof row === 'number' && row >= fromRow ? { ...ref, row: row + by } : ref;
}

const newRef = (template: CellRef, row: number, col: number): CellRef => ({ ...template, row, col });

/** The grid with `insert.rows` added below the row of `insert.after`; throws GridInsertError when it can't be. */
export function insertGridRows(grid: Grid, insert: RowInsert): Grid {
  const anchor = grid.cells.find((c) => refKey(c.ref) === refKey(insert.after));
  if (!anchor) throw new GridInsertError('the row to insert after is not in this table');
  // Excel-style `{sheet,address}` refs would need renaming with the grid's offset in the sheet; the Excel host
  // inserts rows itself and re-reads, so this grid operation serves row-addressed tables only.
  if (typeof anchor.ref.row !== 'number')
    throw new GridInsertError('rows can be inserted here only into tables addressed by row (Word, fixtures)');
  const afterRow = anchor.row + anchor.rowSpan - 1;
  const count = insert.rows.length;
  if (count === 0) return grid;
  const index = indexGrid(grid);
  const given = new Set(insert.rows.flatMap((cells) => cells.map((c) => c.col)));
  const grown = new Set<Cell>();
  for (let col = 0; col < grid.colCount; col++) {
    const cell = index.at(afterRow, col);
    if (!cell) continue;
    const endsHere = cell.row + cell.rowSpan - 1 === afterRow;
    const spansColumns = Array.from({ length: cell.colSpan }, (_, i) => cell.col + i);
    // A merge that continues below the new rows must cover them; one that ends here grows only where it is a
    // block label (merged already) and the new rows leave its columns empty.
    if (!endsHere || (cell.rowSpan > 1 && !spansColumns.some((c) => given.has(c)))) grown.add(cell);
  }
  const cells: Cell[] = [];
  for (const cell of grid.cells) {
    const below = cell.row > afterRow;
    const moved: Cell = {
      ...cell,
      row: below ? cell.row + count : cell.row,
      rowSpan: grown.has(cell) ? cell.rowSpan + count : cell.rowSpan,
      ref: shiftRef(cell.ref, afterRow + 1, count),
    };
    cells.push(moved);
  }
  // New cells copy the shape of the row above (a target cell spanning two columns stays two columns wide).
  const shapes = index
    .slots(afterRow)
    .map((slot) => slot.cell)
    .filter((cell) => !grown.has(cell));
  insert.rows.forEach((texts, i) => {
    const row = afterRow + 1 + i;
    for (const shape of shapes) {
      const text = texts.find((t) => t.col >= shape.col && t.col < shape.col + shape.colSpan)?.text ?? '';
      cells.push({
        row,
        col: shape.col,
        rowSpan: 1,
        colSpan: shape.colSpan,
        text,
        ref: newRef(anchor.ref, row, shape.col),
      });
    }
  });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { ...grid, rowCount: grid.rowCount + count, cells };
}

/**
 * The cells an insert moved, as `refKey` of the ref before → the ref after, from the grid read before and the one read
 * after (host-neutral: Word renumbers rows, Excel renames addresses): what points at a cell by its address (an
 * ignored finding, a change to undo) follows it. Null when the grid after does not have the rows the insert added
 * (the table changed otherwise meanwhile): nothing can be said to have moved where.
 */
export function movedByInsert(before: Grid, after: Grid, insert: RowInsert): Map<string, CellRef> | null {
  const anchor = before.cells.find((c) => refKey(c.ref) === refKey(insert.after));
  const count = insert.rows.length;
  if (!anchor || after.rowCount !== before.rowCount + count) return null;
  const afterRow = anchor.row + anchor.rowSpan - 1;
  const index = indexGrid(after);
  const moved = new Map<string, CellRef>();
  for (const cell of before.cells) {
    const row = cell.row > afterRow ? cell.row + count : cell.row;
    const now = index.at(row, cell.col);
    if (!now || now.row !== row || now.col !== cell.col) return null;
    if (refKey(now.ref) !== refKey(cell.ref)) moved.set(refKey(cell.ref), now.ref);
  }
  return moved;
}
