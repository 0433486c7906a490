// npm run bench:office — context.sync() round trips of the Word and Excel hosts on the fake Office model (which counts
// them) for documents of 1–100 tables, workbooks of 1–50 sheets, batches of 1 and 100 edits, and 审核意见 comments on
// 100–200 cells. The same measurements back the jest budget test (test/properties/sync-budget.test.ts). Budget: read
// ≤ 2, write ≤ 2, comment ≤ 2.
import { createRequire } from 'node:module';
import { budget, emit, table } from './report.mjs';

const require = createRequire(import.meta.url);
require('./ts-register.cjs');
const { BUDGET_CASES, SYNC_BUDGET } = require('../test/properties/sync-counts.ts');

const counts = [];
for (const [, measure] of BUDGET_CASES) counts.push(await measure());

const within = (c) => c.syncs <= SYNC_BUDGET[c.action] && (c.action === 'read' || c.applied === c.of);

emit({
  title: 'Office round trips (fake Office model)',
  markdown: [
    table(
      ['host', 'action', 'size', 'context.sync() calls', 'budget', ''],
      counts.map((c) => [
        c.host,
        c.action,
        c.size,
        c.syncs,
        `≤ ${SYNC_BUDGET[c.action]}`,
        within(c) ? 'PASS' : `FAIL${c.applied !== c.of ? ` (${c.applied}/${c.of} applied)` : ''}`,
      ]),
    ),
    '',
    'How: the Word and Excel hosts (`src/hosts/word`, `src/hosts/excel`) run against the fake Office object model of ' +
      '`test/support/fake-office`, which enforces load/sync like Office does and counts `context.sync()` calls. A ' +
      'document is copies of a small indicator table (one per table or sheet); writes are made after the check’s ' +
      'read, one edit per table or sheet (two per sheet for 100 edits on 50 sheets), and count only if every edit ' +
      'is applied; comments are written twice on every indicator target and the second press counts, when it ' +
      'replaced every earlier comment and wrote all the new ones. `test/properties/sync-budget.test.ts` holds the same cases to the budget in `npm test`.',
  ].join('\n'),
  budgets: [
    budget(
      'Office reads, 1–100 tables / 1–50 sheets',
      `≤ ${SYNC_BUDGET.read} syncs`,
      `max ${Math.max(...counts.filter((c) => c.action === 'read').map((c) => c.syncs))}`,
      counts.filter((c) => c.action === 'read').every(within),
    ),
    budget(
      'Office writes, 1 and 100 edits',
      `≤ ${SYNC_BUDGET.write} syncs`,
      `max ${Math.max(...counts.filter((c) => c.action === 'write').map((c) => c.syncs))}`,
      counts.filter((c) => c.action === 'write').every(within),
    ),
    budget(
      'Office review comments, 100–200 cells, replacing as many',
      `≤ ${SYNC_BUDGET.comment} syncs`,
      `max ${Math.max(...counts.filter((c) => c.action === 'comment').map((c) => c.syncs))}`,
      counts.filter((c) => c.action === 'comment').every(within),
    ),
  ],
});
