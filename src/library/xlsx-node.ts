// Node side of user libraries (the CLI's --library): reads a .json or .xlsx file and merges it over the bundled one.
import ExcelJS from 'exceljs';
import { readFile, stat } from 'fs/promises';
import { basename, extname } from 'path';
import { displayText } from '../hosts/file/xlsx';
import { bundledLibrary } from './bundled';
import type { LibraryResult } from './load';
import { mergeLibraries, parseLibraryJson } from './load';
import type { Library } from './schema';
import { libraryFromRows } from './xlsx-rows';

/** A library file is a short list; anything this big is the wrong file. */
const MAX_LIBRARY_BYTES = 10 * 1024 * 1024;

/**
 * The first worksheet's rows as display text, `rows[0]` being sheet row 1 (blank rows kept, so row numbers in
 * messages are the ones Excel shows).
 */
export async function readSheetRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(displayText(row.getCell(c)).trim());
    rows.push(cells);
  }
  return rows;
}

/** Reads a user library file (.json or .xlsx) and merges it over `base`; never throws. */
export async function loadLibraryFile(path: string, base: Library = bundledLibrary()): Promise<LibraryResult> {
  const fail = (zh: string, en: string): LibraryResult => ({ ok: false, errors: [{ path, zh, en }] });
  const ext = extname(path).toLowerCase();
  if (ext !== '.json' && ext !== '.xlsx')
    return fail('指标库文件只支持 .json 和 .xlsx。', 'A library file must be .json or .xlsx.');
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > MAX_LIBRARY_BYTES)
      return fail(
        '指标库文件超过 10 MB，不像是指标库，请检查是否选错了文件。',
        'The library file is over 10 MB: is it the right file?',
      );
    bytes = await readFile(path);
  } catch (e) {
    return fail(
      `无法读取指标库文件：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '找不到文件' : String(e)}。`,
      `Cannot read the library file: ${String(e)}.`,
    );
  }
  if (ext === '.json') {
    const user = parseLibraryJson(new TextDecoder('utf-8').decode(bytes));
    return user.ok ? mergeLibraries(base, user.library) : user;
  }
  let rows: string[][];
  try {
    rows = await readSheetRows(bytes);
  } catch (e) {
    return fail(
      `无法打开 Excel 文件（可能已损坏、加密或不是 .xlsx）：${e instanceof Error ? e.message : String(e)}。`,
      `Cannot open the workbook (damaged, encrypted or not .xlsx): ${String(e)}.`,
    );
  }
  const user = libraryFromRows(rows, { base, name: basename(path, ext) });
  return user.ok ? mergeLibraries(base, user.library) : user;
}
