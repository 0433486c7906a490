// npm run bench:cli — forms per second of `jixiao check`, against a bare jszip/exceljs load of the same files in the
// same run (the floor any reader pays): over examples/ in this process, and as the command itself (a child process)
// over folders of 1,000 generated forms as .docx and as .xlsx, with its peak memory. Prints numbers; not a test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxBuffer, xlsxBuffer } from '../scripts/make-examples.mjs';
import { bareLoad, officeFiles } from './bare-load.mjs';
import { generateForms } from './generate-forms.mjs';
import { emit, median, mib, ms, table } from './report.mjs';

const require = createRequire(import.meta.url);
const { readDocumentFile } = require('../dist-cli/hosts/file/read-file.js');
const { check } = require('../dist-cli/core/lint.js');

const ROOT = new URL('..', import.meta.url).pathname;
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const CHILD_RUNS = 3;
const FORMS = 1000;

async function time(fn, rounds) {
  await fn(); // warm-up
  const start = process.hrtime.bigint();
  let result;
  for (let i = 0; i < rounds; i++) result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 / rounds, result };
}

/** The examples, in this process: what the README's speed line quotes. */
async function examples() {
  const files = officeFiles(join(ROOT, 'examples'));
  const load = await time(async () => {
    for (const path of files) await bareLoad(path);
  }, ROUNDS);
  const full = await time(async () => {
    let forms = 0;
    for (const path of files) forms += check(await readDocumentFile(path)).length;
    return forms;
  }, ROUNDS);
  return { files: files.length, forms: full.result, load: load.ms, check: full.ms };
}

/** Node running `args` as a child; wall time, and (with the preload) its peak memory and CPU time. */
function child(args) {
  const usageFile = join(tmpdir(), `jixiao-bench-usage-${process.pid}.json`);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-r', join(ROOT, 'bench/resource-usage.cjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, JIXIAO_USAGE_FILE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  rmSync(usageFile, { force: true });
  return { wall, ...usage };
}

const medianOf = (runs, key) => median(runs.map((r) => r[key]));

/** The command over one folder against the bare load of the same folder, CHILD_RUNS times each, interleaved. */
function folder(dir) {
  const cli = [];
  const bare = [];
  for (let i = 0; i < CHILD_RUNS; i++) {
    cli.push(child([join(ROOT, 'bin/jixiao.js'), 'check', dir, '--format', 'json']));
    bare.push(child([join(ROOT, 'bench/bare-load.mjs'), dir]));
  }
  return {
    cli: { wall: medianOf(cli, 'wall'), cpu: medianOf(cli, 'cpuMs'), rss: Math.max(...cli.map((r) => r.maxRss)) },
    heap: Math.max(...cli.map((r) => r.heapUsed)),
    bare: { wall: medianOf(bare, 'wall'), rss: Math.max(...bare.map((r) => r.maxRss)) },
    walls: cli.map((r) => r.wall),
  };
}

async function writeFolders(documents) {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-cli-'));
  for (const ext of ['docx', 'xlsx']) mkdirSync(join(dir, ext));
  for (const [i, grids] of documents.entries()) {
    const name = `申报表-${String(i + 1).padStart(4, '0')}`;
    writeFileSync(join(dir, 'docx', `${name}.docx`), await docxBuffer(grids, name));
    writeFileSync(join(dir, 'xlsx', `${name}.xlsx`), await xlsxBuffer(grids));
  }
  return dir;
}

const ex = await examples();
const { documents, forms } = generateForms(FORMS);
const dir = await writeFolders(documents);
const results = ['docx', 'xlsx'].map((ext) => ({ ext, ...folder(join(dir, ext)) }));
rmSync(dir, { recursive: true, force: true });

const perSecond = (n, wallMs) => Math.round((n / wallMs) * 1000).toLocaleString('en');
emit({
  title: 'CLI: jixiao check',
  markdown: [
    `**The command over ${forms.toLocaleString('en')} generated forms** (${documents.length} documents of up to 4 ` +
      'tables, written as real files the way `npm run examples` writes them: the `docx` package and exceljs):',
    '',
    table(
      ['files', 'jixiao check (median)', 'forms/s', 'bare load (median)', 'ratio', 'peak RSS', 'peak heap', 'CPU'],
      results.map((r) => [
        `${documents.length} .${r.ext}`,
        `${(r.cli.wall / 1000).toFixed(2)} s (${r.walls.map((w) => (w / 1000).toFixed(2)).join(', ')})`,
        perSecond(forms, r.cli.wall),
        `${(r.bare.wall / 1000).toFixed(2)} s`,
        `${(r.cli.wall / r.bare.wall).toFixed(1)}×`,
        mib(r.cli.rss),
        `≥ ${mib(r.heap)}`,
        `${(r.cli.cpu / 1000).toFixed(2)} s`,
      ]),
    ),
    '',
    `**examples/ in one process** (${ex.files} files, ${ex.forms} forms, ${ROUNDS} rounds after a warm-up): ` +
      `read + recognise + lint ${ms(ex.check)} ms per round = ${perSecond(ex.forms, ex.check)} forms/s; bare ` +
      `jszip/exceljs load ${ms(ex.load)} ms; ratio ${(ex.check / ex.load).toFixed(1)}×.`,
    '',
    `How: \`node bin/jixiao.js check DIR --format json\` (the built command, \`dist-cli/\`) and ` +
      '`node bench/bare-load.mjs DIR` (jszip: unzip `word/document.xml` to a string; exceljs: `xlsx.load`) run as ' +
      `child processes, alternately, ${CHILD_RUNS} times each; wall time includes Node's start-up in both. Memory is ` +
      "the child's own: peak RSS from getrusage (`process.resourceUsage().maxRSS`, exact) and heap used sampled every " +
      '5 ms (`bench/resource-usage.cjs`, a lower bound), the largest of the runs. CPU is user + system time.',
  ].join('\n'),
  budgets: [],
});
