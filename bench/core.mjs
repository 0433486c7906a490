// npm run bench:core — recognise + lint 10, 100, 1,000 and 5,000 generated forms (bench/generate-forms.mjs) with the
// compiled engine (dist-cli, as the command runs it); forms per second, and whether the cost per form stays flat
// from 1,000 to 5,000. Budget (DESIGN §5): 1,000 forms in well under a second on one core; linear in cells.
import { createRequire } from 'node:module';
import { generateForms } from './generate-forms.mjs';
import { budget, emit, median, ms, table } from './report.mjs';

const require = createRequire(import.meta.url);
const { check } = require('../dist-cli/core/lint.js');

const SIZES = [10, 100, 1000, 5000];
/** Repetitions per size: enough for a stable median, about a second of work each. */
const REPS = { 10: 100, 100: 20, 1000: 7, 5000: 3 };
const ONE_SECOND = 1000;
const MAX_GROWTH = 1.5;

const checkAll = (documents) => {
  let findings = 0;
  for (const grids of documents) for (const { findings: f } of check(grids)) findings += f.length;
  return findings;
};

function measure(documents, reps) {
  const times = [];
  for (let i = 0; i < reps; i++) {
    const start = process.hrtime.bigint();
    checkAll(documents);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const sets = SIZES.map((n) => ({ n, ...generateForms(n) }));
// Warm-up: the JIT has compiled the rules before anything is timed.
for (let i = 0; i < 3; i++) checkAll(sets[2].documents);

const rows = sets.map(({ n, documents, forms }) => {
  const time = measure(documents, REPS[n]);
  const cells = documents.flat().reduce((sum, g) => sum + g.cells.length, 0);
  return { n, forms, documents: documents.length, cells, findings: checkAll(documents), ...time };
});
const perForm = (row) => row.median / row.forms;
const thousand = rows.find((r) => r.n === 1000);
const growth = perForm(rows.find((r) => r.n === 5000)) / perForm(thousand);
const pinned = process.env.JIXIAO_PINNED_CPU;

emit({
  title: 'Core: recognise + lint',
  markdown: [
    table(
      ['forms', 'documents', 'cells', 'findings', 'time (median)', 'min – max', 'forms/s', 'µs/form'],
      rows.map((r) => [
        r.n.toLocaleString('en'),
        r.documents,
        r.cells.toLocaleString('en'),
        r.findings.toLocaleString('en'),
        `${ms(r.median)} ms`,
        `${ms(r.min)} – ${ms(r.max)} ms`,
        Math.round((r.forms / r.median) * 1000).toLocaleString('en'),
        ((r.median / r.forms) * 1000).toFixed(0),
      ]),
    ),
    '',
    `Cost per form at 5,000 ÷ at 1,000: **${growth.toFixed(2)}×** (budget ≤ ${MAX_GROWTH}×).`,
    '',
    'How: `check()` (recognise + every rule) from `dist-cli/` over the generated documents, one after another in one ' +
      `thread${pinned ? ` pinned to CPU ${pinned} (\`taskset\`)` : ''}; the forms are the 21 seed forms varied ` +
      '(amounts scaled by 1–5×, targets moved, other project names and units: `bench/generate-forms.mjs`), 4 tables ' +
      `per document; after 3 warm-up passes over the 1,000-form set, median of ${Object.values(REPS).join('/')} ` +
      'runs per size. (No forced GC between runs: V8 then flushes compiled code and the small sizes measure that.)',
  ].join('\n'),
  budgets: [
    budget(
      '1,000 forms recognised and linted',
      '< 1 s on one core (DESIGN: "well under")',
      `${ms(thousand.median)} ms`,
      thousand.median < ONE_SECOND,
    ),
    budget('cost per form, 5,000 vs 1,000 forms', `≤ ${MAX_GROWTH}×`, `${growth.toFixed(2)}×`, growth <= MAX_GROWTH),
  ],
});
