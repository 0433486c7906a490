import { formatGridText, GridTextError, parseGridText } from './grid-text';
import { indexGrid } from './grid';

describe('parseGridText', () => {
  const source = `
# a 2023-style indicator block
=== t
> 财政项目支出绩效目标申报表
> (2024年度)
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 完成率 | =100(%)
^ | ^ | 报告数 | =1(个)
^ | 质量指标 | 合格率 \\| 达标 | <
`;
  const [grid] = parseGridText(source);

  it('builds spans from ^ and < markers', () => {
    expect(grid!.rowCount).toBe(4);
    expect(grid!.colCount).toBe(4);
    const index = indexGrid(grid!);
    expect(index.at(3, 0)!.text).toBe('产出指标');
    expect(index.at(3, 0)!.rowSpan).toBe(3);
    expect(index.at(2, 1)!.text).toBe('数量指标');
    expect(index.at(2, 1)!.rowSpan).toBe(2);
    expect(index.at(3, 3)!.text).toBe('合格率 | 达标');
    expect(index.at(3, 2)!.colSpan).toBe(2);
    expect(grid!.preamble).toEqual(['财政项目支出绩效目标申报表', '(2024年度)']);
  });

  it('lists one slot per distinct cell in a row, marking continued merges', () => {
    const slots = indexGrid(grid!).slots(2);
    expect(slots.map((s) => [s.cell.text, s.starts])).toEqual([
      ['产出指标', false],
      ['数量指标', false],
      ['报告数', true],
      ['=1(个)', true],
    ]);
  });

  it('keeps a merged cell once, with refs at its top-left position', () => {
    const merged = grid!.cells.filter((c) => c.text === '产出指标');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.ref).toEqual({ table: 0, row: 1, col: 0 });
  });

  it('round-trips through formatGridText', () => {
    const again = parseGridText(formatGridText([grid!]));
    expect(again[0]!.cells).toEqual(grid!.cells);
  });

  it('decodes escapes', () => {
    const [g] = parseGridText('a\\nb | \\^ | \\<');
    expect(g!.cells.map((c) => c.text)).toEqual(['a\nb', '^', '<']);
  });

  it('rejects ragged rows and non-rectangular merges', () => {
    expect(() => parseGridText('a | b\nc')).toThrow(GridTextError);
    expect(() => parseGridText('a | <\n^ | b\n^ | ^')).toThrow(/rectangle/);
    expect(() => parseGridText('^ | a')).toThrow(/first row/);
  });
});
