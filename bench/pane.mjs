// npm run bench:pane — the task pane from the production build in dist/ (run `npm run build` first): its initial
// JavaScript gzipped (budget ≤ 300 KB, DESIGN §5), and in Debian's Chromium the time from loading the demo page to
// the first findings (检查整个文档, then the role=status summary), median of 9 cold loads with min and max.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { budget, emit, kib, median, ms, table } from './report.mjs';

const require = createRequire(import.meta.url);
require('./ts-register.cjs');
const { CHROMIUM, CHROMIUM_ARGS: ARGS, DIST, serveDist } = require('../test/e2e/static-server.ts');

const ROOT = new URL('..', import.meta.url).pathname;
const INITIAL_BUDGET = 300 * 1024;
const RUNS = 9;

/** The scripts a page loads from its own origin (office.js comes from Microsoft's CDN and is not ours). */
const localScripts = (page) =>
  [...readFileSync(join(DIST, page), 'utf8').matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//.test(src));

/** When the newest source the pane is built from changed (tests are not built). */
const newestSource = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => !/\.test\.tsx?$/.test(f))
    .reduce((t, f) => Math.max(t, statSync(join(dir, f)).mtimeMs), 0);

function initialJs() {
  return localScripts('taskpane.html').map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, entry: /^taskpane\./.test(file) };
  });
}

/** Runs in the page: marks (ms since navigation start) when the check button appears, is clicked, and the summary appears. */
/* global window, document, performance, MutationObserver */
function recordMarks() {
  const marks = {};
  window.__jixiaoMarks = marks;
  const seen = () => {
    const now = performance.now();
    if (!marks.button && [...document.querySelectorAll('button')].some((b) => b.textContent.includes('检查整个文档')))
      marks.button = now;
    if (!marks.status && document.querySelector('[role=status]')) marks.status = now;
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('click', () => (marks.click ??= performance.now()), true);
}

async function firstFindings(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(recordMarks);
  await page.goto(`${origin}/demo.html`);
  await page.getByRole('button', { name: '检查整个文档' }).click();
  const summary = await page.getByRole('status').textContent();
  const marks = await page.evaluate(() => window.__jixiaoMarks);
  await context.close();
  if (!/张表/.test(summary)) throw new Error(`unexpected summary: ${summary}`);
  return { ...marks, summary };
}

const scripts = initialJs();
const stale = newestSource(join(ROOT, 'src')) > statSync(join(DIST, 'demo.html')).mtimeMs;
const server = await serveDist();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const runs = [];
try {
  await firstFindings(browser, server.origin); // warm-up: the OS file cache, Chromium's own start
  for (let i = 0; i < RUNS; i++) runs.push(await firstFindings(browser, server.origin));
} finally {
  await browser.close();
  await server.close();
}

const entry = scripts.filter((s) => s.entry).reduce((sum, s) => sum + s.gzip, 0);
const stat = (key) => {
  const values = runs.map(key);
  return `${ms(median(values))} ms (${ms(Math.min(...values))} – ${ms(Math.max(...values))})`;
};
emit({
  title: 'Task pane',
  markdown: [
    table(
      ['script in taskpane.html', 'raw', 'gzip -9'],
      scripts.map((s) => [`\`${s.file}\`${s.entry ? ' (webpack entry)' : ''}`, kib(s.raw), kib(s.gzip)]),
    ),
    '',
    `Initial JavaScript (the webpack entry, what \`npm run build\` reports and holds to the budget): **${kib(entry)}` +
      `** gzipped. The suggestion engine, the indicator library and the demo are chunks loaded on demand.` +
      (stale ? ' **Note: dist/ is older than src/ — run `npm run build` for current numbers.**' : ''),
    '',
    table(
      ['demo page, cold load', `median of ${RUNS} (min – max)`],
      [
        ['navigation → 检查整个文档 button shown (first screen)', stat((r) => r.button)],
        ['click → first findings (role=status summary)', stat((r) => r.status - r.click)],
        ['**navigation → first findings**', `**${stat((r) => r.status)}**`],
      ],
    ),
    '',
    `How: sizes read from dist/ (built ${new Date(statSync(join(DIST, 'demo.html')).mtimeMs).toISOString().slice(0, 16)}` +
      'Z), gzip level 9 as the build does. Timings: dist/ served from 127.0.0.1 by the browser tests’ static server, ' +
      `headless Chromium (playwright-core), a new browser context per run (empty cache), after one warm-up; marks ` +
      'taken in the page (`performance.now()`, from navigation start) by a MutationObserver installed before any ' +
      'script: when the button appears, when the click lands, when the summary appears. The click is playwright’s, ' +
      `as soon as the button is actionable, so navigation → findings includes that step. Summary: “${runs[0].summary}”.`,
  ].join('\n'),
  budgets: [
    budget('task pane initial JavaScript', `≤ ${kib(INITIAL_BUDGET)} gzipped`, kib(entry), entry <= INITIAL_BUDGET),
  ],
});
