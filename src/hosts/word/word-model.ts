// The Word host's model of a document: the grids of the shared OOXML reader (exactly what the .docx host reads),
// plus, per table, the physical w:tc of every row — Office.js addresses a cell by (row, index of the cell IN THE
// ROW), not by grid column, and gives no merge information — and a cross-check against what Word reports.
import type { Cell, Grid } from '../../core/grid';
import { indexGrid, refKey } from '../../core/grid';
import { cellText, readTableCells, W_NS } from '../ooxml/tables';

/** One w:tc as Word counts it. */
export interface PhysicalCell {
  readonly rowIndex: number;
  /** Index of the w:tc in its row (what `Table.getCell` and `mergeCells` take). */
  readonly cellIndex: number;
  readonly col: number;
  readonly span: number;
  /** The grid cell this w:tc belongs to (a vertical merge's continuation belongs to the cell above). */
  readonly cell: Cell | undefined;
  /** False for the w:tc of a vertical merge's continuation rows. */
  readonly starts: boolean;
  readonly text: string;
  /** Holds tracked insertions/deletions, whose text Word reports with the deletions unless asked otherwise. */
  readonly revised: boolean;
  /** Holds symbol characters (w:sym, e.g. Wingdings checkboxes), which Word reports and the OOXML reader skips. */
  readonly symbols: boolean;
}

export interface WordTable {
  readonly grid: Grid;
  readonly nestingLevel: number;
  readonly rows: readonly (readonly PhysicalCell[])[];
  /** The physical cell behind each grid cell, by `refKey` (grid cells filling short rows have none). */
  readonly cells: ReadonlyMap<string, PhysicalCell>;
}

export interface WordDocumentModel {
  readonly grids: Grid[];
  readonly tables: WordTable[];
}

/** What Word reports about one table (WordApi 1.3), for the cross-check. */
export interface OfficeTable {
  readonly rowCount: number;
  readonly nestingLevel: number;
  readonly cellCounts: readonly number[];
  readonly values: readonly (readonly string[])[];
}

export interface Disagreement {
  readonly zh: string;
  readonly en: string;
}

const isW = (node: Node | null, name: string): node is Element =>
  !!node && node.nodeType === 1 && (node as Element).namespaceURI === W_NS && (node as Element).localName === name;

function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) out.push(n);
  return out;
}

const child = (el: Element | undefined, name: string) => (el ? children(el, name)[0] : undefined);

