// .xlsx -> Grid[]: one grid per worksheet (exceljs), merged ranges as spans, numbers shown as the sheet shows them.
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../../core/grid';
import { openZip } from './docx';
import { FileError } from './file-errors';

// Amount cells are numbers with a format; finance staff see `1,842,000.00`, and so must the rules.
function formatNumber(value: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\\[[^\\]]*\\]|[_*\\\\].?/g, '');
  const percent = fmt.includes('%');
  const decimals = /\.(0+)/.exec(fmt)?.[1]?.length ?? (fmt === '' || fmt === 'General' ? null : 0);
  const shown = percent ? value * 100 : value;
  const fixed = decimals === null ? String(shown) : shown.toFixed(decimals);
  const grouped = fmt.includes(',')
    ? fixed.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
    : fixed;
  return percent ? `${grouped}%` : grouped;
}

export function displayText(cell: ExcelJS.Cell): string {
  return typeof cell.value === 'number' ? formatNumber(cell.value, cell.numFmt) : (cell.text ?? '');
}

/** `B3:D5` → zero-based corners. */
function rangeOf(range: string, sheet: ExcelJS.Worksheet) {
  const [from, to = from] = range.split(':') as [string, string?];
  const a = sheet.getCell(from);
  const b = sheet.getCell(to ?? from);
  return { top: Number(a.row) - 1, left: Number(a.col) - 1, bottom: Number(b.row) - 1, right: Number(b.col) - 1 };
}

function sheetToGrid(sheet: ExcelJS.Worksheet): Grid | null {
  const rowCount = sheet.rowCount;
  const colCount = sheet.columnCount;
  if (rowCount === 0 || colCount === 0) return null;
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

export async function readXlsx(bytes: Uint8Array): Promise<Grid[]> {
  const zip = await openZip(bytes);
  if (!zip.file('xl/workbook.xml')) throw new FileError('not-office', 'no xl/workbook.xml');
  // exceljs's own XML parser is not asked to decide about DTDs: they are refused up front.
  for (const part of zip.file(/\.xml$/))
    if (/<!DOCTYPE|<!ENTITY/i.test(await part.async('string'))) throw new FileError('doctype');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new FileError('corrupt', e instanceof Error ? e.message : String(e));
  }
  return workbook.worksheets.map(sheetToGrid).filter((g): g is Grid => g !== null);
}
