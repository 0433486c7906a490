// The floor any reader of these files pays: unzip a .docx's document.xml (jszip) or load a .xlsx (exceljs), nothing
// more. Imported by bench/cli.mjs; run as `node bench/bare-load.mjs DIR` it loads every file under DIR once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export async function bareLoad(path) {
  const bytes = readFileSync(path);
  if (path.endsWith('.docx')) await (await JSZip.loadAsync(bytes)).file('word/document.xml').async('string');
  else await new ExcelJS.Workbook().xlsx.load(bytes);
}

export const officeFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => /\.(docx|xlsx)$/.test(f))
    .sort()
    .map((f) => join(dir, f));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const path of officeFiles(process.argv[2])) await bareLoad(path);
}
