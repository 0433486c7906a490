// --fix / --comments --out DIR: a checked file's safe fixes and its findings as review comments (审核意见) written into
// a copy; the input is only read.
import { createHash } from 'crypto';
import { lstat, mkdir, readFile, realpath, stat, writeFile } from 'fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'path';
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

/**
 * The copies a run wrote under --out and their SHA-256 as written, kept in the folder: a later run may replace a copy
 * that is still as jixiao wrote it, and nothing else (an original put there, a copy a person has since edited).
 * Hidden, so that checking the folder does not read it.
 */
export const COPIES_RECORD = '.jixiao-copies.json';

/** Why --out cannot be used, in both languages (a usage error: nothing has been read or written yet). */
export class CopyRefused extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Where each input's copy would go, checked against the disk before any file is read. */
export interface CopyPlan {
  readonly outDir: string;
  readonly targets: ReadonlyMap<string, string>;
  /** Relative path under outDir → SHA-256 of the copy jixiao wrote there. */
  readonly written: Map<string, string>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A path with its links resolved as far as it exists (a copy's folder may not exist yet). */
async function realPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => null);
  if (real !== null) return real;
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(await realPath(parent), basename(absolute));
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/**
 * The inputs but those found inside --out by walking a folder around it (`check . --out 退回` run twice: the first
 * run's copies are not forms to check again, nor inputs to protect from their own replacement). A file named inside
 * --out on the command line stays, and planCopies refuses to write over it.
 */
export async function outsideOut(
  files: readonly string[],
  roots: ReadonlyMap<string, string>,
  outDir: string,
): Promise<string[]> {
  const out = await realPath(outDir);
  const kept: string[] = [];
  for (const file of files) {
    const root = roots.get(file) ?? dirname(file);
    if (!inside(await realPath(file), out) || inside(await realPath(root), out)) kept.push(file);
  }
  return kept;
}

/** The same file, however its path is spelt (case-insensitive disks, hard links): device and inode. */
async function identity(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  return info ? `${info.dev}:${info.ino}` : null;
}

async function readRecord(outDir: string): Promise<Map<string, string>> {
  const text = await readFile(join(outDir, COPIES_RECORD), 'utf8').catch(() => null);
  try {
    const parsed: unknown = text === null ? null : JSON.parse(text);
    const entries = Object.entries((parsed as { copies?: unknown } | null)?.copies ?? {});
    return new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map(); // a damaged record lets nothing be replaced
  }
}

/**
 * Plans the copies of a run: refused when --out is a file or cannot be made, when a copy would land on an input or on
 * the --report workbook (links and `..` resolved), when two inputs would share one copy, or when a copy's place holds
 * a file that is not a copy jixiao wrote and nobody changed since.
 */
export async function planCopies(
  files: readonly string[],
  roots: ReadonlyMap<string, string>,
  outDir: string,
  report: string | null,
): Promise<CopyPlan> {
  const info = await stat(outDir).catch(() => null); // a link to a folder is a folder
  if (info && !info.isDirectory())
    throw new CopyRefused(`--out ${outDir} 不是文件夹：副本要写入一个文件夹`, `--out ${outDir} is not a folder`);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    const reason = (e as Error).message;
    throw new CopyRefused(
      `无法创建 --out 文件夹 ${outDir}：${reason}`,
      `cannot make the --out folder ${outDir}: ${reason}`,
    );
  }
  const inputs = new Map<string, string>();
  for (const file of files) {
    inputs.set(await realPath(file), file);
    const id = await identity(file);
    if (id) inputs.set(id, file);
  }
  const reportAt = report === null ? null : await realPath(report);
  const written = await readRecord(outDir);
  const targets = new Map<string, string>();
  const claimed = new Map<string, string>();
  for (const file of files) {
    const target = outputPath(file, roots.get(file) ?? dirname(file), outDir);
    const real = await realPath(target);
    const existing = await identity(target);
    const input = inputs.get(real) ?? (existing ? inputs.get(existing) : undefined);
    if (input !== undefined)
      throw new CopyRefused(
        `--out ${outDir} 会让副本覆盖输入文件 ${input}：副本从不替换原件，请另选文件夹`,
        `--out ${outDir} would put a copy over the input ${input}: copies never replace the originals; choose another folder`,
      );
    const other = claimed.get(real);
    if (other !== undefined)
      throw new CopyRefused(
        `${other} 和 ${file} 的副本都会写到 ${target}：请分两次检查，或给出它们的上一级文件夹`,
        `the copies of ${other} and ${file} would both be ${target}: check them in two runs, or give the folder above them`,
      );
    if (real === reportAt)
      throw new CopyRefused(
        `--report ${report} 与 ${file} 的副本同名：请另选报告文件名`,
        `--report ${report} is where the copy of ${file} goes: name the report otherwise`,
      );
    claimed.set(real, file);
    targets.set(file, target);
    if (!(await replaceable(target, outDir, written)))
      throw new CopyRefused(
        `--out 文件夹中已有 ${target}，它不是 jixiao 写入后未经改动的副本：为免覆盖，请换一个文件夹或先移走它`,
        `${target} already exists and is not a copy jixiao wrote and nobody changed since: it is left as it is; choose another --out folder or move it away`,
      );
  }
  return { outDir, targets, written };
}

