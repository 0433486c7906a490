// The Word and Excel host tests' shared case: a suggestion written into the blank example's empty 满意度 row.
import type { CheckedForm } from '../../src/core/lint';
import { check } from '../../src/core/lint';
import { planInsert } from '../../src/core/suggest/insert-plan';
import type { Host } from '../../src/hosts/host';
import type { LibraryIndicator } from '../../src/library/schema';
import { fillEdits } from './insert-plans';

const SATISFACTION: LibraryIndicator = {
  id: 'test-satisfaction',
  types: ['common'],
  level1: '满意度指标',
  level2: '服务对象满意度指标',
  name: '群众满意度',
  target: '≥90%',
  unit: '%',
  direction: 'higher',
  definition: '受访群众中表示满意的比例',
  keywords: [],
};

/** Counts the `context.sync()` calls a host call makes, on the host's fake. */
export type SyncCounter = <T>(call: () => Promise<T>) => Promise<{ value: T; syncs: number }>;

/** Fills the empty 满意度 row of an opened blank example: two round trips, read back in its block, no row added. */
export async function expectFillsEmptyRow(host: Host, syncsOf: SyncCounter): Promise<void> {
  const grids = await host.read();
  const [{ form }] = check(grids) as [CheckedForm];
  const edits = fillEdits(planInsert(form, grids[0]!, SATISFACTION));
  const { value, syncs } = await syncsOf(() => host.write(edits));
  expect(value).toEqual({ applied: edits, conflicts: [], overlaps: [] });
  expect(syncs).toBe(2);
  const after = check(await host.read())[0]!.form;
  expect(after.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual([
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90(%)'],
  ]);
  expect(after.openRows).toHaveLength(form.openRows.length - 1);
  expect(after.rows).toEqual(form.rows);
}
