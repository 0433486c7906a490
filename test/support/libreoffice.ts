// Converts a file with headless LibreOffice, the office suite a person here opens it in, for tests of what it shows.
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

/** Writes `file` converted `to` (pdf, or a filter string) into `outDir`, with a LibreOffice profile of its own there. */
export function convertWithLibreOffice(file: string, to: string, outDir: string): void {
  const converted = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${outDir}/profile`, '--headless', '--convert-to', to, '--outdir', outDir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (converted.error)
    throw new Error(
      'LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils',
    );
  if (converted.status !== 0) throw new Error(`LibreOffice could not convert ${file}: ${converted.stderr}`);
}

/** UTF-8 CSV, every sheet to a file of its own (LibreOffice ≥ 7.2): `book-Sheet.csv`. */
const CSV_EVERY_SHEET = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Each sheet of a workbook as LibreOffice exports it to CSV (formulas as their results), by sheet name. */
export function sheetsAsCsv(workbook: string): Map<string, string> {
  const outDir = mkdtempSync(join(tmpdir(), 'jixiao-csv-'));
  convertWithLibreOffice(workbook, CSV_EVERY_SHEET, outDir);
  const prefix = `${basename(workbook).replace(/\.xlsx$/i, '')}-`;
  return new Map(
    readdirSync(outDir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.csv'))
      .sort()
      .map((f) => [f.slice(prefix.length, -'.csv'.length), readFileSync(join(outDir, f), 'utf8')]),
  );
}