/** A copy's place is free, or holds the copy a previous run wrote, unchanged. */
async function replaceable(target: string, outDir: string, written: ReadonlyMap<string, string>): Promise<boolean> {
  const info = await lstat(target).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : undefined));
  if (info === null) return true;
  if (info === undefined || !info.isFile()) return false;
  const recorded = written.get(relative(outDir, target));
  if (recorded === undefined) return false;
  const bytes = await readFile(target).catch(() => null);
  return bytes !== null && sha256(new Uint8Array(bytes)) === recorded;
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
 * Writes the copy when there is anything to fix or comment on, at its planned place, and records it; records what went
 * in in the report. A file that cannot be read any more (saved meanwhile: cut short, replaced, deleted), or a copy
 * that cannot be written, is reported as an error instead, and the batch goes on.
 */
export async function writeFixedCopy(
  report: FileReport,
  plan: CopyPlan,
  when: Date,
  lang: Lang = 'zh-CN',
  wants: CopyWants = { fix: true, comments: false },
): Promise<void> {
  const edits = wants.fix ? fixesOf(report) : [];
  const comments = wants.comments ? commentsOf(report, lang) : [];
  const out = plan.targets.get(report.path);
  if (report.status !== 'ok' || edits.length + comments.length === 0 || out === undefined) return;
  let fixed: FixedFile;
  try {
    fixed = await copyFile(report.path, edits, comments, when);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    fail(
      report,
      e instanceof FileError ? e : new FileError(missing ? 'not-found' : 'corrupt', (e as Error).message),
      lang,
    );
    return;
  }
  try {
    await mkdir(dirname(out), { recursive: true });
    // Checked again just before writing: the place may have been taken since the plan.
    if (!(await replaceable(out, plan.outDir, plan.written)))
      throw new Error(lang === 'en' ? `${out} was taken meanwhile` : `${out} 在检查期间被占用`);
    await writeFile(out, fixed.bytes);
  } catch (e) {
    fail(report, new FileError('write-failed', (e as Error).message), lang);
    return;
  }
  plan.written.set(relative(plan.outDir, out), sha256(fixed.bytes));
  await writeRecord(plan);
  report.fixed = {
    path: out,
    applied: fixed.result.applied.length,
    conflicts: fixed.result.conflicts.length,
    ...(wants.comments ? { comments: fixed.comments } : {}),
  };
}

/**
 * Keeps the record beside the copies. Never through a link or over something else of that name; a record that cannot
 * be written leaves the copy as it is, and the next run, finding its hash unknown, refuses to replace it: safe.
 */
async function writeRecord(plan: CopyPlan): Promise<void> {
  const path = join(plan.outDir, COPIES_RECORD);
  const info = await lstat(path).catch(() => null);
  if (info && !info.isFile()) return;
  await writeFile(path, `${JSON.stringify({ copies: Object.fromEntries(plan.written) }, null, 2)}\n`).catch(() => {});
}

function fail(report: FileReport, error: FileError, lang: Lang): void {
  report.status = 'error';
  report.error = { code: error.code, message: error.text(lang) };
}
