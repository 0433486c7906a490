import ExcelJS from 'exceljs';
import { displayText } from './xlsx';

const shown = (value: number, numFmt: string) => displayText({ value, numFmt } as ExcelJS.Cell);

// What finance staff see in Excel, as the rules must read it (padding and fill spaces aside).
describe('displayText of amounts', () => {
  it.each([
    ['#,##0.00', 1842000, '1,842,000.00'],
    ['0', 2880000, '2880000'],
    ['0.00%', 0.95, '95.00%'],
    // 会计专用 as Excel writes it: the sign bare, quoted, escaped or as a locale code; zero as a dash.
    ['_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', 1842000, '¥1,842,000.00'],
    ['_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', 0, '¥-'],
    ['_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ', 0, '¥-'],
    ['_ "￥"* #,##0.00_ ;_ "￥"* \\-#,##0.00_ ;_ "￥"* "-"??_ ;_ @_ ', 1842000, '¥1,842,000.00'],
    ['_ [$¥-804]* #,##0.00_ ;_ [$¥-804]* -#,##0.00_ ;_ [$¥-804]* "-"??_ ;_ @_ ', 0, '¥-'],
    ['_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', 0, '-'],
    ['#,##0.00;-#,##0.00;\\-', 0, '-'],
    ['"¥"#,##0.00', 27000, '¥27,000.00'],
    // A sheet kept in 万元, the unit in the format.
    ['0.00"万元"', 12.5, '12.50万元'],
    ['#,##0.00\\万\\元', 1215.5, '1,215.50万元'],
    ['"¥"#,##0.00"万元"', 12.5, '¥12.50万元'],
    ['0.00"万元";-0.00"万元";"-"', 0, '-'],
    // The general format, as an English and a Chinese Excel write it.
    ['General"万元"', 12.5, '12.5万元'],
    ['G/通用格式"万元"', 12.5, '12.5万元'],
    ['G/通用格式', 12.5, '12.5'],
    // Negatives by their own section, which writes the sign (brackets) itself.
    ['#,##0.00_);(#,##0.00)', -12.5, '(12.50)'],
    ['_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', -1842000, '¥-1,842,000.00'],
    ['#,##0.00', -12.5, '-12.50'],
    // A date format's words are not an amount's: the number shows bare (exceljs reads real dates as dates).
    ['yyyy"年"m"月"d"日"', 45292, '45292'],
    ['yyyy-mm-dd', 45292, '45292'],
  ])('%j shows %d as %j', (numFmt, value, expected) => {
    expect(shown(value, numFmt)).toBe(expected);
  });
});

/** One cell written by exceljs and read back from the file, as the CLI reads a workbook Excel saved. */
async function savedCell(write: (cell: ExcelJS.Cell) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  write(workbook.addWorksheet('表1').getCell('B2'));
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return displayText(loaded.getWorksheet('表1')!.getCell('B2'));
}

describe('displayText of dates and formulas, read from a saved file', () => {
  // Excel keeps a typed 2024-01-01 as a date: the form's dates must read as dates, not as a JavaScript Date's text.
  it.each([
    ['yyyy-mm-dd', '2024-01-01'],
    ['yyyy/m/d', '2024/1/1'],
    ['yyyy"年"m"月"d"日"', '2024年1月1日'],
    ['yyyy"年"m"月"', '2024年1月'],
    [undefined, '2024-01-01'],
  ])('a date formatted %j shows as %j', async (numFmt, expected) => {
    const text = await savedCell((cell) => {
      cell.value = new Date(Date.UTC(2024, 0, 1));
      if (numFmt) cell.numFmt = numFmt;
    });
    expect(text).toBe(expected);
  });

  // A total summed by a formula shows its last result in the cell's format, as the amount typed would.
  it.each([
    [{ formula: 'SUM(B3:B4)', result: 296000 }, '#,##0.00', '296,000.00'],
    [{ formula: 'B3', result: '党建经费' }, undefined, '党建经费'],
    [{ formula: '1/0', result: { error: '#DIV/0!' } }, undefined, '#DIV/0!'],
    [{ formula: 'B3' }, undefined, ''],
  ] as const)('formula %j formatted %j shows as %j', async (value, numFmt, expected) => {
    const text = await savedCell((cell) => {
      cell.value = value as ExcelJS.CellFormulaValue;
      if (numFmt) cell.numFmt = numFmt;
    });
    expect(text).toBe(expected);
  });
});
