// Property tests: recognition and linting never throw on arbitrary grids, fixes are idempotent, and
// applyEdits never loses an edit silently.
import fc from 'fast-check';
import { applyEdits } from './edits';
import type { Edit } from './edits';
import type { Cell, Grid } from './grid';
import { indexGrid } from './grid';
import { parseGridText } from './grid-text';
import { check } from './lint';
import { recognize } from './recognize';
import { formGridText } from './testing/form-builder';
import type { IndicatorRow } from './testing/form-builder';

const VOCABULARY = [
  '项目名称',
  '项目性质',
  '项目类别',
  '主管部门',
  '实施单位',
  '计划开始日期',
  '计划完成日期',
  '项目资金 (元)',
  '项目资金总额',
  '年度资金申请总额',
  '其中：财政资金',
  '其中：当年财政拨款',
  '上年结转资金',
  '其他资金',
  '项目总目标 (2023年-2023年)',
  '年度总体目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度(/项目)指标值',
  '分解目标内容',
  '绩效指标',
  '指标目标值',
  '一级目标',
  '子项目名称',
  '预算金额（元）',
  '项目当年投入资金构成',
  '项目总预算（元）',
  '项目当年预算（元）',
  '备注',
  '财政项目支出绩效目标申报表',
  '(2024年度)',
  '产出指标',
  '数量指标',
  '质量指标',
  '效益指标',
  '满意度指标',
  '服务对象满意度指标',
  '培训学员满意度',
  '≥90(%)',
  '=100(%)',
  '>=90%',
  '≤150000',
  '0',
  '1,842,000.00',
  '0.00',
  '无',
  '结转项目 □ 其他一次性项目 ☑',
  '<p>目标</p>',
  '12月底前',
  '及时',
  '2024-12-31',
  '项目名称：党建经费',
  '',
];

const cellText = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

/** A random grid whose merged areas are valid rectangles, built by carving free positions row by row. */
const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.integer({ min: 1, max: 14 }),
    cols: fc.integer({ min: 1, max: 6 }),
    texts: fc.array(cellText, { minLength: 84, maxLength: 84 }),
    spans: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })), {
      minLength: 84,
      maxLength: 84,
    }),
  })
  .map(({ rows, cols, texts, spans }) => {
    const taken: boolean[] = new Array(rows * cols).fill(false);
    const cells: Cell[] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (taken[r * cols + c]) continue;
        const k = cells.length;
        let [rowSpan, colSpan] = spans[k % spans.length]!;
        rowSpan = Math.min(rowSpan, rows - r);
        colSpan = Math.min(colSpan, cols - c);
        while (colSpan > 1 && [...Array(colSpan).keys()].some((d) => taken[r * cols + c + d])) colSpan--;
        for (let dr = 0; dr < rowSpan; dr++)
          for (let dc = 0; dc < colSpan; dc++) taken[(r + dr) * cols + c + dc] = true;
        cells.push({
          row: r,
          col: c,
          rowSpan,
          colSpan,
          text: texts[k % texts.length]!,
          ref: { table: 0, row: r, col: c },
        });
      }
    }
    return { id: 'random', rowCount: rows, colCount: cols, cells };
  });

describe('recognition and linting are total', () => {
  it('never throw on random grids with merges', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { maxLength: 3 }), (grids) => {
        const numbered = grids.map((g, t) => ({
          ...g,
          id: `t${t}`,
          cells: g.cells.map((c) => ({ ...c, ref: { ...c.ref, table: t } })),
        }));
        for (const { findings } of check(numbered)) for (const f of findings) expect(typeof f.message).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary strings in a real form’s cells', () => {
    const [base] = parseGridText(formGridText());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 20 }),
        (changes) => {
          const texts = new Map(changes.map(([i, t]) => [i % base!.cells.length, t]));
          const grid = {
            ...base!,
            cells: base!.cells.map((c, i) => (texts.has(i) ? { ...c, text: texts.get(i)! } : c)),
          };
          recognize([grid]);
          check([grid]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const TARGETS = [
  '>=90%',
  '≥90(%)',
  '=100%',
  '<=100%',
  '＞＝９０％',
  '95%以上',
  '大于等于10000kb',
  '100%',
  '≥4.00(次)',
  '=100.00 (%)',
  '及时',
  '≤150000',
  '0',
  '≥1.00(个)',
  '<p>提升</p>',
  '',
];
const NAMES = [
  '培训出勤率',
  '培训学员满意度',
  '在线学习招生人数',
  '课题调研完成率',
  '安全事故发生次数',
  '活动场次',
  '<p>平台</p>可用率',
];
const LEVELS: [string, string][] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

const formArb = fc
  .array(fc.tuple(fc.constantFrom(...LEVELS), fc.constantFrom(...NAMES), fc.constantFrom(...TARGETS)), {
    minLength: 1,
    maxLength: 10,
  })
  .map((rows) =>
    parseGridText(formGridText({ indicators: rows.map(([[l1, l2], n, t]): IndicatorRow => [l1, l2, n, t]) })),
  );

const allFixes = (grids: Grid[]): Edit[] => check(grids).flatMap((c) => c.findings.flatMap((f) => f.fix ?? []));
const texts = (grids: Grid[]) => grids.map((g) => g.cells.map((c) => c.text));

describe('fixes are idempotent', () => {
  it('applying the fixes twice equals applying them once', () => {
    fc.assert(
      fc.property(formArb, (grids) => {
        const fixes = allFixes(grids);
        const once = applyEdits(grids, fixes);
        expect(once.conflicts).toEqual([]);
        const twice = applyEdits(once.grids, fixes);
        expect(texts(twice.grids)).toEqual(texts(once.grids));
        // …and the fixed document asks for no further fix of the same cells.
        const again = allFixes(once.grids).filter((e) =>
          fixes.some((f) => JSON.stringify(f.cell) === JSON.stringify(e.cell)),
        );
        expect(again).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('applyEdits never loses an edit silently', () => {
  const [grid] = parseGridText(formGridText());
  const cells = grid!.cells;
  const editArb = fc.record({
    cell: fc.nat({ max: cells.length + 2 }),
    stale: fc.boolean(),
    text: fc.constantFrom('A', 'B', '≥90(%)', ''),
  });

  it('puts every edit in exactly one of applied, conflicts, overlaps; re-applying is a no-op', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 12 }), (specs) => {
        const edits: Edit[] = specs.map(({ cell, stale, text }) => {
          const target = cells[cell];
          return target
            ? { cell: target.ref, before: stale ? `${target.text}*` : target.text, text }
            : { cell: { table: 9, row: cell, col: 0 }, before: '', text };
        });
        const result = applyEdits([grid!], edits);
        expect(result.applied.length + result.conflicts.length + result.overlaps.length).toBe(edits.length);
        for (const e of result.applied)
          expect(indexGrid(result.grids[0]!).at(Number(e.cell.row), Number(e.cell.col))!.text.trim()).toBe(
            e.text.trim(),
          );
        const again = applyEdits(result.grids, edits);
        expect(texts(again.grids)).toEqual(texts(result.grids));
      }),
      { numRuns: 300 },
    );
  });
});
