// The `jixiao` bin's output piped into a reader that stops early (`jixiao check … | head -1`): the command, run from
// the sources as a child process, must neither crash on the closed pipe nor lose the --report workbook.
import { spawn } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const ENTRY = join(ROOT, 'test', 'hostile', 'jixiao-from-source.cjs');
/** Read fine and clean of error findings: exit 0 unless the run itself fails. */
const FORMS = join(ROOT, 'examples', '2024-西渡街道绩效目标汇总表.docx');

/** Runs the command with stdout (and with `alsoStderr`, stderr) closed by its reader before anything is written. */
function runClosed(args: readonly string[], alsoStderr: boolean): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  if (alsoStderr) child.stderr.destroy();
  else child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, stderr })));
}

describe('jixiao with its output closed early', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-pipe-'));

  it('still writes the --report workbook and exits with the status of the check', async () => {
    const report = join(dir, 'stdout-closed.xlsx');
    const { code, stderr } = await runClosed(['check', FORMS, '--report', report], false);
    expect(stderr).not.toMatch(/EPIPE|internal error/);
    expect(stderr).toMatch(/检查报告已写入/);
    expect(existsSync(report)).toBe(true);
    expect(code).toBe(0);
  }, 60_000);

  it('does so with stderr closed too (`2>&1 | head`)', async () => {
    const report = join(dir, 'both-closed.xlsx');
    const { code } = await runClosed(['check', FORMS, '--report', report, '--format', 'json'], true);
    expect(existsSync(report)).toBe(true);
    expect(code).toBe(0);
  }, 60_000);
});