const intVal = (el: Element | undefined, fallback: number) => {
  const n = Number.parseInt(el?.getAttributeNS(W_NS, 'val') ?? el?.getAttribute('w:val') ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/** A row's w:tc in document order, including cells wrapped in row-level content controls. */
function physicalCells(tr: Element): Element[] {
  const out: Element[] = [];
  for (let n = tr.firstChild; n; n = n.nextSibling) {
    if (isW(n, 'tc')) out.push(n);
    else if (isW(n, 'sdt')) out.push(...children(child(n, 'sdtContent') ?? n, 'tc'));
  }
  return out;
}

/** Grid columns as the shared reader assigns them: w:gridBefore, then direct cells, then content-control cells. */
function gridColumns(tr: Element): Map<Element, { col: number; span: number }> {
  let col = intVal(child(child(tr, 'trPr'), 'gridBefore'), 0);
  const cols = new Map<Element, { col: number; span: number }>();
  const ordered = children(tr, 'tc').concat(
    children(tr, 'sdt').flatMap((sdt) => children(child(sdt, 'sdtContent') ?? sdt, 'tc')),
  );
  for (const tc of ordered) {
    const span = intVal(child(child(tc, 'tcPr'), 'gridSpan'), 1);
    cols.set(tc, { col, span });
    col += span;
  }
  return cols;
}

const REVISIONS = ['ins', 'del', 'moveFrom', 'moveTo'];
const hasRevisions = (tc: Element) => REVISIONS.some((name) => tc.getElementsByTagNameNS(W_NS, name).length > 0);

function enclosingTable(el: Element): Element | null {
  for (let n = el.parentNode; n; n = n.parentNode) if (isW(n, 'tbl')) return n;
  return null;
}

function nestingLevel(tbl: Element): number {
  let level = 1;
  for (let t = enclosingTable(tbl); t; t = enclosingTable(t)) level++;
  return level;
}

/** Reads a parsed `word/document.xml` or the flat OPC package of `body.getOoxml()`. */
export function readWordDocument(doc: Document): WordDocumentModel {
  const { grids, elements } = readTableCells(doc);
  const startOf = new Map<Element, Cell>();
  const byKey = new Map<string, Cell>();
  for (const grid of grids) for (const cell of grid.cells) byKey.set(refKey(cell.ref), cell);
  for (const [key, tc] of elements) {
    const cell = byKey.get(key);
    if (cell) startOf.set(tc, cell);
  }
  const tables = grids.map((grid) => {
    const anyCell = grid.cells.map((c) => elements.get(refKey(c.ref))).find((e) => e !== undefined);
    const tbl = anyCell ? enclosingTable(anyCell) : null;
    return tbl ? tableModel(grid, tbl, startOf) : emptyTable(grid);
  });
  return { grids, tables };
}

function emptyTable(grid: Grid): WordTable {
  return { grid, nestingLevel: 1, rows: [], cells: new Map() };
}

function tableModel(grid: Grid, tbl: Element, startOf: Map<Element, Cell>): WordTable {
  const index = indexGrid(grid);
  const cells = new Map<string, PhysicalCell>();
  const rows = children(tbl, 'tr').map((tr, rowIndex) => {
    const cols = gridColumns(tr);
    return physicalCells(tr).map((tc, cellIndex) => {
      const { col, span } = cols.get(tc) ?? { col: -1, span: 1 };
      const start = startOf.get(tc);
      const physical: PhysicalCell = {
        rowIndex,
        cellIndex,
        col,
        span,
        cell: start ?? index.at(rowIndex, col),
        starts: start !== undefined,
        text: cellText(tc),
        revised: hasRevisions(tc),
        symbols: tc.getElementsByTagNameNS(W_NS, 'sym').length > 0,
      };
      if (start) cells.set(refKey(start.ref), physical);
      return physical;
    });
  });
  return { grid, nestingLevel: nestingLevel(tbl), rows, cells };
}

/** Word reports cell text with paragraph marks, cell markers (BEL) and other whitespace the OOXML reader does not. */
export const visibleText = (text: string) =>
  Array.from(text.replace(/[\s\u200b\ufeff]+/g, ''))
    .filter((c) => c.charCodeAt(0) >= 32)
    .join('');

/**
 * Whether Word's view of a table agrees with the OOXML model: rows, cells per row, nesting, and the text of every
 * cell that starts a grid cell and holds neither tracked changes nor symbols. A table that disagrees is read but
 * never written.
 */
export function crossCheck(table: WordTable, office: OfficeTable): Disagreement | null {
  if (office.nestingLevel !== table.nestingLevel)
    return {
      zh: `嵌套层级不同（Word ${office.nestingLevel}，文件 ${table.nestingLevel}）`,
      en: `nesting level differs (Word ${office.nestingLevel}, file ${table.nestingLevel})`,
    };
  if (office.rowCount !== table.rows.length)
    return {
      zh: `行数不同（Word ${office.rowCount}，文件 ${table.rows.length}）`,
      en: `row count differs (Word ${office.rowCount}, file ${table.rows.length})`,
    };
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (office.cellCounts[r] !== row.length)
      return {
        zh: `第 ${r + 1} 行的单元格数不同（Word ${office.cellCounts[r] ?? '?'}，文件 ${row.length}）`,
        en: `row ${r + 1} has a different number of cells (Word ${office.cellCounts[r] ?? '?'}, file ${row.length})`,
      };
    for (const cell of row) {
      const reported = office.values[r]?.[cell.cellIndex];
      if (reported === undefined || !cell.starts || cell.revised || cell.symbols) continue;
      if (visibleText(reported) !== visibleText(cell.text))
        return {
          zh: `第 ${r + 1} 行第 ${cell.cellIndex + 1} 个单元格的文字不同`,
          en: `the text of cell ${cell.cellIndex + 1} in row ${r + 1} differs`,
        };
    }
  }
  return null;
}

/**
 * Which of Word's `body.tables` each grid is. Whether that collection includes nested tables is undocumented:
 * with every table it lines up one to one; with top-level tables only, nested grids get no Word table (read, not
 * written); anything else is not guessed at.
 */
export function matchTables(
  tables: readonly WordTable[],
  office: readonly { nestingLevel: number }[],
): (number | null)[] {
  if (office.length === tables.length && office.every((t, i) => t.nestingLevel === tables[i]!.nestingLevel))
    return tables.map((_, i) => i);
  const topLevel = tables.flatMap((t, i) => (t.nestingLevel === 1 ? [i] : []));
  if (office.length === topLevel.length && office.every((t) => t.nestingLevel === 1)) {
    const mapping: (number | null)[] = tables.map(() => null);
    topLevel.forEach((gridIndex, officeIndex) => (mapping[gridIndex] = officeIndex));
    return mapping;
  }
  return tables.map(() => null);
}

/** Search text for a cell's whole content, or null where Word's search cannot find it in one piece. */
export function searchText(text: string): string | null {
  const trimmed = text.trim();
  // Word's search is limited to 255 characters and does not match across paragraphs; `^` starts its special codes.
  if (trimmed === '' || trimmed.length > 255 || /[\n\r\v]/.test(trimmed) || trimmed.includes('\u0007')) return null;
  const escaped = trimmed.replace(/\^/g, '^^').replace(/\t/g, '^t');
  return escaped.length > 255 ? null : escaped;
}
