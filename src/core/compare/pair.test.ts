import type { Form } from '../form';
import { buildForm, formGridText } from '../testing/form-builder';
import { pairForms } from './pair';

const form = (projectName: string, implementer = '上海市党建服务中心'): Form =>
  buildForm(formGridText({ projectName, implementer }));

describe('pairForms', () => {
  it('pairs the same project across years, a little renamed, and leaves the others', () => {
    const previous = [
      form('电教远教工作经费'),
      form('上海市党员干部现代远程网络体系运维费(非信息化项目)'),
      form('在线学习工作经费'),
    ];
    const current = [
      form('上海市党员干部现代远程教育网络体系运维（非信息化项目）'),
      form('党建服务工作经费'),
      form('电教远教工作经费'),
    ];
    const { pairs, unpairedPrevious, unpairedCurrent } = pairForms(previous, current);
    expect(pairs.map((p) => [p.previous, p.current])).toEqual([
      [1, 0],
      [0, 2],
    ]);
    expect(pairs[1]!.likeness).toBe(1);
    expect(unpairedPrevious).toEqual([2]);
    expect(unpairedCurrent).toEqual([1]);
  });

  it('does not pair one name filed by two units', () => {
    const previous = [form('信息化运维项目', '中共上海市委组织部'), form('党建经费')];
    const current = [form('信息化运维项目', '上海市党建服务中心'), form('党建经费')];
    expect(pairForms(previous, current).pairs.map((p) => [p.previous, p.current])).toEqual([[1, 1]]);
  });

  it('pairs two single forms chosen on purpose, whatever their names', () => {
    const { pairs } = pairForms([form('远程教育平台运维')], [form('党员远程教育运维服务')]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.likeness).toBeLessThan(0.6);
  });

  it('pairs each form once, the most alike first', () => {
    const previous = [form('党建经费'), form('党建工作经费')];
    const current = [form('党建工作经费')];
    expect(pairForms(previous, current).pairs.map((p) => p.previous)).toEqual([1]);
  });
});
