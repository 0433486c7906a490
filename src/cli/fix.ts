// --fix --out DIR: the safe fixes of a checked file written into a corrected copy; the input is only read.
import { mkdir, readFile, writeFile } from 'fs/promises';
import { dirname, extname, join, relative, resolve } from 'path';
import type { FixEdit } from '../hosts/file/write-back';
import { fixDocx, fixXlsx } from '../hosts/file/write-back';
import type { FileReport } from './report';

/** Where the corrected copy of a file goes: the same relative path under the output folder. */
export function outputPath(path: string, root: string, outDir: string): string {
  return join(outDir, relative(root, path) || path.split(/[\\/]/).pop()!);
}

/** Refuses an output folder that would put a copy on top of its input. */
export function overwritesInput(paths: readonly string[], roots: ReadonlyMap<string, string>, outDir: string): boolean {
  return paths.some((p) => resolve(outputPath(p, roots.get(p) ?? dirname(p), outDir)) === resolve(p));
}

export function fixesOf(report: FileReport): FixEdit[] {
  return report.forms.flatMap((form) =>
    form.findings.flatMap((f) => (f.fix ?? []).map((e) => ({ ...e, ruleId: f.ruleId }))),
  );
}

/** Writes the copy when there is anything to fix; records what was applied in the report. */
export async function writeFixedCopy(report: FileReport, root: string, outDir: string, when: Date): Promise<void> {
  const edits = fixesOf(report);
  if (report.status !== 'ok' || edits.length === 0) return;
  const input = new Uint8Array(await readFile(report.path));
  const fixed =
    extname(report.path).toLowerCase() === '.docx'
      ? await fixDocx(input, edits, when)
      : await fixXlsx(input, edits, when);
  const out = outputPath(report.path, root, outDir);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, fixed.bytes);
  report.fixed = { path: out, applied: fixed.result.applied.length, conflicts: fixed.result.conflicts.length };
}
