import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'fs';
import { join } from 'path';
import { refuseDoctype } from '../hosts/ooxml/tables';
import { readSheetRows } from './xlsx-node';
import { readFirstSheetRows } from './xlsx-zip';

const EXAMPLE = join(__dirname, '..', '..', 'docs', 'examples', 'library-example.xlsx');
const parse = (xml: string) => {
  refuseDoctype(xml);
  return new DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
};
const trimEnd = (rows: string[][]) => rows.map((r) => r.join('\t').replace(/\t+$/, ''));

describe('readFirstSheetRows (the pane’s .xlsx reader)', () => {
  it('reads the example library sheet as the exceljs reader does', async () => {
    const bytes = new Uint8Array(readFileSync(EXAMPLE));
    const rows = await readFirstSheetRows(bytes, parse);
    expect(rows.length).toBeGreaterThan(3);
    expect(trimEnd(rows)).toEqual(trimEnd(await readSheetRows(bytes)));
  });

  it('throws on a file that is not a workbook', async () => {
    await expect(readFirstSheetRows(new TextEncoder().encode('not a zip'), parse)).rejects.toThrow();
  });
});
