import { formatGridText, parseGridText } from './grid-text';
import { GridInsertError, insertGridRows, movedByInsert } from './grid-insert';
import { refKey } from './grid';
import type { Grid } from './grid';

const grid = (text: string): Grid => parseGridText(text)[0]!;
const ref = (row: number, col: number) => ({ table: 0, row, col });

// 一级 | 二级 | 三级 | 指标值, with 产出指标 over three rows and 数量指标 over two.
const BLOCKS = grid(`=== t
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 培训人次 | ≥100(人次)
^ | ^ | 培训班次 | ≥4(次)
^ | 质量指标 | 合格率 | ≥95(%)
效益指标 | 社会效益指标 | 知晓率 | ≥80(%)`);

describe('insertGridRows', () => {
  it('extends the merged 一级/二级 cells that end on the row, and shifts the rows below', () => {
    const out = insertGridRows(BLOCKS, {
      after: ref(2, 2),
      before: '培训班次',
      rows: [
        [
          { col: 2, text: '培训天数' },
          { col: 3, text: '≥5(天)' },
        ],
      ],
    });
    expect(formatGridText([out])).toBe(`=== t
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 培训人次 | ≥100(人次)
^ | ^ | 培训班次 | ≥4(次)
^ | ^ | 培训天数 | ≥5(天)
^ | 质量指标 | 合格率 | ≥95(%)
效益指标 | 社会效益指标 | 知晓率 | ≥80(%)`);
    const moved = out.cells.find((c) => c.text === '知晓率')!;
    expect([moved.row, moved.ref]).toEqual([5, { table: 0, row: 5, col: 2 }]);
  });

  it('starts a new 二级 inside a 一级 block when the row gives that column a text', () => {
    const out = insertGridRows(BLOCKS, {
      after: ref(3, 2),
      before: '合格率',
      rows: [
        [
          { col: 1, text: '时效指标' },
          { col: 2, text: '完成及时率' },
          { col: 3, text: '=100(%)' },
        ],
      ],
    });
    expect(formatGridText([out]).split('\n').slice(5, 7)).toEqual([
      '^ | 时效指标 | 完成及时率 | =100(%)',
      '效益指标 | 社会效益指标 | 知晓率 | ≥80(%)',
    ]);
  });

  it('copies the shape of the row above: a value spanning two columns stays two wide', () => {
    const wide = grid(`=== w
三级指标 | 指标值 | <
人次 | ≥1(人次) | <`);
    const out = insertGridRows(wide, {
      after: ref(1, 0),
      before: '人次',
      rows: [
        [
          { col: 0, text: '班次' },
          { col: 1, text: '≥2(次)' },
        ],
      ],
    });
    expect(formatGridText([out]).trim().split('\n').pop()).toBe('班次 | ≥2(次) | <');
  });

  it('refuses sheet-addressed grids, whose addresses it cannot rename', () => {
    const sheet: Grid = {
      ...BLOCKS,
      cells: BLOCKS.cells.map((c) => ({ ...c, ref: { sheet: '表1', address: `${'ABCD'[c.col]}${c.row + 1}` } })),
    };
    expect(() =>
      insertGridRows(sheet, { after: { sheet: '表1', address: 'C3' }, before: '培训班次', rows: [[]] }),
    ).toThrow(GridInsertError);
  });

  it('refuses a row that is not in the table', () => {
    expect(() => insertGridRows(BLOCKS, { after: ref(9, 0), before: '', rows: [[]] })).toThrow(GridInsertError);
  });
});

describe('movedByInsert', () => {
  const insert = { after: ref(2, 2), before: '培训班次', rows: [[{ col: 2, text: '培训天数' }]] };

  it('maps each cell below the new row to its new ref, and leaves the cells above and the grown labels out', () => {
    const moved = movedByInsert(BLOCKS, insertGridRows(BLOCKS, insert), insert)!;
    expect(Object.fromEntries([...moved].map(([from, to]) => [from, refKey(to)]))).toEqual({
      'col=0;row=4;table=0': 'col=0;row=5;table=0',
      'col=1;row=3;table=0': 'col=1;row=4;table=0',
      'col=2;row=3;table=0': 'col=2;row=4;table=0',
      'col=3;row=3;table=0': 'col=3;row=4;table=0',
      'col=1;row=4;table=0': 'col=1;row=5;table=0',
      'col=2;row=4;table=0': 'col=2;row=5;table=0',
      'col=3;row=4;table=0': 'col=3;row=5;table=0',
    });
  });

  it('says nothing moved where when the table read back is not the one with the new rows', () => {
    expect(movedByInsert(BLOCKS, BLOCKS, insert)).toBeNull();
    expect(movedByInsert(BLOCKS, insertGridRows(BLOCKS, insert), { ...insert, after: ref(9, 9) })).toBeNull();
  });
});
