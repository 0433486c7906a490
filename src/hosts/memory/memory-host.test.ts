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

  it('keeps one comment per cell, replacing the earlier set; a cell it does not have is skipped', async () => {
    const host = new MemoryHost(grids());
    const [cell] = (await host.read())[0]!.cells.map((c) => c.ref);
    expect(
      await host.comment([
        { cell: cell!, text: '一' },
        { cell: { table: 9, row: 0, col: 0 }, text: '二' },
      ]),
    ).toEqual({
      written: 1,
      removed: 0,
      kept: 0,
      skipped: 1,
    });
    expect([...host.comments.values()]).toEqual([{ cell, text: '一' }]);
    expect(await host.comment([])).toEqual({ written: 0, removed: 1, kept: 0, skipped: 0 });
    expect(host.comments.size).toBe(0);
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

describe('MemoryHost.insertRows', () => {
  const text = `=== t
三级指标 | 指标值
培训人次 | ≥100(人次)`;

  it('inserts below the row, and refuses when the row changed since it was read', async () => {
    const host = new MemoryHost(parseGridText(text));
    const after = { table: 0, row: 1, col: 0 };
    const row = [
      { col: 0, text: '培训班次' },
      { col: 1, text: '≥4(次)' },
    ];
    await expect(host.insertRows({ after, before: '培训人次', rows: [row] })).resolves.toEqual({ status: 'inserted' });
    const [grid] = await host.read();
    expect(grid!.rowCount).toBe(3);
    host.type(after, '参训人次');
    await expect(host.insertRows({ after, before: '培训人次', rows: [row] })).resolves.toMatchObject({
      status: 'conflict',
    });
    expect((await host.read())[0]!.rowCount).toBe(3);
  });
});
