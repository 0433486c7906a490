import { settingsStore } from './settings';
import { MARK_COLORS, MARKS_SETTING, MarkMemory, planMarks } from './marks';

const a = { table: 0, row: 1, col: 2 };
const b = { table: 0, row: 2, col: 2 };

describe('planMarks', () => {
  it('paints the most severe finding of a cell, whatever the order', () => {
    for (const order of [
      ['info', 'error', 'warning'],
      ['error', 'info', 'warning'],
      ['warning', 'info', 'error'],
    ] as const) {
      const plan = planMarks(
        new Map(),
        order.map((severity) => ({ cell: a, severity })),
      );
      expect(plan.paint.map((p) => p.color)).toEqual([MARK_COLORS.error]);
    }
  });

  it('keeps the original fill of a cell marked before, and restores cells no longer marked', () => {
    const remembered = new Map([
      ['col=2;row=1;table=0', { cell: a, original: '#00FF00', color: MARK_COLORS.info }],
      ['col=2;row=2;table=0', { cell: b, original: null, color: MARK_COLORS.info }],
    ]);
    const plan = planMarks(remembered, [{ cell: { col: 2, row: 1, table: 0 }, severity: 'warning' }]);
    expect(plan.paint).toEqual([expect.objectContaining({ color: MARK_COLORS.warning, original: '#00FF00' })]);
    expect(plan.restore).toEqual([{ cell: b, original: null, color: MARK_COLORS.info }]);
    expect(planMarks(new Map(), [{ cell: a, severity: 'info' }]).paint[0]!.original).toBeUndefined();
  });
});

describe('MarkMemory', () => {
  it('survives a reload through the settings and ignores what it did not write', async () => {
    const store = settingsStore({});
    await new MarkMemory(store).replace(new Map([['k', { cell: a, original: '', color: MARK_COLORS.error }]]));
    expect([...(await new MarkMemory(store).all()).values()]).toEqual([
      { cell: a, original: '', color: MARK_COLORS.error },
    ]);
    for (const junk of ['not json', '{"a":1}', '[{"cell":null}]', '[1,2]']) {
      await store.save(MARKS_SETTING, junk);
      expect((await new MarkMemory(store).all()).size).toBe(0);
    }
  });
});
