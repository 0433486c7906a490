// The first worksheet of an .xlsx as rows of text, with fflate and a DOM parser only — the task pane's .xlsx library
// import (the CLI uses exceljs, too large for the pane; jszip carries a `new Function` polyfill the pane's CSP
// forbids). Values as stored: numbers unformatted, shared and inline strings resolved; enough for a library sheet,
// whose cells are words and targets typed as text.
import { strFromU8, unzipSync } from 'fflate';

export type ParseXml = (xml: string) => Document;

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const elements = (node: Document | Element, name: string) =>
  Array.from(node.getElementsByTagNameNS(SHEET_NS, name));

/** `B12` → [11, 1]. */
export function position(ref: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

/** Text of an element's `<t>` descendants (rich text runs included). */
export const runText = (el: Element) =>
  elements(el, 't')
    .map((t) => t.textContent ?? '')
    .join('');

type Entries = Readonly<Record<string, Uint8Array>>;

const entryText = (entries: Entries, path: string) => {
  const bytes = entries[path];
  return bytes ? strFromU8(bytes) : undefined;
};

function firstSheetPath(entries: Entries, parse: ParseXml): string | null {
  const workbook = entryText(entries, 'xl/workbook.xml');
  const rels = entryText(entries, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const sheet = elements(parse(workbook), 'sheet')[0];
  const id = sheet?.getAttributeNS(REL_NS, 'id');
  const target = Array.from(parse(rels).getElementsByTagName('Relationship'))
    .find((r) => r.getAttribute('Id') === id)
    ?.getAttribute('Target');
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** `rows[0]` is sheet row 1; blank rows are kept so row numbers in messages match Excel's. Throws on a bad file. */
export async function readFirstSheetRows(bytes: Uint8Array, parse: ParseXml): Promise<string[][]> {
  // A library sheet is small; the pane only unpacks the three parts it reads.
  const wanted = (name: string) =>
    name === 'xl/workbook.xml' ||
    name.startsWith('xl/_rels/') ||
    name.startsWith('xl/worksheets/') ||
    name === 'xl/sharedStrings.xml';
  const entries = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  const path = firstSheetPath(entries, parse);
  const sheetXml = path ? entryText(entries, path) : undefined;
  if (!sheetXml) throw new Error('no worksheet in this file');
  const sharedXml = entryText(entries, 'xl/sharedStrings.xml');
  const shared = sharedXml ? elements(parse(sharedXml), 'si').map(runText) : [];
  const rows: string[][] = [];
  for (const c of elements(parse(sheetXml), 'c')) {
    const at = position(c.getAttribute('r') ?? '');
    if (!at) continue;
    const type = c.getAttribute('t');
    const value = elements(c, 'v')[0]?.textContent ?? '';
    const text =
      type === 's'
        ? (shared[Number(value)] ?? '')
        : type === 'inlineStr'
          ? runText(c)
          : type === 'b'
            ? value === '1'
              ? 'TRUE'
              : 'FALSE'
            : value;
    const [row, col] = at;
    while (rows.length <= row) rows.push([]);
    const cells = rows[row]!;
    while (cells.length < col) cells.push('');
    cells[col] = text.trim();
  }
  return rows;
}
