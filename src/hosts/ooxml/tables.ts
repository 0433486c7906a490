// WordprocessingML tables -> Grid[]: the structure Office.js will not give (merges), read from OOXML.
// Shared by the .docx file host and the Word host, so it uses only the DOM interfaces: the caller parses.
import type { Cell, Grid } from '../../core/grid';
import { refKey } from '../../core/grid';
import { MAX_GRID_CELLS } from '../file/limits';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A new `w:` element with `w:` attributes, for the writers (tracked edits, comments). */
export function wElement(doc: Document, name: string, attrs: Record<string, string> = {}): Element {
  const e = doc.createElementNS(W_NS, `w:${name}`);
  for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W_NS, `w:${k}`, v);
  return e;
}

/** A `w:t` keeping its spaces, as Word writes one. */
export function wText(doc: Document, text: string): Element {
  const t = wElement(doc, 't');
  t.setAttribute('xml:space', 'preserve');
  t.textContent = text;
  return t;
}

export class OoxmlError extends Error {
  constructor(
    readonly code: 'doctype' | 'no-body' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** Paragraphs kept above a table as its preamble (title, `(2024年度)`, `申报单位名称：…`). */
const PREAMBLE_PARAGRAPHS = 4;

const isW = (node: Node, name: string): node is Element =>
  node.nodeType === 1 && (node as Element).namespaceURI === W_NS && (node as Element).localName === name;

function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) out.push(n);
  return out;
}

function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) return n;
  return undefined;
}

const intVal = (el: Element | undefined, fallback: number) => {
  const v = el?.getAttributeNS(W_NS, 'val') ?? el?.getAttribute('w:val');
  const n = v ? Number.parseInt(v, 10) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * Text of a paragraph as Word shows it: tracked insertions count, deletions and moved-away text do not;
 * tabs and breaks become characters; nested tables are read as tables of their own, not as text.
 */
function paragraphText(p: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (el.namespaceURI !== W_NS) {
        walk(el); // w14/mc wrappers (e.g. content-control checkboxes) hold ordinary runs
        continue;
      }
      switch (el.localName) {
        case 't':
          text += el.textContent ?? '';
          break;
        case 'tab':
          text += '\t';
          break;
        case 'br':
        case 'cr':
          text += '\n';
          break;
        case 'del':
        case 'moveFrom':
        case 'delText':
        case 'instrText':
        case 'rPr':
        case 'pPr':
          break;
        default:
          walk(el);
      }
    }
  };
  walk(p);
  return text;
}

/** A cell's text: its paragraphs joined by line breaks, nested tables left out. */
export function cellText(tc: Element): string {
  return children(tc, 'p')
    .concat(children(tc, 'sdt').flatMap((sdt) => children(child(sdt, 'sdtContent') ?? sdt, 'p')))
    .map(paragraphText)
    .join('\n')
    .trimEnd(); // not /\s+$/: V8 backtracks that over every whitespace run, quadratic in the run's length
}

/** A Cell while its table is being read: vertical merges grow its rowSpan. */
type Building = { -readonly [K in keyof Cell]: Cell[K] };

interface RawCell {
  element: Element;
  col: number;
  span: number;
  /** 'restart' opens a vertical merge, 'continue' extends the one above, null for an ordinary cell. */
  vMerge: 'restart' | 'continue' | null;
  text: string;
}

/** The cells of a row with their grid columns; `w:gridBefore` skips leading grid columns. */
function rowCells(tr: Element): RawCell[] {
  const trPr = child(tr, 'trPr');
  let col = trPr ? intVal(child(trPr, 'gridBefore'), 0) : 0;
  const cells: RawCell[] = [];
  const tcs = children(tr, 'tc').concat(
    children(tr, 'sdt').flatMap((sdt) => children(child(sdt, 'sdtContent') ?? sdt, 'tc')),
  );
  for (const tc of tcs) {
    const tcPr = child(tc, 'tcPr');
    const span = intVal(child(tcPr, 'gridSpan'), 1);
    const vm = child(tcPr, 'vMerge');
    const val = vm ? (vm.getAttributeNS(W_NS, 'val') ?? vm.getAttribute('w:val')) : null;
    cells.push({
      element: tc,
      col,
      span,
      vMerge: vm ? (val === 'restart' ? 'restart' : 'continue') : null,
      text: cellText(tc),
    });
    col += span;
  }
  return cells;
}

