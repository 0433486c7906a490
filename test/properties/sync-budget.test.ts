// The round-trip budget of DESIGN §5, enforced at the sizes issue 7 states it for: reading a document of 1, 10 or
// 100 tables or a workbook of 1, 10 or 50 sheets takes at most 2 context.sync() calls, and so does applying 1 or 100
// edits, and writing 审核意见 comments on 100–200 cells in place of as many. (The host tests pin the exact counts at a few sizes; this holds the budget across the range.)
import { BUDGET_CASES, SYNC_BUDGET } from './sync-counts';

describe('context.sync() budget on the fake Office model', () => {
  it.each(BUDGET_CASES)(
    '%s: at most 2 round trips',
    async (_name, measure) => {
      const count = await measure();
      expect(count.syncs).toBeLessThanOrEqual(SYNC_BUDGET[count.action]);
      expect(count.syncs).toBeGreaterThan(0); // the fake counts: zero would mean nothing was measured
      if (count.action !== 'read') expect(count.applied).toBe(count.of);
    },
    30_000,
  );
});
