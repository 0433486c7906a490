// An organisation's library file read in the pane: JSON in the bundled format, or an .xlsx with one row per indicator.
import { browserXmlParser } from '../hosts/office/xml';
import type { LibraryResult } from '../library/load';
import { parseLibraryJson } from '../library/load';
import type { Library } from '../library/schema';
import { libraryFromRows } from '../library/xlsx-rows';
import { readFirstSheetRows } from '../library/xlsx-zip';

/** A library is a short list; anything this big is the wrong file (and would be unpacked in the pane's memory). */
const MAX_LIBRARY_BYTES = 10 * 1024 * 1024;

/** A file picked or fetched: its size is known before its bytes are read. */
export interface SizedFile {
  readonly name: string;
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

/** The organisation's own library, checked (not yet merged); `base` gives the types an .xlsx row may name. */
export async function readLibraryFile(file: SizedFile, base: Library): Promise<LibraryResult> {
  const { name } = file;
  const fail = (zh: string, en: string): LibraryResult => ({ ok: false, errors: [{ path: name, zh, en }] });
  if (file.size > MAX_LIBRARY_BYTES)
    return fail(
      '文件超过 10 MB，不像是指标库，请检查是否选错了文件。',
      'The file is over 10 MB: is it the right file?',
    );
  const bytes = await file.bytes();
  if (!/\.xlsx$/i.test(name)) return parseLibraryJson(new TextDecoder('utf-8').decode(bytes));
  try {
    return libraryFromRows(await readFirstSheetRows(bytes, browserXmlParser()), { base, name });
  } catch (error) {
    return fail(
      `无法读取该 Excel 文件（${String(error)}）：请用 Excel 另存为 .xlsx 后再导入。`,
      `Cannot read this Excel file (${String(error)}): save it as .xlsx in Excel and import again.`,
    );
  }
}
