// Hostile input through the real `jixiao` command, run as a child process from the sources: each malformed,
// malicious or extreme file gives its documented error code or a correct report, within 10 s and bounded memory;
// in a batch the other files are still checked; and nothing is ever written next to the inputs.
import { createHash } from 'crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { COPIES_RECORD } from '../../src/cli/fix';
import type { FileReport, Report } from '../../src/cli/report';
import type { HostileFile } from './corpus';
import { HOSTILE, writeCorpus } from './corpus';
import type { CliRun } from './run-cli';
import { runCli } from './run-cli';

/**
 * The bound for any one file, start-up of the command included, in CPU time (user + system): wall time on a
 * shared machine measures the neighbours too. A run still going after KILL_MS of wall time is killed as hung.
 */
const BOUND_MS = 10_000;
const KILL_MS = 30_000;
/** Peak resident memory of the whole command for one file: Node itself, exceljs and a DOM are ~100–300 MB. */
const MAX_RSS = 1024 * 1024 * 1024;
const GOOD = '示例-常见错误-生活驿站运行经费.docx';
const EXAMPLES = join(__dirname, '..', '..', 'examples');
const GOLDEN = join(__dirname, '..', 'golden', 'examples');

const root = mkdtempSync(join(tmpdir(), 'jixiao-hostile-'));
const corpus = join(root, 'corpus');
let paths = new Map<string, string>();

beforeAll(async () => {
  paths = await writeCorpus(corpus, HOSTILE);
  copyFileSync(join(EXAMPLES, GOOD), join(corpus, GOOD));
}, 60_000);

/** Every file under `dir` with its size and SHA-256, to prove a run wrote nothing there. */
function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const key = relative(dir, path);
    out[key] = entry.isFile()
      ? `${statSync(path).size}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`
      : 'dir';
  }
  return out;
}

const fileReport = (run: CliRun): FileReport => {
  const report = JSON.parse(run.stdout) as Report;
  expect(report.files).toHaveLength(1);
  return report.files[0]!;
};

/** What a run made of one file, as one object (so a failure shows the code, the time and the memory at once). */
function outcome(file: HostileFile, run: CliRun) {
  const within = {
    killed: run.signal,
    cpuMs: Math.round(run.cpuMs),
    inTime: run.cpuMs < BOUND_MS,
    rssMiB: Math.round(run.maxRss / 1048576),
    inMemory: run.maxRss < MAX_RSS,
  };
  if (run.status === null) return { ...within, stderr: run.stderr.slice(-300) };
  const report = fileReport(run);
  if (report.status === 'ok') file.verify?.(report.forms);
  return { ...within, exit: run.status, result: report.status === 'ok' ? 'ok' : report.error!.code };
}

const expectedOutcome = (file: HostileFile) => ({
  killed: null,
  cpuMs: expect.any(Number),
  inTime: true,
  rssMiB: expect.any(Number),
  inMemory: true,
  exit: file.expected === 'ok' ? expect.any(Number) : 2,
  result: file.expected,
});

describe('each hostile file on its own: documented code or a correct report, in bounded time and memory', () => {
  it.each(HOSTILE.map((f) => [f.name, f.what, f] as const))(
    '%s: %s',
    (_name, _what, file) => {
      const run = runCli(['check', paths.get(file.name)!, '--format', 'json'], KILL_MS);
      expect(outcome(file, run)).toEqual(expectedOutcome(file));
      if (file.expected === 'ok') expect([0, 1]).toContain(run.status);
    },
    KILL_MS + 5_000,
  );
});

describe('the whole corpus and one good document in one run', () => {
  const expectedByName = new Map(HOSTILE.map((f) => [f.name, f.expected as string]));
  expectedByName.set(GOOD, 'ok');

  const results = (run: CliRun) =>
    Object.fromEntries(
      (JSON.parse(run.stdout) as Report).files.map((f) => [
        relative(corpus, f.path),
        f.status === 'ok' ? 'ok' : f.error!.code,
      ]),
    );

  it('reports every bad file with its code, checks the good one, exits 2, and writes nothing beside the inputs', () => {
    const before = listing(corpus);
    const run = runCli(['check', corpus, '--format', 'json'], 140_000);
    expect(run.status).toBe(2);
    expect(results(run)).toEqual(Object.fromEntries(expectedByName));
    const good = (JSON.parse(run.stdout) as Report).files.find((f) => f.path.endsWith(GOOD))!;
    expect(good.forms).toEqual(JSON.parse(readFileSync(join(GOLDEN, `${GOOD}.json`), 'utf8')));
    expect(listing(corpus)).toEqual(before);
  }, 150_000);

  it('with --fix --out: corrected copies only under the output folder, the inputs byte-identical', () => {
    const out = mkdtempSync(join(tmpdir(), 'jixiao-hostile-out-'));
    const before = listing(corpus);
    const run = runCli(['check', corpus, '--fix', '--out', out, '--format', 'json'], 140_000);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(results(run)).toEqual(Object.fromEntries(expectedByName));
    expect(listing(corpus)).toEqual(before);
    const fixed = report.files.filter((f) => f.fixed).map((f) => relative(out, f.fixed!.path));
    expect(fixed).toContain(GOOD);
    // Beside the copies, only the record of what was written (COPIES_RECORD).
    expect(Object.keys(listing(out)).sort()).toEqual([...fixed, COPIES_RECORD].sort());
  }, 150_000);
});
