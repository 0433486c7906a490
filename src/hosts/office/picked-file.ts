// A .docx or .xlsx the person picks in the pane (last year's form), read into grids in the browser: fflate and the
// DOM parser only, as the pane's library import does. Amounts come as stored (1842000, not 1,842,000.00): enough to
// compare with, not to check its formatting.
import { strFromU8, unzipSync } from 'fflate';
import type { Grid } from '../../core/grid';
import { elements, position, runText } from '../../library/xlsx-zip';
import type { ParseXml } from '../../library/xlsx-zip';
import type { Area } from '../excel/sheet-grid';
import { cellAddress, parseArea, sheetGrid } from '../excel/sheet-grid';
import { MAX_FILE_BYTES, MAX_GRID_CELLS, MAX_PART_BYTES, MAX_SHEET_MERGES } from '../file/limits';
import { readTables } from '../ooxml/tables';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export class PickedFileError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    // Told apart by name in the pane, which loads this module on demand and so holds no class to test against.
    this.name = 'PickedFileError';
  }
}

type Entries = Readonly<Record<string, Uint8Array>>;

/** Unpacks the wanted parts; a part that says it unpacks to more than a form could hold is not unpacked at all. */
function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Entries {
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES)
          throw new PickedFileError('文件中的内容过大', 'a part of the file is too large');
        return true;
      },
    });
  } catch (e) {
    if (e instanceof PickedFileError) throw e;
    throw new PickedFileError('文件已损坏或不是 Office 文档', 'the file is damaged or not an Office document');
  }
}

const text = (entries: Entries, path: string) => (entries[path] ? strFromU8(entries[path]) : undefined);

function readDocxGrids(bytes: Uint8Array, parse: ParseXml): Grid[] {
  const xml = text(
    unzip(bytes, (name) => name === 'word/document.xml'),
    'word/document.xml',
  );
  if (xml === undefined) throw new PickedFileError('不是 Word 文档（没有正文）', 'not a Word document (no body)');
  return readTables(parse(xml));
}

/** Every sheet in workbook order, with the path of its XML part. */
function sheetParts(entries: Entries, parse: ParseXml): { name: string; path: string }[] {
  const workbook = text(entries, 'xl/workbook.xml');
  const rels = text(entries, 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new PickedFileError('不是 Excel 工作簿', 'not an Excel workbook');
  const targets = new Map(
    Array.from(parse(rels).getElementsByTagName('Relationship')).map((r) => [
      r.getAttribute('Id'),
      r.getAttribute('Target') ?? '',
    ]),
  );
  return elements(parse(workbook), 'sheet').flatMap((sheet) => {
    const target = targets.get(sheet.getAttributeNS(REL_NS, 'id'));
    if (!target) return [];
    return [
      { name: sheet.getAttribute('name') ?? '', path: target.startsWith('/') ? target.slice(1) : `xl/${target}` },
    ];
  });
}

function sheetToGrid(name: string, doc: Document, shared: readonly string[]): Grid | null {
  const rows: string[][] = [];
  let cellCount = 0;
  for (const c of elements(doc, 'c')) {
    const at = position(c.getAttribute('r') ?? '');
    if (!at || ++cellCount > MAX_GRID_CELLS) continue;
    const type = c.getAttribute('t');
    const value = elements(c, 'v')[0]?.textContent ?? '';
    const shown = type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? runText(c) : value;
    const [row, col] = at;
    if (row >= MAX_GRID_CELLS || col >= MAX_GRID_CELLS) continue;
    while (rows.length <= row) rows.push([]);
    rows[row]![col] = shown;
  }
  const merged = elements(doc, 'mergeCell')
    .slice(0, MAX_SHEET_MERGES)
    .map((m) => parseArea(m.getAttribute('ref') ?? ''))
    .filter((a): a is Area => a !== null);
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || width === 0 || rows.length * width > MAX_GRID_CELLS) return null;
  const textRows = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  return sheetGrid(name, { address: `A1:${cellAddress(rows.length - 1, width - 1)}`, text: textRows }, merged);
}

function readXlsxGrids(bytes: Uint8Array, parse: ParseXml): Grid[] {
  const entries = unzip(
    bytes,
    (name) =>
      name === 'xl/workbook.xml' ||
      name === 'xl/_rels/workbook.xml.rels' ||
      name === 'xl/sharedStrings.xml' ||
      name.startsWith('xl/worksheets/'),
  );
  const sharedXml = text(entries, 'xl/sharedStrings.xml');
  const shared = sharedXml ? elements(parse(sharedXml), 'si').map(runText) : [];
  return sheetParts(entries, parse).flatMap(({ name, path }) => {
    const xml = text(entries, path);
    const grid = xml === undefined ? null : sheetToGrid(name, parse(xml), shared);
    return grid ? [grid] : [];
  });
}

/** The grids of a picked .docx or .xlsx; throws a PickedFileError, in words for the person, when it cannot. */
export function readPickedDocument(name: string, bytes: Uint8Array, parse: ParseXml): Grid[] {
  if (bytes.length > MAX_FILE_BYTES)
    throw new PickedFileError('文件超过 20 MB，不像是申报表', 'the file is over 20 MB: not a form');
  const kind = /\.(docx|xlsx)$/i.exec(name)?.[1]?.toLowerCase();
  if (!kind) throw new PickedFileError('请选择 .docx 或 .xlsx 文件', 'choose a .docx or .xlsx file');
  try {
    return kind === 'docx' ? readDocxGrids(bytes, parse) : readXlsxGrids(bytes, parse);
  } catch (e) {
    if (e instanceof PickedFileError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new PickedFileError(`文件无法读取：${detail}`, `the file cannot be read: ${detail}`);
  }
}
