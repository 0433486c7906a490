// Runs the real `jixiao` command (from the sources) as a child process with a deadline, and reports its exit status,
// output, time and peak memory: a hang is killed, a crash stays in the child.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const ENTRY = join(__dirname, 'jixiao-from-source.cjs');
const PRELOAD = join(ROOT, 'bench', 'resource-usage.cjs');

export interface CliRun {
  /** null when the deadline killed it (or it died of a signal, e.g. out of memory). */
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall-clock time, start-up included. */
  readonly ms: number;
  /** CPU time (user + system): what the work costs, whatever else the machine is doing; NaN if it never exited. */
  readonly cpuMs: number;
  /** Peak resident memory in bytes (getrusage); NaN when the child never got to write it. */
  readonly maxRss: number;
}

export function runCli(args: readonly string[], deadlineMs: number): CliRun {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-usage-'));
  const usageFile = join(dir, 'usage.json');
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-r', PRELOAD, ENTRY, ...args], {
    cwd: ROOT,
    env: { ...process.env, JIXIAO_USAGE_FILE: usageFile },
    encoding: 'utf8',
    timeout: deadlineMs,
    killSignal: 'SIGKILL',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let usage = { maxRss: Number.NaN, cpuMs: Number.NaN };
  try {
    usage = JSON.parse(readFileSync(usageFile, 'utf8')) as typeof usage;
  } catch {
    // killed or crashed before its exit handler ran
  }
  rmSync(dir, { recursive: true, force: true });
  const { status, signal, stdout, stderr } = child;
  return { status, signal, stdout, stderr, ms, cpuMs: usage.cpuMs, maxRss: usage.maxRss };
}
