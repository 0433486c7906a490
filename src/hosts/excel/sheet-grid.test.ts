import fc from 'fast-check';
import type { Area } from './sheet-grid';
import {
  amountFormat,
  amountValue,
  restylesAmount,
  cellAddress,
  columnName,
  excelRowLayout,
  literalText,
  parseArea,
  sheetGrid,
} from './sheet-grid';

describe('addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (index, name) => {
    expect(columnName(index)).toBe(name);
  });

  it('reads back every address it writes', () => {
    fc.assert(
      fc.property(fc.nat(1048575), fc.nat(16383), (row, col) => {
        expect(parseArea(cellAddress(row, col))).toEqual({ top: row, left: col, bottom: row, right: col });
      }),
    );
  });

  it.each([
    ['Sheet1!B2:D5', { top: 1, left: 1, bottom: 4, right: 3 }],
    ["'My sheet'!$C$3", { top: 2, left: 2, bottom: 2, right: 2 }],
    ['表1!A1:A2', { top: 0, left: 0, bottom: 1, right: 0 }],
    ['D5:B2', { top: 1, left: 1, bottom: 4, right: 3 }],
    ['5:6', null],
    ['', null],
  ])('%s', (address, area) => {
    expect(parseArea(address)).toEqual(area);
  });
});

describe('sheetGrid', () => {
  it('starts at A1 whatever the used range, so grid positions are sheet positions', () => {
    const grid = sheetGrid(
      '表1',
      {
        address: '表1!B2:C3',
        text: [
          ['项目名称', '甲'],
          ['金额', '1,000.00'],
        ],
      },
      [],
    )!;
    expect([grid.rowCount, grid.colCount]).toEqual([3, 3]);
    expect(grid.cells.find((c) => c.text === '1,000.00')).toMatchObject({
      row: 2,
      col: 2,
      ref: { sheet: '表1', address: 'C3' },
    });
    expect(grid.cells.filter((c) => c.text === '')).toHaveLength(5);
  });

  it('spans merged areas and widens the grid to cover those touching the used range', () => {
    const areas: Area[] = [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 20, left: 0, bottom: 21, right: 0 },
    ];
    const grid = sheetGrid(
      's',
      {
        address: 's!A1:B3',
        text: [
          ['标题', ''],
          ['产出指标', '数量'],
          ['', '质量'],
        ],
      },
      areas,
    )!;
    expect([grid.rowCount, grid.colCount]).toEqual([4, 4]);
    expect(
      grid.cells
        .filter((c) => c.rowSpan > 1 || c.colSpan > 1)
        .map((c) => [c.ref.address, c.rowSpan, c.colSpan, c.text]),
    ).toEqual([
      ['A1', 1, 4, '标题'],
      ['A2', 3, 1, '产出指标'],
    ]);
  });

  it.each([
    ['no used range', null],
    ['below ExcelApi 1.4, an empty sheet answers A1 holding nothing', { address: 's!A1', text: [['']] }],
  ])('gives no grid for an empty sheet: %s', (_why, used) => {
    expect(sheetGrid('s', used, [])).toBeNull();
  });
});

describe('literalText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+5', "'+5"],
    ['-', "'-"],
    ['@x', "'@x"],
    ['1,842,000.00', "'1,842,000.00"],
    ['90%', "'90%"],
    ['2024-01-01', "'2024-01-01"],
    ['2024年1月1日', "'2024年1月1日"],
    ['TRUE', "'TRUE"],
    ["'quoted", "''quoted"],
  ])('protects %j from being read as a formula, number, date or flag', (text, stored) => {
    expect(literalText(text)).toBe(stored);
  });

  it.each(['≥90(%)', '按期完成', '培训人次', '12月底前', ''])('leaves %j as it is', (text) => {
    expect(literalText(text)).toBe(text);
  });
});

describe('amounts', () => {
  it.each([
    ['1,842,000.00', 1842000, '#,##0.00'],
    ['１８４２０００', 1842000, '0'],
    ['-5.5', -5.5, '0.0'],
    ['12万元', null, '0"万元"'],
  ])('%s', (text, value, format) => {
    expect(amountValue(text)).toBe(value);
    expect(amountFormat(text)).toBe(format);
  });

  it('takes words after the number for the format’s when the cell shows them already (a sheet kept in 万元)', () => {
    expect(amountValue('15.00万元', '12.50万元')).toBe(15);
    expect(amountValue('¥15.00万元', '¥ 12.50万元')).toBe(15);
    expect(amountValue('15.00万元', '12.50')).toBeNull();
    expect(amountValue('15.00万元', '12.50元')).toBeNull();
    expect(amountFormat('1,215.50万元')).toBe('#,##0.00"万元"');
  });

  it('takes them for the format’s where the cell shows a dash for zero but its format writes them', () => {
    expect(amountValue('30.00万元', '-', '0.00"万元";-0.00"万元";"-"')).toBe(30);
    expect(amountValue('30.00万元', '¥-', '_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ')).toBeNull();
  });

  it('never writes a percentage as its number: 90% is 0.9, so it is written as text', () => {
    expect(amountValue('90%', '75%', '0%')).toBeNull();
    expect(amountValue('90‰', '75‰')).toBeNull();
  });

  it('restyles by the decimals before the words', () => {
    expect(restylesAmount('12.5万元', '12.50万元')).toBe(true);
    expect(restylesAmount('12.50万元', '15.00万元')).toBe(false);
    // The amount in 元 into a cell whose format shows 万元: the format goes, or 125000 would read 125000.00万元.
    expect(restylesAmount('12.50万元', '125000.00')).toBe(true);
  });
});

describe('excelRowLayout', () => {
  const level1 = { top: 3, left: 0, bottom: 8, right: 0 };
  const level2 = { top: 3, left: 1, bottom: 5, right: 1 };
  const name = { top: 5, left: 2, bottom: 5, right: 3 };
  const row = (col: number, text: string) => ({ col, text });

  it('grows the blocks crossing the row over the new rows and repeats its horizontal merges', () => {
    const layout = excelRowLayout([level1, level2, name], { top: 5, left: 2, bottom: 5, right: 2 }, [
      [row(2, '新指标'), row(4, '≥1(次)')],
      [row(2, '另一个'), row(4, '≥2(次)')],
    ])!;
    expect(layout.template).toBe(5);
    expect(layout.merges).toEqual([
      { ...level1, bottom: 10 },
      { ...level2, bottom: 7 },
      { top: 6, bottom: 6, left: 2, right: 3 },
      { top: 7, bottom: 7, left: 2, right: 3 },
    ]);
    expect(layout.texts).toEqual([
      { row: 6, col: 2, text: '新指标' },
      { row: 6, col: 4, text: '≥1(次)' },
      { row: 7, col: 2, text: '另一个' },
      { row: 7, col: 4, text: '≥2(次)' },
    ]);
  });

  it('goes below the whole merged area of the cell it follows, and leaves a block that gets text', () => {
    const layout = excelRowLayout([level1, level2], { top: 3, left: 1, bottom: 3, right: 1 }, [[row(1, '新二级')]])!;
    expect(layout.template).toBe(5);
    expect(layout.merges).toEqual([{ ...level1, bottom: 9 }]);
  });

  it('refuses rows that would fall inside a merged area whose column they fill', () => {
    expect(excelRowLayout([level1], { top: 4, left: 2, bottom: 4, right: 2 }, [[row(0, '新一级')]])).toBeNull();
  });
});
