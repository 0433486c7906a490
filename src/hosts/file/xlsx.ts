// .xlsx -> Grid[]: one grid per worksheet (exceljs), merged ranges as spans, numbers shown as the sheet shows them.
import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { Cell, Grid } from '../../core/grid';
import { YUAN_SIGN } from '../../core/values/money';
import { GENERAL, literalsAround, parseArea } from '../excel/sheet-grid';
import { openZip } from './docx';
import { FileError } from './file-errors';
import { MAX_GRID_CELLS, MAX_SHEET_MERGES } from './limits';

/** Excel's last column, XFD. */
const EXCEL_COLUMNS = 16_384;

// Amount cells are numbers with a format; finance staff see `1,842,000.00`, and so must the rules. A format's third
// section is for zero: 会计专用 (`_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ `) shows it as `¥ -`, and the yuan
// sign shows before every amount; the padding (`_x`) and fill (`* `) are spaces, left out here.
function formatNumber(value: number, numFmt: string | undefined): string {
  const sections = (numFmt ?? '').split(';');
  const zeroSection = value === 0 && sections.length >= 3;
  // A negative section writes the sign itself (`-#,##0.00`, or brackets: `(#,##0.00)`).
  const negativeSection = value < 0 && sections.length >= 2;
  const section = zeroSection ? sections[2]! : negativeSection ? sections[1]! : sections[0]!;
  // The sign may be bare (`¥`), quoted (`"¥"`), escaped (`\¥`) or a locale code (`[$¥-804]`).
  const currency = YUAN_SIGN.test(section) ? '¥' : '';
  const fmt = section.replace(/"[^"]*"|\[[^\]]*\]|[_*\\].?/g, '').replace(GENERAL, 'General');
  const { before, after } = literalsAround(section);
  if (zeroSection && !/[0#]/.test(fmt)) return currency + before + after;
  const percent = fmt.includes('%');
  const decimals = /\.(0+)/.exec(fmt)?.[1]?.length ?? (fmt === '' || fmt === 'General' ? null : 0);
  const shown = (percent ? value * 100 : value) * (negativeSection ? -1 : 1);
  const fixed = decimals === null ? String(shown) : shown.toFixed(decimals);
  const grouped = fmt.includes(',')
    ? fixed.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
    : fixed;
  return currency + before + (percent ? `${grouped}%` : grouped) + after;
}

/**
 * A date cell as the sheet shows it, to the day: Excel keeps a typed 2024-01-01 as a date serial with a date format
 * (exceljs reads it as a Date at UTC midnight), and the form's date rules read the text.
 */
function formatDate(date: Date, numFmt: string | undefined): string {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const fmt = numFmt ?? '';
  if (fmt.includes('年')) return fmt.includes('日') || !fmt.includes('月') ? `${y}年${m}月${d}日` : `${y}年${m}月`;
  if (fmt.includes('/')) return `${y}/${m}/${d}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A formula cell (a total summed from its parts): shown by its last computed result, and never overwritten. */
export function isFormulaCell(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula;
}

export function displayText(cell: ExcelJS.Cell): string {
  const value: unknown = isFormulaCell(cell) ? cell.result : cell.value;
  if (typeof value === 'number') return formatNumber(value, cell.numFmt);
  if (value instanceof Date) return formatDate(value, cell.numFmt);
  if (!isFormulaCell(cell)) return cell.text ?? '';
  if (value === null || value === undefined) return '';
  return typeof value === 'object' && 'error' in value ? String(value.error) : String(value);
}

/** `B3:D5` → zero-based corners. */
function rangeOf(range: string, sheet: ExcelJS.Worksheet) {
  const [from, to = from] = range.split(':') as [string, string?];
  const a = sheet.getCell(from);
  const b = sheet.getCell(to ?? from);
  return { top: Number(a.row) - 1, left: Number(a.col) - 1, bottom: Number(b.row) - 1, right: Number(b.col) - 1 };
}

function sheetToGrid(sheet: ExcelJS.Worksheet): Grid | null {
  const tooLarge = (rows: number, cols: number | string) =>
    new FileError('too-large', `${sheet.name}: ${rows} rows × ${cols} columns`);
  const rowCount = sheet.rowCount;
  // exceljs counts columns by visiting every row number up to the last one: a value in row 2·10^9 would hang it.
  if (rowCount > MAX_GRID_CELLS) throw tooLarge(rowCount, '?');
  const colCount = sheet.columnCount;
  if (rowCount === 0 || colCount === 0) return null;
  // One value in XFD1048576 makes a 17-billion-cell grid.
  if (rowCount * colCount > MAX_GRID_CELLS) throw tooLarge(rowCount, colCount);
  const covered = new Set<number>();
  const cells: Cell[] = [];
  const make = (row: number, col: number, rowSpan: number, colSpan: number): Cell => {
    const source = sheet.getCell(row + 1, col + 1);
    return {
      row,
      col,
      rowSpan,
      colSpan,
      text: displayText(source),
      ref: { sheet: sheet.name, address: source.address },
    };
  };
  for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
    const { top, left, bottom, right } = rangeOf(range, sheet);
    if (bottom >= rowCount || right >= colCount) continue;
    cells.push(make(top, left, bottom - top + 1, right - left + 1));
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) covered.add(r * colCount + c);
  }
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < colCount; c++) if (!covered.has(r * colCount + c)) cells.push(make(r, c, 1, 1));
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { id: sheet.name, rowCount, colCount, cells };
}

/**
 * Numbers exceljs turns into loops while loading, refused before it sees them: a column range of 2·10^9, a merged
 * area of the whole sheet (it makes every cell), or so many merged areas that checking each against the others hangs.
 */
function refuseHugeRanges(part: string, xml: string): void {
  for (const [, max] of xml.matchAll(/<col\b[^>]*?\bmax="(\d+)"/g))
    if (Number(max) > EXCEL_COLUMNS) throw new FileError('too-large', `${part}: column ${max}`);
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*?\bref="([^"]*)"/g)].map(([, ref]) => parseArea(ref!));
  if (merges.length > MAX_SHEET_MERGES) throw new FileError('too-large', `${part}: ${merges.length} merged areas`);
  const covered = merges.reduce((sum, a) => sum + (a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0), 0);
  if (covered > MAX_GRID_CELLS) throw new FileError('too-large', `${part}: ${covered} merged cells`);
}

export async function readXlsx(bytes: Uint8Array): Promise<Grid[]> {
  return xlsxGrids(await openZip(bytes), bytes);
}

/** The sheets of an .xlsx package, opened (`zip`) and as bytes for exceljs. */
export async function xlsxGrids(zip: JSZip, bytes: Uint8Array): Promise<Grid[]> {
  if (!zip.file('xl/workbook.xml')) throw new FileError('not-office', 'no xl/workbook.xml');
  // exceljs parses every part but images, whatever its name (it matches `xl/worksheets/sheet1.xml` unanchored, so
  // `sheet1.xml.bak` is read as sheet 1); its XML parser is not asked to decide about DTDs: they are refused here.
  for (const part of zip.file(/^(?!.*xl\/media\/)/)) {
    const xml = await part.async('string');
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new FileError('doctype');
    refuseHugeRanges(part.name, xml);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new FileError('corrupt', e instanceof Error ? e.message : String(e));
  }
  return workbook.worksheets.map(sheetToGrid).filter((g): g is Grid => g !== null);
}
