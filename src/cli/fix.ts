// --fix / --comments --out DIR: a checked file's safe fixes and its findings as review comments (审核意见) written into
// a copy; the input is only read.
import { mkdir, readFile, writeFile } from 'fs/promises';
import { dirname, extname, join, relative, resolve } from 'path';
import { reviewComments } from '../core/review-comments';
import type { Lang } from '../core/rules';
import type { CellComment } from '../hosts/host';
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

/** What the copy gets: the safe fixes and/or one comment per problem cell. */
export interface CopyWants {
  readonly fix: boolean;
  readonly comments: boolean;
}

function commentsOf(report: FileReport, lang: Lang): CellComment[] {
  return report.forms.flatMap((form) => reviewComments(form.findings, lang));
}

/** The copy made from the file as it is now on disk (it is read again: it may have changed since its check). */
async function copyFile(path: string, edits: FixEdit[], comments: CellComment[], when: Date): Promise<FixedFile> {
  const input = new Uint8Array(await readFile(path));
  return extname(path).toLowerCase() === '.docx'
    ? fixDocx(input, edits, when, comments)
    : fixXlsx(input, edits, when, comments);
}

/**
 * Writes the copy when there is anything to fix or comment on; records what went in in the report. A file that cannot be read
 * any more (saved meanwhile: cut short, replaced, deleted) is reported as an error instead, and the batch goes on.
 */
export async function writeFixedCopy(
  report: FileReport,
  root: string,
  outDir: string,
  when: Date,
  lang: Lang = 'zh-CN',
  wants: CopyWants = { fix: true, comments: false },
): Promise<void> {
  const edits = wants.fix ? fixesOf(report) : [];
  const comments = wants.comments ? commentsOf(report, lang) : [];
  if (report.status !== 'ok' || edits.length + comments.length === 0) return;
  let fixed: FixedFile;
  try {
    fixed = await copyFile(report.path, edits, comments, when);
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
  report.fixed = {
    path: out,
    applied: fixed.result.applied.length,
    conflicts: fixed.result.conflicts.length,
    ...(wants.comments ? { comments: fixed.comments } : {}),
  };
}
