import { applyEdits } from '../edits';
import type { Grid } from '../grid';
import { insertGridRows } from '../grid-insert';
import { parseGridText } from '../grid-text';
import type { LibraryIndicator } from '../../library/schema';
import type { CheckedForm } from '../lint';
import { check } from '../lint';
import { blockLevel2, currentLevel2, effectiveLevel2, level1Entry } from '../levels';
import { formGridText } from '../testing/form-builder';
import { loadSeed, seedFiles } from '../../../test/seeds/load';
import { fillEdits, newRow } from '../../../test/support/insert-plans';
import { planInsert } from './insert-plan';

const indicator = (over: Partial<LibraryIndicator>): LibraryIndicator => ({
  id: 'test',
  types: ['common'],
  level1: '产出指标',
  level2: '数量指标',
  name: '测试新增指标数量',
  target: '≥12次',
  unit: '次',
  direction: 'higher',
  definition: '用于测试的指标',
  keywords: [],
  ...over,
});

const ADDITIONS: readonly LibraryIndicator[] = [
  // A block every current form has, one most lack, and a 一级 the 2018/2020 forms lack.
  indicator({}),
  indicator({
    level1: '效益指标',
    level2: '生态效益指标',
    name: '测试节能减排成效',
    target: '有效改善',
    unit: '',
    direction: 'qualitative',
  }),
  indicator({
    level1: '成本指标',
    level2: '经济成本指标',
    name: '测试人均培训成本',
    target: '≤550元',
    unit: '元',
    direction: 'lower',
  }),
];

const cases = seedFiles().flatMap((file) =>
  check(loadSeed(file)).flatMap((_checked, i) => ADDITIONS.map((add) => [`${file} #${i}`, file, i, add] as const)),
);

