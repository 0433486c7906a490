// A readable text notation for grids with merges, used by fixtures, the rule tester and the demo page.
//
//   # comment                      ignored
//   === name                       starts a new grid (optional before the first one)
//   > 财政项目支出绩效目标申报表       a preamble paragraph above the table (before the grid's first row)
//   项目名称 | 党建经费 | 项目性质 | …  one table row; cells separated by `|`
//   ^                              position covered by the cell above (vertical merge)
//   <                              position covered by the cell on the left (horizontal merge)
//
// Escapes inside a cell: `\n` line break, `\|` a pipe, `\^` / `\<` a literal ^ or < cell, `\\` a backslash.
// Every row of a grid has the same number of positions; merged areas must be rectangles.
import type { Cell, CellRef, Grid } from './grid';
import { indexGrid } from './grid';

export class GridTextError extends Error {}

interface Token {
  kind: 'text' | 'up' | 'left';
  text: string;
}

function splitRow(line: string): Token[] {
  const tokens: Token[] = [];
  let raw = '';
  let escapedOnly = false;
  const push = () => {
    const t = raw.trim();
    if (!escapedOnly && t === '^') tokens.push({ kind: 'up', text: '' });
    else if (!escapedOnly && t === '<') tokens.push({ kind: 'left', text: '' });
    else tokens.push({ kind: 'text', text: unescape(t) });
    raw = '';
    escapedOnly = false;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length) {
      const next = line[i + 1];
      if (next === '^' || next === '<') escapedOnly = raw.trim() === '';
      raw += ch + next;
      i++;
    } else if (ch === '|') push();
    else raw += ch;
  }
  push();
  return tokens;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

export function escapeCell(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '\\n');
  return escaped === '^' || escaped === '<' ? `\\${escaped}` : escaped;
}

interface RawGrid {
  id: string;
  preamble: string[];
  rows: { tokens: Token[]; line: number }[];
}

/** Parses one or more grids; refs are `{ table, row, col }` with `table` counted from `firstTable`. */
export function parseGridText(source: string, firstTable = 0): Grid[] {
  const raws: RawGrid[] = [];
  let current: RawGrid | undefined;
  const lines = source.split(/\r?\n/);
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed.startsWith('===')) {
      current = { id: trimmed.slice(3).trim() || `table-${raws.length + firstTable}`, preamble: [], rows: [] };
      raws.push(current);
      return;
    }
    if (!current) {
      current = { id: `table-${raws.length + firstTable}`, preamble: [], rows: [] };
      raws.push(current);
    }
    if (trimmed.startsWith('>')) {
      if (current.rows.length > 0)
        throw new GridTextError(`line ${i + 1}: preamble after the first row of grid ${current.id}`);
      current.preamble.push(trimmed.slice(1).trim());
      return;
    }
    current.rows.push({ tokens: splitRow(line), line: i + 1 });
  });
  return raws.filter((r) => r.rows.length > 0).map((raw, t) => buildGrid(raw, t + firstTable));
}

function buildGrid(raw: RawGrid, table: number): Grid {
  const width = raw.rows[0]!.tokens.length;
  const height = raw.rows.length;
  const owner: number[] = new Array(width * height).fill(-1);
  const starts: { row: number; col: number; text: string }[] = [];
  raw.rows.forEach(({ tokens, line }, r) => {
    if (tokens.length !== width)
      throw new GridTextError(`line ${line}: ${tokens.length} cells, but the grid's first row has ${width}`);
    tokens.forEach((tok, c) => {
      if (tok.kind === 'text') {
        owner[r * width + c] = starts.length;
        starts.push({ row: r, col: c, text: tok.text });
      } else if (tok.kind === 'left') {
        if (c === 0) throw new GridTextError(`line ${line}: '<' in the first column`);
        owner[r * width + c] = owner[r * width + c - 1]!;
      } else {
        if (r === 0) throw new GridTextError(`line ${line}: '^' in the first row`);
        owner[r * width + c] = owner[(r - 1) * width + c]!;
      }
    });
  });
  const cells: Cell[] = starts.map((s, id) => {
    let colSpan = 1;
    while (s.col + colSpan < width && owner[s.row * width + s.col + colSpan] === id) colSpan++;
    let rowSpan = 1;
    while (s.row + rowSpan < height && owner[(s.row + rowSpan) * width + s.col] === id) rowSpan++;
    const ref: CellRef = { table, row: s.row, col: s.col };
    return { row: s.row, col: s.col, rowSpan, colSpan, text: s.text, ref };
  });
  const grid: Grid = {
    id: raw.id,
    ...(raw.preamble.length ? { preamble: raw.preamble } : {}),
    rowCount: height,
    colCount: width,
    cells,
  };
  // Merged areas must be rectangles: every position of a cell's box is owned by that cell, and vice versa.
  cells.forEach((cell, id) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
      for (let c = cell.col; c < cell.col + cell.colSpan; c++)
        if (owner[r * width + c] !== id)
          throw new GridTextError(`line ${raw.rows[r]!.line}: merged area of "${cell.text}" is not a rectangle`);
  });
  const covered = cells.reduce((n, c) => n + c.rowSpan * c.colSpan, 0);
  if (covered !== width * height) {
    const stray = owner.findIndex((id, pos) => {
      const cell = cells[id]!;
      const r = Math.floor(pos / width);
      const c = pos % width;
      return r >= cell.row + cell.rowSpan || c >= cell.col + cell.colSpan;
    });
    const line = raw.rows[Math.floor(stray / width)]!.line;
    throw new GridTextError(`line ${line}: merged area of "${cells[owner[stray]!]!.text}" is not a rectangle`);
  }
  return grid;
}

/** Prints grids back in the same notation (round-trips with parseGridText). */
export function formatGridText(grids: readonly Grid[]): string {
  return grids
    .map((grid) => {
      const index = indexGrid(grid);
      const lines = [`=== ${grid.id}`, ...(grid.preamble ?? []).map((p) => `> ${p}`)];
      for (let r = 0; r < grid.rowCount; r++) {
        const row: string[] = [];
        for (let c = 0; c < grid.colCount; c++) {
          const cell = index.at(r, c);
          if (!cell) row.push('');
          else if (cell.row === r && cell.col === c) row.push(escapeCell(cell.text));
          else row.push(cell.row < r && cell.col === c ? '^' : cell.col < c ? '<' : '^');
        }
        lines.push(row.join(' | '));
      }
      return lines.join('\n');
    })
    .join('\n\n');
}
