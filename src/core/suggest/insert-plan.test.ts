import type { Grid } from '../grid';
import { insertGridRows } from '../grid-insert';
import type { LibraryIndicator } from '../../library/schema';
import { check } from '../lint';
import { effectiveLevel2, level1Entry } from '../levels';
import { loadSeed, seedFiles } from '../../../test/seeds/load';
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
    expect(plan).not.toBeNull();
    // The block the row should join: the form's own block of that 二级 when it has one (Shanghai 2023 forms keep
    // 成本 under 产出), else the library's 一级.
    const sameLevel2 = (level2: string | null) =>
      level2 === add.level2 || (add.level2 === '经济成本指标' && level2 === '成本指标');
    const block = form.indicators.find((ind) => sameLevel2(effectiveLevel2(ind)));
    const expectedLevel1 = block ? level1Entry(block.level1)?.canonical : add.level1;
    const changed: Grid[] = grids.map((g) => (g === grid ? insertGridRows(g, plan!) : g));
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
    expect(plan!.rows[0]!.map((c) => c.text)).toContain(expected);
  });
});
