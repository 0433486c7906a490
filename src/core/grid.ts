// Grid: the neutral table every host produces — rows of cells with merge spans; a merged cell exists once.

/** Host-specific address of a cell, opaque to core (Word/docx `{table,row,col}`, Excel/xlsx `{sheet,address}`). */
export type CellRef = Readonly<Record<string, string | number>>;

export interface Cell {
  /** Top-left grid position of the cell (0-based). */
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Cell text; line breaks inside the cell are `\n`. */
  readonly text: string;
  readonly ref: CellRef;
}

export interface Grid {
  readonly id: string;
  /** Paragraphs printed just above the table (title, `(2024年度)`, `申报单位名称：…`), when the host knows them. */
  readonly preamble?: readonly string[];
  readonly rowCount: number;
  readonly colCount: number;
  /** Every cell once, in row-major order of their top-left positions. */
  readonly cells: readonly Cell[];
}

/** A cell as seen from one row: `starts` is false where a vertical merge from above covers this row. */
export interface RowSlot {
  readonly cell: Cell;
  readonly starts: boolean;
}

export interface GridIndex {
  readonly grid: Grid;
  /** The cell covering a position, or undefined outside the grid. */
  at(row: number, col: number): Cell | undefined;
  /** The distinct cells covering a row, left to right. */
  slots(row: number): readonly RowSlot[];
}

const indexes = new WeakMap<Grid, GridIndex>();

export function indexGrid(grid: Grid): GridIndex {
  const cached = indexes.get(grid);
  if (cached) return cached;
  const owner: (Cell | undefined)[] = new Array(grid.rowCount * grid.colCount);
  for (const cell of grid.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan && r < grid.rowCount; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan && c < grid.colCount; c++) owner[r * grid.colCount + c] = cell;
    }
  }
  const slotCache = new Map<number, RowSlot[]>();
  const at = (row: number, col: number): Cell | undefined =>
    row < 0 || col < 0 || row >= grid.rowCount || col >= grid.colCount ? undefined : owner[row * grid.colCount + col];
  const index: GridIndex = {
    grid,
    at,
    slots(row) {
      let list = slotCache.get(row);
      if (list) return list;
      list = [];
      let last: Cell | undefined;
      for (let c = 0; c < grid.colCount; c++) {
        const cell = at(row, c);
        if (cell && cell !== last) list.push({ cell, starts: cell.row === row });
        last = cell;
      }
      slotCache.set(row, list);
      return list;
    },
  };
  indexes.set(grid, index);
  return index;
}

const refKeys = new WeakMap<CellRef, string>();

/** Stable string key of a CellRef (key order does not matter). */
export function refKey(ref: CellRef): string {
  let key = refKeys.get(ref);
  if (key === undefined) {
    key = Object.keys(ref)
      .sort()
      .map((k) => `${k}=${String(ref[k])}`)
      .join(';');
    refKeys.set(ref, key);
  }
  return key;
}

/** Returns a copy of the grid with some cells' text replaced (cells matched by ref). */
export function withCellTexts(grid: Grid, texts: ReadonlyMap<string, string>): Grid {
  if (texts.size === 0) return grid;
  return {
    ...grid,
    cells: grid.cells.map((cell) => {
      const text = texts.get(refKey(cell.ref));
      return text === undefined ? cell : { ...cell, text };
    }),
  };
}
