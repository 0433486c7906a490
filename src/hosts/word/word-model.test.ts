import fc from 'fast-check';
import { indexGrid, refKey } from '../../core/grid';
import { parseGridText } from '../../core/grid-text';
import { documentXml } from '../../../test/support/office-files';
import { gridArbitrary } from '../../../test/support/fake-office/random-grids';
import { parseXml } from '../file/docx';
import type { OfficeTable, WordTable } from './word-model';
import { crossCheck, matchTables, readWordDocument, searchText, visibleText } from './word-model';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const wrap = (body: string) => `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

const FORM = parseGridText(
  [
    '一级指标 | 二级指标 | 三级指标 | 指标值',
    '产出指标 | 数量指标 | 培训人次 | ≥100(人次)',
    '^ | ^ | 培训场次 | ≥4(次)',
    '^ | 质量指标 | 合格率 | ≥95(%)',
    '效益指标 | 满意度 < | < | ≥90(%)',
  ].join('\n'),
);

/** What Word would report for a table that agrees with its OOXML. */
const reportOf = (table: WordTable): OfficeTable => ({
  rowCount: table.rows.length,
  nestingLevel: table.nestingLevel,
  cellCounts: table.rows.map((r) => r.length),
  values: table.rows.map((r) => r.map((c) => (c.starts ? c.text.replace(/\n/g, '\r') : ''))),
});

describe('readWordDocument', () => {
  it('addresses every grid cell by its row and its index IN THE ROW, as Table.getCell wants', () => {
    fc.assert(
      fc.property(gridArbitrary(), (grid) => {
        const [table] = readWordDocument(parseXml(documentXml([grid]))).tables;
        const index = indexGrid(grid);
        for (const cell of grid.cells) {
          const physical = table!.cells.get(refKey(cell.ref))!;
          // One w:tc per distinct cell covering a row, vertical continuations included.
          expect(physical.cellIndex).toBe(index.slots(cell.row).findIndex((s) => s.cell === cell));
          expect(physical.rowIndex).toBe(cell.row);
          expect(table!.rows[physical.rowIndex]![physical.cellIndex]).toBe(physical);
        }
        expect(table!.rows.map((r) => r.length)).toEqual(
          Array.from({ length: grid.rowCount }, (_, r) => index.slots(r).length),
        );
      }),
    );
  });

  it('knows which w:tc continue a vertical merge and which cell they belong to', () => {
    const [table] = readWordDocument(parseXml(documentXml(FORM))).tables;
    const row2 = table!.rows[2]!.map((c) => [c.cellIndex, c.col, c.starts, c.cell?.text]);
    expect(row2).toEqual([
      [0, 0, false, '产出指标'],
      [1, 1, false, '数量指标'],
      [2, 2, true, '培训场次'],
      [3, 3, true, '≥4(次)'],
    ]);
    expect(table!.rows[4]!.map((c) => [c.cellIndex, c.col, c.span])).toEqual([
      [0, 0, 1],
      [1, 1, 2],
      [2, 3, 1],
    ]);
  });

  it('gives nested tables their nesting level and counts w:gridBefore', () => {
    const nested = wrap(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>' +
        '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
    const { tables } = readWordDocument(parseXml(nested));
    expect(tables.map((t) => t.nestingLevel)).toEqual([1, 2, 1]);
    expect(tables[2]!.rows[0]!.map((c) => [c.cellIndex, c.col])).toEqual([[0, 1]]);
  });
});

describe('crossCheck', () => {
  const table = () => readWordDocument(parseXml(documentXml(FORM))).tables[0]!;

  it('agrees with a report that matches, whatever Word puts in the merged placeholders', () => {
    const report = reportOf(table());
    expect(crossCheck(table(), report)).toBeNull();
    const noisy = { ...report, values: report.values.map((r) => r.map((v) => (v ? `${v}\r\u0007` : '产出指标'))) };
    expect(crossCheck(table(), noisy)).toBeNull();
  });

  it.each([
    ['rows', (r: OfficeTable) => ({ ...r, rowCount: r.rowCount + 1 }), /行数/],
    [
      'cells in a row',
      (r: OfficeTable) => ({ ...r, cellCounts: r.cellCounts.map((n, i) => (i === 2 ? n - 1 : n)) }),
      /第 3 行/,
    ],
    ['nesting', (r: OfficeTable) => ({ ...r, nestingLevel: 2 }), /嵌套/],
    [
      'text',
      (r: OfficeTable) => ({ ...r, values: r.values.map((row) => row.map((v) => v.replace('培训场次', '培训天数'))) }),
      /第 3 行第 3 个/,
    ],
  ])('disagrees when Word reports other %s', (_what, change, message) => {
    expect(crossCheck(table(), change(reportOf(table())))?.zh).toMatch(message);
  });

  it('does not compare cells with tracked changes or symbols, whose text Word reports differently', () => {
    const xml = wrap(
      '<w:tbl><w:tr>' +
        '<w:tc><w:p><w:del w:id="1" w:author="a"><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>新</w:t></w:r></w:ins></w:p></w:tc>' +
        '<w:tc><w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t>是</w:t></w:r></w:p></w:tc>' +
        '</w:tr></w:tbl>',
    );
    const [t] = readWordDocument(parseXml(xml)).tables;
    expect(t!.rows[0]!.map((c) => [c.text, c.revised, c.symbols])).toEqual([
      ['新', true, false],
      ['是', false, true],
    ]);
    expect(
      crossCheck(t!, { rowCount: 1, nestingLevel: 1, cellCounts: [2], values: [['旧新', '\uf0fe是']] }),
    ).toBeNull();
  });
});

describe('matchTables', () => {
  const levels = (...l: number[]) => l.map((nestingLevel) => ({ nestingLevel }) as WordTable);

  it.each([
    ['every table listed', levels(1, 2, 1), [1, 2, 1], [0, 1, 2]],
    ['top-level tables only', levels(1, 2, 1), [1, 1], [0, null, 1]],
    ['anything else', levels(1, 1), [1], [null, null]],
    ['no tables', levels(), [], []],
  ])('%s', (_name, tables, office, expected) => {
    expect(
      matchTables(
        tables,
        office.map((nestingLevel) => ({ nestingLevel })),
      ),
    ).toEqual(expected);
  });
});

describe('searchText', () => {
  it.each([
    ['a whole cell', '≥90(%)', '≥90(%)'],
    ['trimmed', '  按期完成 ', '按期完成'],
    ["^ escaped (it starts Word's special codes)", 'a^b', 'a^^b'],
    ['a tab as ^t', '名称\t值', '名称^t值'],
    ['nothing for an empty cell', '', null],
    ['nothing across paragraphs', '第一行\n第二行', null],
    ['nothing over 255 characters', 'x'.repeat(256), null],
    ['nothing when escaping makes it too long', '^'.repeat(128), null],
  ])('%s', (_what, text, expected) => {
    expect(searchText(text)).toBe(expected);
  });
});

describe('visibleText', () => {
  it('drops paragraph marks, cell markers and spaces Word adds', () => {
    expect(visibleText('≥90 (%)\r\u0007\u000b\u00a0')).toBe('≥90(%)');
  });
});