function tableToGrid(tbl: Element, table: number, preamble: string[], elements: Map<string, Element>): Grid {
  const rows = children(tbl, 'tr').map(rowCells);
  const declared = children(child(tbl, 'tblGrid') ?? tbl, 'gridCol').length;
  const colCount = rows.reduce((max, r) => r.reduce((end, c) => Math.max(end, c.col + c.span), max), declared);
  // A gridSpan or gridBefore of 10^9 (a few bytes of XML) must not become 10^9 empty cells.
  if (rows.length * colCount > MAX_GRID_CELLS)
    throw new OoxmlError('too-large', `table ${table + 1}: ${rows.length} rows × ${colCount} columns`);
  const cells: Building[] = [];
  // The open vertical merge per grid column: continuation cells extend it instead of starting a cell.
  const open = new Map<number, Building>();
  rows.forEach((row, r) => {
    for (const raw of row) {
      const above = open.get(raw.col);
      if (raw.vMerge === 'continue' && above && above.colSpan === raw.span && above.row + above.rowSpan === r) {
        above.rowSpan += 1;
        continue;
      }
      const cell: Building = {
        row: r,
        col: raw.col,
        rowSpan: 1,
        colSpan: raw.span,
        text: raw.text,
        ref: { table, row: r, col: raw.col },
      };
      cells.push(cell);
      open.set(raw.col, cell);
      elements.set(refKey(cell.ref), raw.element);
    }
  });
  fillGaps(cells, rows.length, colCount, table);
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { id: `table-${table}`, ...(preamble.length ? { preamble } : {}), rowCount: rows.length, colCount, cells };
}

/** Short rows (fewer cells than the grid, `w:gridAfter`) get empty cells so every position is covered. */
function fillGaps(cells: Building[], rowCount: number, colCount: number, table: number): void {
  const covered = new Set<number>();
  for (const c of cells)
    for (let r = c.row; r < c.row + c.rowSpan; r++)
      for (let k = c.col; k < c.col + c.colSpan; k++) covered.add(r * colCount + k);
  for (let r = 0; r < rowCount; r++)
    for (let k = 0; k < colCount; k++)
      if (!covered.has(r * colCount + k))
        cells.push({ row: r, col: k, rowSpan: 1, colSpan: 1, text: '', ref: { table, row: r, col: k } });
}

/** Refuses DTDs before any parser sees them: entity expansion is never wanted in a form. */
export function refuseDoctype(xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw new OoxmlError('doctype', 'XML with a DOCTYPE or entity declarations is refused');
}

/**
 * Every table of a document body, in document order (a nested table follows the table that holds it);
 * `table` numbers in the refs are that order. Accepts a parsed `word/document.xml` or the flat OPC package
 * that Word's `getOoxml()` returns.
 */
export function readTables(doc: Document): Grid[] {
  return readTableCells(doc).grids;
}

/** The tables as grids, and the `w:tc` element behind every cell (by `refKey`), for writing back. */
export function readTableCells(doc: Document): { grids: Grid[]; elements: Map<string, Element> } {
  const body = doc.getElementsByTagNameNS(W_NS, 'body')[0];
  if (!body) throw new OoxmlError('no-body', 'no w:body in this XML: not a WordprocessingML document');
  const grids: Grid[] = [];
  const elements = new Map<string, Element>();
  const visit = (container: Element, paragraphs: string[]) => {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (isW(n, 'p')) {
        const text = paragraphText(n).trim();
        if (text) paragraphs.push(text);
      } else if (isW(n, 'tbl')) {
        const index = grids.length;
        grids.push(tableToGrid(n, index, paragraphs.splice(0).slice(-PREAMBLE_PARAGRAPHS), elements));
        for (const tr of children(n, 'tr')) for (const tc of children(tr, 'tc')) visit(tc, []);
      } else if (isW(n, 'sdt')) {
        visit(child(n, 'sdtContent') ?? n, paragraphs);
      }
    }
  };
  visit(body, []);
  return { grids, elements };
}
