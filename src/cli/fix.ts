// --fix --out DIR: the safe fixes of a checked file written into a corrected copy; the input is only read.
import { mkdir, readFile, writeFile } from 'fs/promises';
import { dirname, extname, join, relative, resolve } from 'path';
import type { Lang } from '../core/rules';
import { FileError } from '../hosts/file/file-errors';
import type { FixEdit, FixedFile } from '../hosts/file/write-back';
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

/** The fixes applied to the file as it is now on disk (it is read again: it may have changed since its check). */
async function fixFile(path: string, edits: FixEdit[], when: Date): Promise<FixedFile> {
  const input = new Uint8Array(await readFile(path));
  return extname(path).toLowerCase() === '.docx' ? fixDocx(input, edits, when) : fixXlsx(input, edits, when);
}

/**
 * Writes the copy when there is anything to fix; records what was applied in the report. A file that cannot be read
 * any more (saved meanwhile: cut short, replaced, deleted) is reported as an error instead, and the batch goes on.
 */
export async function writeFixedCopy(
  report: FileReport,
  root: string,
  outDir: string,
  when: Date,
  lang: Lang = 'zh-CN',
): Promise<void> {
  const edits = fixesOf(report);
  if (report.status !== 'ok' || edits.length === 0) return;
  let fixed: FixedFile;
  try {
    fixed = await fixFile(report.path, edits, when);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    const error = e instanceof FileError ? e : new FileError(missing ? 'not-found' : 'corrupt', (e as Error).message);
    report.status = 'error';
    report.error = { code: error.code, message: error.text(lang) };
    return;
  }
  const out = outputPath(report.path, root, outDir);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, fixed.bytes);
  report.fixed = { path: out, applied: fixed.result.applied.length, conflicts: fixed.result.conflicts.length };
}
