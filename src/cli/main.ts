// `jixiao`: checks folders of .docx/.xlsx forms with the same engine as the add-in. Inputs are only read.
import { mkdir, readFile, stat, writeFile } from 'fs/promises';
import { dirname, resolve } from 'path';
import type { Lang } from '../core/rules';
import { COMMON_TYPE, findProjectType } from '../core/suggest/classify';
import type { Library, ProjectType } from '../library/schema';
import { MAX_FILE_BYTES } from '../hosts/file/limits';
import type { Collected } from './collect';
import { collect } from './collect';
import { compareExitCode, compareFiles, renderCompareText } from './compare';
import { CopyRefused, outsideOut, planCopies, writeFixedCopy } from './fix';
import { HELP, parseArgs, UsageError } from './args';
import type { FileReport } from './report';
import { compareWorkbook } from './compare-xlsx';
import { isReportWorkbook, reportWorkbook } from './report-xlsx';
import { checkFile, exitCode, fileErrorOf, renderText, summarise } from './report';
import type { SuggestFileReport } from './suggest';
import { renderRulesText, rulesReport } from './rules';
import { loadSetup, setupErrorText } from './settings';
import { renderSuggestText, suggestFile, summariseSuggestions } from './suggest';
import { suggestWorkbook } from './suggest-xlsx';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  readonly interactive: boolean;
}

const VERSION = '0.1.0';
/** Below this many files the run is quick enough to need no progress bar. */
const PROGRESS_FROM = 5;

function progress(io: Io, done: number, total: number): void {
  if (!io.interactive || total < PROGRESS_FROM) return;
  const width = 24;
  const filled = Math.round((done / total) * width);
  io.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
}

function noForms(path: string, lang: Lang) {
  return {
    path,
    status: 'error' as const,
    error: {
      code: 'no-forms',
      message: lang === 'en' ? 'no .docx or .xlsx files in this folder' : '文件夹中没有 .docx 或 .xlsx 文件',
    },
    forms: [],
  };
}

/** What the folders given hold but cannot be checked: folders without documents, unreadable or old-format entries. */
function folderErrors({ emptyFolders, unreadable }: Collected, lang: Lang) {
  return [
    ...emptyFolders.map((path) => noForms(path, lang)),
    ...unreadable.map(({ path, error }) => ({
      path,
      status: 'error' as const,
      error: fileErrorOf(error, lang),
      forms: [],
    })),
  ];
}

/**
 * The files but this run's --report and the report workbooks of earlier runs (`check forms --report forms/r.xlsx`,
 * then `check forms`): a report is jixiao's output, and read as a form its 汇总 sheet gave false fund findings.
 */
async function withoutReport(files: readonly string[], report: string | null): Promise<string[]> {
  const output = report === null ? null : resolve(report);
  const kept: string[] = [];
  for (const file of files) {
    if (resolve(file) === output) continue;
    if (/\.xlsx$/i.test(file) && (await isReport(file))) continue;
    kept.push(file);
  }
  return kept;
}

/** A workbook jixiao wrote as a report. A report is small; anything larger is not one, and is not read to find out. */
async function isReport(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size > MAX_FILE_BYTES) return false;
  const bytes = await readFile(path).catch(() => null);
  return bytes !== null && isReportWorkbook(new Uint8Array(bytes));
}

/** A report may be written where there is no file yet, or over a report jixiao wrote (a run repeated). */
async function mayWriteReport(path: string): Promise<boolean> {
  // Nothing there (or no such folder yet: writing says why if it cannot be made); a folder or unreadable file is kept.
  const absent = (e: NodeJS.ErrnoException) => e.code === 'ENOENT' || e.code === 'ENOTDIR';
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => (absent(e) ? null : undefined));
  if (info === null) return true;
  return info !== undefined && isReport(path);
}

/**
 * Writes the --report workbook and says so on stderr (stdout stays the report: `written` is the line); false when
 * it cannot be written.
 */
async function writeReport(
  path: string,
  workbook: () => Promise<Uint8Array>,
  written: string,
  lang: Lang,
  io: Io,
): Promise<boolean> {
  try {
    const bytes = await workbook();
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, bytes);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    io.stderr(
      lang === 'en'
        ? `jixiao: cannot write the report ${path}: ${reason}\n`
        : `jixiao: 无法写入报告 ${path}：${reason}\n`,
    );
    return false;
  }
  io.stderr(`jixiao: ${written}\n`);
  return true;
}

/**
 * The library's types named with --type, each once (培训,training is one type); a name it does not know is a usage
 * error that lists the ones it does.
 */
function namedTypes(names: readonly string[], library: Library, lang: Lang): ProjectType[] {
  const types = names.map((name) => {
    const type = findProjectType(library.types, name);
    if (type) return type;
    const known = library.types
      .filter((t) => t.id !== COMMON_TYPE)
      .map((t) => (lang === 'en' ? `${t.id} (${t.labelEn})` : `${t.label.replace(/类$/, '')}（${t.id}）`));
    throw new UsageError(
      lang === 'en'
        ? `--type ${name}: the library has no such project type; it has ${known.join(', ')}`
        : `--type ${name}：指标库中没有这个项目类型。可用的类型：${known.join('、')}`,
    );
  });
  return [...new Set(types)];
}

/** --report: refused before anything is read when the path holds a file jixiao did not write. */
async function refuseForeignReport(path: string | null): Promise<void> {
  if (path !== null && !(await mayWriteReport(path)))
    throw new UsageError(
      `--report ${path} exists and is not a report jixiao wrote: it is left as it is; choose another name`,
    );
}

