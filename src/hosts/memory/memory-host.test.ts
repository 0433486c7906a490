import { check } from '../../core/lint';
import { formGridText } from '../../core/testing/form-builder';
import { parseGridText } from '../../core/grid-text';
import { MemoryHost } from './memory-host';

describe('MemoryHost', () => {
  const grids = () =>
    parseGridText(
      formGridText({
        indicators: [
          ['产出指标', '质量指标', '培训出勤率', '>=95%'],
          ['产出指标', '质量指标', '合格率', '=100(%)'],
        ],
      }),
    );

  it('applies a safe fix and reports nothing left to fix on re-check', async () => {
    const host = new MemoryHost(grids());
    const [first] = check(await host.read());
    const fix = first!.findings.find((f) => f.ruleId === 'target-format')!.fix!;
    const result = await host.write(fix);
    expect(result.applied).toHaveLength(1);
    const [again] = check(await host.read());
    expect(again!.findings.filter((f) => f.ruleId === 'target-format')).toEqual([]);
    expect(again!.form.indicators[0]!.target).toBe('≥95(%)');
  });

  it('refuses an edit when the person changed the cell meanwhile, and applies the others', async () => {
    const host = new MemoryHost(grids());
    const [first] = check(await host.read());
    const fix = first!.findings.find((f) => f.ruleId === 'target-format')!.fix![0]!;
    host.type(fix.cell, '≥96%');
    const other = first!.form.indicators[1]!;
    const result = await host.write([fix, { cell: other.nameCell, before: other.name, text: '验收合格率' }]);
    expect(result.conflicts).toEqual([fix]);
    expect(result.applied).toHaveLength(1);
    const [after] = check(await host.read());
    expect(after!.form.indicators.map((i) => [i.name, i.target])).toEqual([
      ['培训出勤率', '≥96%'],
      ['验收合格率', '=100(%)'],
    ]);
  });
});