describe('planInsert + insertGridRows on every seed form', () => {
  it.each(cases)('%s: %s', (_label, file, formIndex, add) => {
    const grids = loadSeed(file);
    const before = check(grids);
    const { form } = before[formIndex]!;
    const grid = grids.find((g) => g.id === form.gridId)!;
    const plan = planInsert(form, grid, add);
    if (form.template === 'sh-2018') {
      expect(plan).toBeNull();
      return;
    }
    // The seed forms have no empty indicator rows: each suggestion is a new row.
    const insert = newRow(plan);
    // The block the row should join: the form's own block of that 二级 when it has one (Shanghai 2023 forms keep
    // 成本 under 产出), else the library's 一级.
    const sameLevel2 = (level2: string | null) =>
      level2 === add.level2 || (add.level2 === '经济成本指标' && level2 === '成本指标');
    const block = form.indicators.find((ind) => sameLevel2(effectiveLevel2(ind)));
    const expectedLevel1 = block ? level1Entry(block.level1)?.canonical : add.level1;
    const changed: Grid[] = grids.map((g) => (g === grid ? insertGridRows(g, insert) : g));
    const after = check(changed);
    expect(after).toHaveLength(before.length);
    const inserted = after[formIndex]!.form.indicators.filter((ind) => ind.name === add.name);
    expect(inserted).toHaveLength(1);
    const [row] = inserted;
    // Read back under the intended block (2018/2020 forms map their legacy 一级 onto the current frame).
    expect(sameLevel2(effectiveLevel2(row!))).toBe(true);
    if (form.template === 'sh-2023') expect(level1Entry(row!.level1)?.canonical).toBe(expectedLevel1);
    const errors = (findings: typeof after) =>
      findings[formIndex]!.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.actual}`);
    expect(errors(after)).toEqual(errors(before));
  });

  it.each([
    ['2023-zuzhibu.grid', '≥95(%)'],
    ['2020-dangjian-center.grid', '≥95%'],
  ])('writes the target the way %s writes its others: %s', (file, expected) => {
    const grids = loadSeed(file);
    const { form } = check(grids)[0]!;
    const plan = planInsert(
      form,
      grids.find((g) => g.id === form.gridId)!,
      indicator({ target: '≥95%', unit: '%' }),
    );
    expect(newRow(plan).rows[0]!.map((c) => c.text)).toContain(expected);
  });
});

describe('planInsert into a form whose indicator rows are still empty', () => {
  // The template's rows, one per 二级, 三级 and 指标值 blank: how a new form starts.
  const BLANK = formGridText({
    indicators: [
      ['产出指标', '数量指标', '', ''],
      ['产出指标', '质量指标', '', ''],
      ['效益指标', '社会效益指标', '', ''],
      ['满意度指标', '服务对象满意度指标', '', ''],
    ],
  });
  const planned = (grids: readonly Grid[], add: LibraryIndicator) => {
    const [{ form }] = check(grids) as [CheckedForm];
    return planInsert(form, grids[0]!, add);
  };
  const fillInto = (grids: Grid[], add: LibraryIndicator): Grid[] => {
    const result = applyEdits(grids, fillEdits(planned(grids, add)));
    expect(result.conflicts).toEqual([]);
    return result.grids;
  };
  const rowsOf = (grids: readonly Grid[]) =>
    check(grids)[0]!.form.indicators.map((i) => [i.level1, currentLevel2(i), i.name, i.target]);

  it('writes the indicator into the empty row of its block, and adds no row', () => {
    const grids = parseGridText(BLANK);
    const plan = planned(grids, indicator({ name: '培训班次', target: '≥4次' }));
    expect(plan).toEqual({
      kind: 'fill',
      edits: [
        { cell: expect.anything(), before: '', text: '培训班次' },
        { cell: expect.anything(), before: '', text: '≥4(次)' },
      ],
    });
    const after = fillInto(grids, indicator({ name: '培训班次', target: '≥4次' }));
    expect(rowsOf(after)).toEqual([['产出指标', '数量指标', '培训班次', '≥4(次)']]);
    expect(after[0]!.rowCount).toBe(grids[0]!.rowCount);
  });

  it('adds a row below the filled one once the block has no empty row left', () => {
    const filled = fillInto(parseGridText(BLANK), indicator({ name: '培训班次', target: '≥4次' }));
    const plan = planned(filled, indicator({ name: '培训人次', target: '≥200人次' }));
    const after = insertGridRows(filled[0]!, newRow(plan));
    expect(rowsOf([after])).toEqual([
      ['产出指标', '数量指标', '培训班次', '≥4(次)'],
      ['产出指标', '数量指标', '培训人次', '≥200(人次)'],
    ]);
    // The empty rows below moved down with the table and are still there to fill.
    const { form } = check([after])[0]!;
    expect(form.openRows.map(blockLevel2)).toEqual(['质量指标', '社会效益指标', '服务对象满意度指标']);
  });

  it('adds a block the template lacks below the last row of its 一级, empty or not', () => {
    const grids = parseGridText(BLANK);
    const after = insertGridRows(grids[0]!, newRow(planned(grids, ADDITIONS[1]!)));
    expect(rowsOf([after])).toEqual([['效益指标', '生态效益指标', '测试节能减排成效', '有效改善']]);
  });
});

describe('planInsert into a budget-system export (计算符号 and 度量单位 columns)', () => {
  /** The export's name and header rows, then its first indicator row and these. */
  const exportOf = (...rows: string[]) =>
    [
      '项目名称 | 文化活动 | < | < | < | <',
      '一级指标 | 二级指标 | 三级指标 | 计算符号 | 指标值 | 度量单位',
      '产出指标 | 数量指标 | 举办活动场次 | ≥ | 20 | 场次',
      ...rows,
    ].join('\n');
  const EXPORT = exportOf('^ | 质量指标 |  |  |  | ');
  /** The export's table after the planned new row for this indicator is inserted. */
  const withNewRow = (text: string, add: LibraryIndicator): Grid => {
    const grids = parseGridText(text);
    const [{ form }] = check(grids) as [CheckedForm];
    return insertGridRows(grids[0]!, newRow(planInsert(form, grids[0]!, add)));
  };
  const parts = (grids: readonly Grid[]) =>
    check(grids)[0]!.form.indicators.map((i) => [i.name, i.operatorText, i.target, i.unitText]);

  it('fills an empty row with the operator, the number and the unit each in its own column', () => {
    const grids = parseGridText(EXPORT);
    const [{ form }] = check(grids) as [CheckedForm];
    const add = indicator({ level2: '质量指标', name: '活动验收合格率', target: '≥95%', unit: '%' });
    const result = applyEdits(grids, fillEdits(planInsert(form, grids[0]!, add)));
    expect(parts(result.grids)).toEqual([
      ['举办活动场次', '≥', '20', '场次'],
      ['活动验收合格率', '≥', '95', '%'],
    ]);
    expect(check(result.grids)[0]!.findings.filter((f) => f.ruleId.startsWith('target-'))).toEqual([]);
  });

  it('adds a row the same way below its block', () => {
    const after = withNewRow(EXPORT, indicator({ name: '参与群众人次', target: '≥5000人次', unit: '人次' }));
    expect(parts([after])).toEqual([
      ['举办活动场次', '≥', '20', '场次'],
      ['参与群众人次', '≥', '5000', '人次'],
    ]);
  });

  it('gives a new row cells of its own below an operator and a unit merged over the rows above it', () => {
    const after = withNewRow(
      exportOf('^ | ^ | 举办讲座场次 | ^ | 10 | ^', '^ | 质量指标 | 验收合格率 | = | 100 | %'),
      indicator({ name: '活动投诉次数', target: '≤3次', unit: '次' }),
    );
    expect(parts([after])).toEqual([
      ['举办活动场次', '≥', '20', '场次'],
      ['举办讲座场次', '≥', '10', '场次'],
      ['活动投诉次数', '≤', '3', '次'],
      ['验收合格率', '=', '100', '%'],
    ]);
    expect(check([after])[0]!.findings.filter((f) => f.ruleId.startsWith('target-'))).toEqual([]);
  });

  it('leaves out of a new row’s value the operator of a merged cell it falls inside, and writes one that differs', () => {
    const inserted = (add: LibraryIndicator) => {
      const after = withNewRow(exportOf('^ | 质量指标 | 验收合格率 | ^ | 95 | %'), add);
      return { row: parts([after])[1], findings: check([after])[0]!.findings.map((f) => [f.ruleId, f.actual]) };
    };
    const same = inserted(indicator({ name: '参与群众人次', target: '≥5000人次', unit: '人次' }));
    expect(same.row).toEqual(['参与群众人次', '≥', '5000', '人次']);
    expect(same.findings.filter(([rule]) => rule!.startsWith('target-'))).toEqual([]);
    // The row says ≤ where the merged cell says ≥: reported, never read as a target nobody proposed.
    const other = inserted(indicator({ name: '活动投诉次数', target: '≤3次', unit: '次' }));
    expect(other.row).toEqual(['活动投诉次数', '≥', '≤3', '次']);
    expect(other.findings).toContainEqual(['target-malformed', '≤3']);
  });

  it('fills an empty row under a merged operator cell without repeating its operator in the value', () => {
    const grids = parseGridText(exportOf('^ | ^ |  | ^ |  | '));
    const [{ form }] = check(grids) as [CheckedForm];
    const add = indicator({ name: '参与群众人次', target: '≥5000人次', unit: '人次' });
    const result = applyEdits(grids, fillEdits(planInsert(form, grids[0]!, add)));
    expect(parts(result.grids)).toEqual([
      ['举办活动场次', '≥', '20', '场次'],
      ['参与群众人次', '≥', '5000', '人次'],
    ]);
    expect(check(result.grids)[0]!.findings.filter((f) => f.ruleId.startsWith('target-'))).toEqual([]);
  });

  it('leaves out of a new row’s value a unit the merged 度量单位 cell says with its period, and keeps one it does not say', () => {
    const inserted = (unit: string, add: LibraryIndicator) => {
      const grids = parseGridText(exportOf('^ | ^ |  | ^ |  | ^').replace('| 20 | 场次', `| 20 | ${unit}`));
      const [{ form }] = check(grids) as [CheckedForm];
      return applyEdits(grids, fillEdits(planInsert(form, grids[0]!, add)));
    };
    const perYear = inserted('次/年', indicator({ name: '举办讲座次数', target: '≥4次', unit: '次' }));
    expect(parts(perYear.grids)[1]).toEqual(['举办讲座次数', '≥', '4', '次/年']);
    expect(check(perYear.grids)[0]!.findings.filter((f) => f.ruleId.startsWith('target-'))).toEqual([]);
    // 场次 counts sessions, the library's 次 times: the row says which it means.
    const result = inserted('场次', indicator({ name: '举办讲座次数', target: '≥4次', unit: '次' }));
    expect(parts(result.grids)).toEqual([
      ['举办活动场次', '≥', '20', '场次'],
      ['举办讲座次数', '≥', '4(次)', '场次'],
    ]);
    expect(check(result.grids)[0]!.findings.filter((f) => f.ruleId.startsWith('target-'))).toEqual([]);
  });
});
