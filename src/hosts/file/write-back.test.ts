import ExcelJS from 'exceljs';
import { fixXlsx } from './write-back';
import { displayText } from './xlsx';

/** Finance staff's 会计专用 format with the yuan sign: `¥ 1,842,000.00`, and `¥ -` for zero. */
const ACCOUNTING = '_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ';

async function workbookOf(amounts: Record<string, number>, numFmt = ACCOUNTING): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表1');
  for (const [address, value] of Object.entries(amounts)) {
    sheet.getCell(address).value = value;
    sheet.getCell(address).numFmt = numFmt;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function cellsOf(bytes: Uint8Array, ...addresses: string[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('表1')!;
  return addresses.map((a) => ({
    value: sheet.getCell(a).value,
    numFmt: sheet.getCell(a).numFmt,
    shown: displayText(sheet.getCell(a)),
  }));
}

describe('fixXlsx on amount cells', () => {
  it('restyles by the number format (the value stays), and puts an amount into a dash in the dash’s own format', async () => {
    const bytes = await workbookOf({ B1: 1842000, B2: 0, B3: 500 });
    expect((await cellsOf(bytes, 'B1', 'B2')).map((c) => c.shown)).toEqual(['¥1,842,000.00', '¥-']);
    const fixed = await fixXlsx(
      bytes,
      [
        { cell: { sheet: '表1', address: 'B1' }, before: '¥1,842,000.00', text: '1,842,000.00', ruleId: 'fund-format' },
        { cell: { sheet: '表1', address: 'B2' }, before: '¥-', text: '¥27,000.00', ruleId: 'fund-annual-sum' },
      ],
      new Date('2026-11-22T10:00:00Z'),
    );
    expect(fixed.result.conflicts).toEqual([]);
    expect(await cellsOf(fixed.bytes, 'B1', 'B2', 'B3')).toEqual([
      { value: 1842000, numFmt: '#,##0.00', shown: '1,842,000.00' },
      { value: 27000, numFmt: ACCOUNTING, shown: '¥27,000.00' },
      // Untouched, though loaded with the same style as the restyled one.
      { value: 500, numFmt: ACCOUNTING, shown: '¥500.00' },
    ]);
  });

  it('writes an amount into a sheet kept in 万元 as the number in 万元, the unit left to the format', async () => {
    const bytes = await workbookOf({ B1: 12.5, B2: 3, B3: 0 }, '0.00"万元";-0.00"万元";"-"');
    expect((await cellsOf(bytes, 'B1')).map((c) => c.shown)).toEqual(['12.50万元']);
    const fixed = await fixXlsx(
      bytes,
      [
        { cell: { sheet: '表1', address: 'B1' }, before: '12.50万元', text: '15.00万元', ruleId: 'fund-annual-sum' },
        // Zero shows the format's dash, with no unit to go by.
        { cell: { sheet: '表1', address: 'B3' }, before: '-', text: '2.50万元', ruleId: 'fund-annual-sum' },
      ],
      new Date('2026-11-22T10:00:00Z'),
    );
    const format = '0.00"万元";-0.00"万元";"-"';
    expect(await cellsOf(fixed.bytes, 'B1', 'B2', 'B3')).toEqual([
      { value: 15, numFmt: format, shown: '15.00万元' },
      { value: 3, numFmt: format, shown: '3.00万元' },
      { value: 2.5, numFmt: format, shown: '2.50万元' },
    ]);
  });

  it('refuses a fix to a total summed by a formula as a conflict, and keeps the formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表1');
    sheet.getCell('B1').value = { formula: 'SUM(B2:B3)', result: 296000 };
    sheet.getCell('B1').numFmt = '0';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fixed = await fixXlsx(
      bytes,
      [{ cell: { sheet: '表1', address: 'B1' }, before: '296000', text: '296,000.00', ruleId: 'fund-format' }],
      new Date('2026-11-22T10:00:00Z'),
    );
    expect(fixed.result.applied).toEqual([]);
    expect(fixed.result.conflicts).toHaveLength(1);
    const [cell] = await cellsOf(fixed.bytes, 'B1');
    expect(cell!.value).toMatchObject({ formula: 'SUM(B2:B3)' });
  });
});