const findingCount = (s: { errors: number; warnings: number; infos: number }) => s.errors + s.warnings + s.infos;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let lang: Lang = 'zh-CN';
  try {
    const parsed = parseArgs(argv, io.env);
    if (parsed.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    lang = parsed.lang;
    if (parsed.command === 'help') {
      io.stdout(HELP[lang] + (lang === 'zh-CN' ? `\n${HELP.en}` : ''));
      return 0;
    }
    const loaded = await loadSetup(parsed.settings, parsed.command === 'rules' ? null : parsed.library);
    if (!loaded.ok) {
      io.stderr(setupErrorText(loaded, lang));
      return 2;
    }
    const { library, settings } = loaded.setup;
    if (parsed.command === 'rules') {
      const report = rulesReport(settings);
      io.stdout(parsed.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderRulesText(report, lang));
      return 0;
    }
    if (parsed.command === 'compare') {
      await refuseForeignReport(parsed.report);
      const when = new Date();
      const before = parsed.previous === null ? null : await collect([parsed.previous]);
      const now = await collect([parsed.current]);
      const report = await compareFiles(
        before && (await withoutReport(before.files, parsed.report)),
        await withoutReport(now.files, parsed.report),
        library,
        lang,
        settings,
        { includeIgnored: parsed.includeIgnored },
      );
      const sided = (side: 'previous' | 'current', found: Collected | null) =>
        (found ? folderErrors(found, lang) : []).map(({ path, error }) => ({ path, side, error }));
      report.unreadable.unshift(...sided('previous', before), ...sided('current', now));
      io.stdout(parsed.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderCompareText(report, lang));
      const written =
        lang === 'en'
          ? `comparison written to ${parsed.report} (${report.summary.pairs} pairs of forms, ${findingCount(report.summary)} findings)`
          : `比较报告已写入 ${parsed.report}（${report.summary.pairs} 对申报表，${findingCount(report.summary)} 条问题）`;
      if (
        parsed.report !== null &&
        !(await writeReport(parsed.report, () => compareWorkbook(report, lang, when), written, lang, io))
      )
        return 2;
      return compareExitCode(report);
    }
    const collected = await collect(parsed.paths);
    const { files, roots } = collected;
    if (parsed.command === 'suggest') {
      const types = namedTypes(parsed.types, library, lang);
      await refuseForeignReport(parsed.report);
      const when = new Date();
      const reports: SuggestFileReport[] = folderErrors(collected, lang);
      const inputs = await withoutReport(files, parsed.report);
      for (const [i, path] of inputs.entries()) {
        reports.push(await suggestFile(path, { library, lang, top: parsed.top, types, settings }));
        progress(io, i + 1, inputs.length);
      }
      const report = summariseSuggestions(reports);
      io.stdout(parsed.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderSuggestText(report, lang));
      const written =
        lang === 'en'
          ? `suggestions written to ${parsed.report} (${report.summary.forms} forms, ${report.summary.suggestions} suggestions)`
          : `建议报告已写入 ${parsed.report}（${report.summary.forms} 张申报表，${report.summary.suggestions} 条建议）`;
      if (
        parsed.report !== null &&
        !(await writeReport(parsed.report, () => suggestWorkbook(report, lang, when), written, lang, io))
      )
        return 2;
      return report.files.some((f) => f.status === 'error') ? 2 : 0;
    }
    await refuseForeignReport(parsed.report);
    const given = await withoutReport(files, parsed.report);
    // `check . --out 退回`: the copies of an earlier run, found in the folder walked, are this run's output.
    const inputs = parsed.out === null ? given : await outsideOut(given, roots, parsed.out);
    const copies = parsed.out === null ? null : await planCopies(inputs, roots, parsed.out, parsed.report);
    const when = new Date();
    const reports: FileReport[] = folderErrors(collected, lang);
    for (const [i, path] of inputs.entries()) {
      const report = await checkFile(path, lang, library, settings, {
        includeIgnored: parsed.includeIgnored,
        lastYear: parsed.lastYear,
      });
      if (copies !== null)
        await writeFixedCopy(report, copies, when, lang, {
          fix: parsed.fix,
          comments: parsed.comments,
        });
      reports.push(report);
      progress(io, i + 1, inputs.length);
    }
    const report = summarise(reports, settings);
    io.stdout(parsed.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report, lang));
    const written =
      lang === 'en'
        ? `report written to ${parsed.report} (${report.summary.forms} forms, ${findingCount(report.summary)} findings)`
        : `检查报告已写入 ${parsed.report}（${report.summary.forms} 张申报表，${findingCount(report.summary)} 条问题）`;
    if (
      parsed.report !== null &&
      !(await writeReport(parsed.report, () => reportWorkbook(report, lang, when), written, lang, io))
    )
      return 2;
    return exitCode(report);
  } catch (thrown) {
    const e = thrown instanceof CopyRefused ? new UsageError(lang === 'en' ? thrown.en : thrown.zh) : thrown;
    if (!(e instanceof UsageError)) throw e;
    io.stderr(
      `jixiao: ${e.message}\n${lang === 'en' ? 'Run jixiao --help for usage.' : '运行 jixiao --help 查看用法。'}\n`,
    );
    return 2;
  }
}

/**
 * Writes to stdout or stderr until its reader goes away (EPIPE: `jixiao check … | head`), then drops the rest: the run
 * goes on, so the --report workbook is still written and the exit status still says what was found.
 */
function untilClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

/** Entry point of the `jixiao` bin. */
export function main(): void {
  const stderr = untilClosed(process.stderr);
  run(process.argv.slice(2), {
    stdout: untilClosed(process.stdout),
    stderr,
    env: process.env,
    interactive: Boolean(process.stderr.isTTY),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      stderr(`jixiao: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
