import { buildForm } from '../testing/form-builder';
import type { Quantity } from '../values/types';
import { rewriteTarget } from './support';

const STYLE = { unitStyle: 'paren', spaceBeforeUnit: false } as const;

/** One row of a budget-system export (名称 | 计算符号 | 指标值 | 计量单位, in columns 1–4). */
function row(operator: string, value: string, unit: string) {
  const form = buildForm(
    `项目名称 | 文化活动 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 验收合格率 | ${operator} | ${value} | ${unit}`,
  );
  const ind = form.indicators[0]!;
  return { ind, q: ind.value as Quantity };
}

const cols = (edits: readonly { cell: object; text: string }[]) =>
  edits.map((e) => [(e.cell as { col: number }).col, e.text]);

describe('rewriteTarget on a row whose operator and unit have columns of their own', () => {
  it('writes a new operator into the 计算符号 cell only, and says what the row reads as a whole', () => {
    const { ind, q } = row('≤', '95', '%');
    const turned = rewriteTarget(ind, q, STYLE, { op: '≥' });
    expect(cols(turned.edits)).toEqual([[2, '≥']]);
    expect(turned.text).toBe('≥95(%)');
  });

  it('puts a missing operator into the empty 计算符号 cell', () => {
    const { ind, q } = row('', '95', '%');
    expect(cols(rewriteTarget(ind, q, STYLE, { op: '=' }).edits)).toEqual([[2, '=']]);
  });

  it('keeps the pick list’s own spelling while the operator stays, and changes the value and unit cells alone', () => {
    const { ind, q } = row('大于等于', '95', '%');
    expect(rewriteTarget(ind, q, STYLE).edits).toEqual([]);
    expect(cols(rewriteTarget(ind, q, STYLE, { numberText: '90', unit: '分' }).edits)).toEqual([
      [3, '90'],
      [4, '分'],
    ]);
  });

  it('replaces 定性 with the operator of a number written into the row (the unit stays with the number, as the blank unit cell beside a value in words gives no sign the row uses it)', () => {
    const { ind } = row('定性', '及时', '');
    const restored = row('≥', '90', '%').q;
    expect(cols(rewriteTarget(ind, restored, STYLE).edits)).toEqual([
      [3, '90(%)'],
      [2, '≥'],
    ]);
  });

  it('leaves 定量（其他） in its cell and keeps the operator in the value', () => {
    const { ind, q } = row('定量（其他）', '≥95', '%');
    expect(cols(rewriteTarget(ind, q, STYLE, { op: '=' }).edits)).toEqual([[3, '=95']]);
  });
});

describe('rewriteTarget on rows sharing a 计算符号 or 计量单位 cell merged over them', () => {
  const form = buildForm(
    `项目名称 | 文化活动 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 验收合格率 | ≥ | 95 | %\n产出指标 | 设施完好率 | ^ | 98 | ^`,
  );
  const ind = form.indicators[1]!;
  const q = ind.value as Quantity;

  it('keeps the shared operator and unit out of the value while they stay', () => {
    expect(cols(rewriteTarget(ind, q, STYLE, { numberText: '99' }).edits)).toEqual([[3, '99']]);
    expect(rewriteTarget(ind, q, STYLE).edits).toEqual([]);
  });

  it('takes a merged 百分比 for the % the row reads: the row’s own operator cell is still fixed', () => {
    const percent = buildForm(
      `项目名称 | 文化活动 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 验收合格率 | ≤ | 95 | 百分比\n产出指标 | 设施完好率 | ≥ | 98 | ^`,
    ).indicators[0]!;
    const turned = rewriteTarget(percent, percent.value as Quantity, STYLE, { op: '≥' });
    expect(cols(turned.edits)).toEqual([[2, '≥']]);
    expect(cols(rewriteTarget(percent, percent.value as Quantity, STYLE, { numberText: '96' }).edits)).toEqual([
      [3, '96'],
    ]);
  });

  it('writes nothing where the shared operator or unit would change, and still says what the row should read', () => {
    // Half a fix (the number without its operator) would make the row read a target nobody proposed.
    expect(rewriteTarget(ind, q, STYLE, { op: '=', numberText: '100' })).toEqual({ text: '=100(%)', edits: [] });
    expect(rewriteTarget(ind, q, STYLE, { unit: '分', numberText: '90' })).toEqual({ text: '≥90(分)', edits: [] });
  });
});
