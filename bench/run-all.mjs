// npm run bench — every benchmark, each in its own Node process (the core one pinned to one CPU where `taskset`
// exists), and bench/results.md rewritten with the machine, the budgets and how each number was measured.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { machine } from './machine.mjs';
import { table, verdict } from './report.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = new URL('results.md', import.meta.url);
const CPU = String(cpus().length - 1);
const pin = existsSync('/usr/bin/taskset') ? ['taskset', '-c', CPU] : [];

const BENCHES = [
  { script: 'bench/core.mjs', command: [...pin, process.execPath, 'bench/core.mjs'], pinned: pin.length > 0 },
  { script: 'bench/cli.mjs', command: [process.execPath, 'bench/cli.mjs'] },
  { script: 'bench/office.mjs', command: [process.execPath, 'bench/office.mjs'] },
  { script: 'bench/pane.mjs', command: [process.execPath, 'bench/pane.mjs'] },
];

const before = machine();
const sections = BENCHES.map(({ script, command, pinned }) => {
  process.stderr.write(`running ${script}…\n`);
  const [file, ...args] = command;
  const run = spawnSync(file, [...args, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...(pinned ? { JIXIAO_PINNED_CPU: CPU } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line);
  } catch {
    const why = (run.stderr || run.error?.message || 'no output').trim().split('\n').slice(-8).join('\n');
    return {
      title: script,
      markdown: `Did not run:\n\n\`\`\`\n${why}\n\`\`\``,
      budgets: [{ name: script, limit: 'runs', actual: 'failed', pass: false }],
    };
  }
});

const m = before;
const budgets = sections.flatMap((s) => s.budgets);
const markdown = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (`bench/run-all.mjs`); each part also runs alone: `npm run bench:core`, `bench:cli`, ' +
    '`bench:office`, `bench:pane` (the last reads the production build: `npm run build` first). Benchmarks, not ' +
    'tests: the numbers vary from run to run, more so on a shared machine (see the load below).',
  '',
  table(
    ['machine', ''],
    [
      ['CPU', `${m.cpu} × ${m.cores} cores`],
      ['RAM', m.ram],
      ['load average (1 / 5 / 15 min) at start', m.load],
      ['Node', m.node],
      ['OS', m.os],
      ['Chromium', m.chromium],
      ['date', m.date],
    ],
  ),
  '',
  '## Budgets',
  '',
  table(
    ['budget', 'limit', 'this run', ''],
    budgets.map((b) => [b.name, b.limit, b.actual, `**${verdict(b.pass)}**`]),
  ),
  '',
  ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown, '']),
].join('\n');

writeFileSync(OUT, markdown);
process.stderr.write(
  `bench/results.md written: ${budgets.filter((b) => b.pass).length}/${budgets.length} budgets met\n`,
);
if (budgets.some((b) => !b.pass)) process.exitCode = 1;
