// The CLI's JSON report (DESIGN §3.4) for a batch of files, and its text rendering.
import { LAST_YEAR_KEY, withLastYear } from '../core/compare/with-last-year';
import type { Form } from '../core/form';
import { check } from '../core/lint';
import { formYear } from '../core/rules/support';
import type { RuleSettings } from '../core/rule-settings';
import { configureRules } from '../core/rule-settings';
import type { ReportedFinding } from '../core/ignored';
import { applyIgnores, IGNORED_KEY, readIgnored } from '../core/ignored';
import { LEVEL_TEXT } from '../core/rule-catalog';
import { allRules } from '../core/rules';
import { location } from '../core/location';
import type { Finding, Lang, Severity } from '../core/rules';
import type { FormReport } from '../core/report';
import { reportForm, SCHEMA_VERSION } from '../core/report';
import { bundledLibrary } from '../library/bundled';
import type { Library } from '../library/schema';
import { FileError } from '../hosts/file/file-errors';
import type { AddinSettings } from '../hosts/file/addin-settings';
import { readDocument } from '../hosts/file/read-file';
import { keptLastYearForms } from '../hosts/kept-last-year';
import type { SettingsRef } from './settings';
import { settingsLine } from './settings';

export interface FileReport {
  path: string;
  status: 'ok' | 'error';
  error?: { code: string; message: string };
  forms: FormReport[];
  /**
   * With --fix or --comments: the copy written under --out, how many fixes went in (a conflict is a cell that changed
   * meanwhile) and, with --comments, how many review comments.
   */
  fixed?: { path: string; applied: number; conflicts: number; comments?: number };
  /** The name of last year's file the document keeps (the pane's 与上年比较), its forms compared with this year's. */
  keptLastYear?: string;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  files: FileReport[];
  /** `ignored`: findings left out because the documents' people ignored them in the pane (see FormReport). */
  summary: { files: number; forms: number; errors: number; warnings: number; infos: number; ignored: number };
  /** With --settings: the organisation's settings the forms were checked under (absent without). */
  settings?: SettingsRef;
}

/**
 * Reads and checks one file; `projectType` comes from `library` (the bundled one unless --library adds to it), the
 * rules are the engine's as an organisation's `settings` set them.
 */
export async function checkFile(
  path: string,
  lang: Lang,
  library: Library = bundledLibrary(),
  settings: RuleSettings | null = null,
  { includeIgnored = false, lastYear = true }: { includeIgnored?: boolean; lastYear?: boolean } = {},
): Promise<FileReport> {
  try {
    const rules = configureRules(allRules, settings);
    const document = await readDocument(path);
    const ignored = documentIgnores(document.settings);
    const checked = check(document.grids, { lang, rules });
    // Tables but no form among them: nothing was checked, which a clean report (exit 0) would pass off as fine.
    if (checked.length === 0) throw new FileError(document.grids.length ? 'no-forms-recognised' : 'no-tables');
    const kept = lastYear ? documentLastYear(document.settings) : null;
    const joined = kept
      ? withLastYear(checked, kept.forms, { lang, library: library.indicators, settings })
      : { forms: checked, comparisons: [] };
    const forms = joined.forms.map((form, i) => {
      const previous = joined.comparisons[i]?.previous;
      const report = reportForm(form, library);
      return {
        ...report,
        ...(previous && kept ? { lastYear: { file: kept.name, ...formRefOf(previous) } } : {}),
        // The form's findings by what its people ignored in the pane (see FormReport's `ignored`).
        ...applyIgnores(report.findings, ignored, includeIgnored),
      };
    });
    return { path, status: 'ok', forms, ...(kept ? { keptLastYear: kept.name } : {}) };
  } catch (e) {
    return { path, status: 'error', error: fileErrorOf(e, lang), forms: [] };
  }
}

/**
 * Last year's forms as the document keeps them (the pane's 与上年比较, saved with the document): the first copy of
 * the add-in's setting that reads, as the pane reads it; null when none does or it holds no form.
 */
export function documentLastYear(settings: AddinSettings): { name: string; forms: Form[] } | null {
  for (const saved of settings.get(LAST_YEAR_KEY) ?? []) {
    const kept = keptLastYearForms(saved);
    if (kept) return kept;
  }
  return null;
}

/** A form as a report names it: its place, project name and year. */
export const formRefOf = (form: Form) => ({
  index: form.index,
  projectName: form.fields.projectName?.text.trim() || null,
  year: formYear(form),
});

/** The ignore lists the document keeps (one per copy of the add-in that saved one), as one. */
export function documentIgnores(settings: AddinSettings): Set<string> {
  return new Set((settings.get(IGNORED_KEY) ?? []).flatMap((saved) => [...readIgnored(saved)]));
}

/** Whether the findings include those the document ignored (--include-ignored: listed, marked). */
export const listsIgnored = (findings: readonly ReportedFinding[]): boolean =>
  findings.some((f) => f.ignoredInDocument);

/** Ignored findings a report leaves out: all of them, unless --include-ignored listed them. */
export const unlisted = (findings: readonly ReportedFinding[], ignored: readonly Finding[] = []): Finding[] =>
  listsIgnored(findings) ? [] : [...ignored];

/** After a summary's counts: how many of the findings the documents ignored, counted (listed) or not. */
export function ignoredCount(count: number, listed: boolean, lang: Lang): string {
  if (count === 0) return '';
  if (lang === 'en')
    return listed
      ? ` (${count} of them ignored in the documents)`
      : ` (${count} more ignored in the documents, not counted)`;
  return listed ? `（其中 ${count} 条已在文档中忽略）` : `（另有 ${count} 条已在文档中忽略，未计入）`;
}

/** The text report's line of a finding, marked when the document ignored it (--include-ignored). */
export function findingLine(path: string, f: ReportedFinding, lang: Lang): string {
  const mark = f.ignoredInDocument ? (lang === 'en' ? ' [ignored in the document]' : '［已在文档中忽略］') : '';
  return `${path}:${location(f.cell, lang)} ${SEVERITY[lang][f.severity]}${mark} ${f.message} ${f.ruleId}`;
}

/** Why a file could not be read, as the reports give it: the FileError's code and message, else `internal`. */
export function fileErrorOf(e: unknown, lang: Lang): { code: string; message: string } {
  const error = e instanceof FileError ? e : null;
  const message = error ? error.text(lang) : e instanceof Error ? e.message : String(e);
  return { code: error?.code ?? 'internal', message };
}

export function summarise(files: FileReport[], settings: SettingsRef | null = null): Report {
  const findings = files.flatMap((f) => f.forms.flatMap((form) => form.findings));
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    files,
    summary: {
      files: files.length,
      forms: files.reduce((n, f) => n + f.forms.length, 0),
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      ignored: files.reduce((n, f) => n + f.forms.reduce((m, form) => m + (form.ignored?.length ?? 0), 0), 0),
    },
    ...(settings ? { settings } : {}),
  };
}

/** 0 clean, 1 an error-severity finding, 2 a file could not be read. */
export function exitCode(report: Report): number {
  if (report.files.some((f) => f.status === 'error')) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

export { location };

/** Severity in the reviewer's words (the levels an organisation sets), for the text report and the workbook. */
export const SEVERITY: Record<Lang, Record<Severity, string>> = {
  'zh-CN': { error: LEVEL_TEXT.error.zh, warning: LEVEL_TEXT.warning.zh, info: LEVEL_TEXT.info.zh },
  en: { error: LEVEL_TEXT.error.en, warning: LEVEL_TEXT.warning.en, info: LEVEL_TEXT.info.en },
};

/** What went into a file's copy under --out and where it is: for the text report and the workbook's 汇总. */
export function copySummary(copy: NonNullable<FileReport['fixed']>, lang: Lang): string {
  const { applied, comments, conflicts } = copy;
  const fixes = comments === undefined || applied > 0;
  if (lang === 'en') {
    const what = [fixes ? `${applied} fixes` : null, comments === undefined ? null : `${comments} review comments`];
    const left = conflicts ? ` (${conflicts} cells changed meanwhile, left as they are)` : '';
    return `${what.filter(Boolean).join(' and ')} written to ${copy.path}${left}`;
  }
  const what = [fixes ? `已修正 ${applied} 处` : null, comments === undefined ? null : `写入审核意见 ${comments} 条`];
  const left = conflicts ? `（${conflicts} 处单元格已被改动，未修改）` : '';
  return `${what.filter(Boolean).join('、')}，另存为 ${copy.path}${left}`;
}

/**
 * What a file's people ignored in the pane, said rather than hidden: a reviewer sees that something was set aside,
 * how serious, and how to list it.
 */
export function ignoredSummary(ignored: readonly Finding[], lang: Lang): string {
  const levels = (['error', 'warning', 'info'] as const)
    .map((level) => [level, ignored.filter((f) => f.severity === level).length] as const)
    .filter(([, n]) => n > 0);
  if (lang === 'en') {
    const by = levels.map(([level, n]) => `${n} ${SEVERITY.en[level]}${n === 1 ? '' : 's'}`).join(', ');
    const were = ignored.length === 1 ? 'finding was' : 'findings were';
    return `${ignored.length} more ${were} ignored in the document (${by}) and are not listed; --include-ignored lists them`;
  }
  const by = levels.map(([level, n]) => `${SEVERITY['zh-CN'][level]} ${n} 条`).join('、');
  return `另有 ${ignored.length} 条问题已在文档中忽略（${by}），未列出；加 --include-ignored 可列出`;
}

/** What the comparison with the last year's file the document keeps found: how many forms it paired. */
function keptLastYearLine(file: FileReport, name: string, lang: Lang): string {
  const paired = file.forms.filter((form) => form.lastYear).length;
  if (lang === 'en')
    return paired
      ? `compared with last year's "${name}" kept in the document: ${paired} form${paired === 1 ? '' : 's'} paired with last year's form of the project`
      : `last year's "${name}" kept in the document has no project of the same name and unit: nothing compared`;
  return paired
    ? `已与文档中保存的上年申报表“${name}”比较，其中 ${paired} 张表与上年同一项目对应`
    : `文档中保存的上年申报表“${name}”没有与本文档同名、同单位的项目，未比较`;
}

export function renderText(report: Report, lang: Lang): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.error) lines.push(`${file.path}: ${SEVERITY[lang].error} ${file.error.message} [${file.error.code}]`);
    for (const form of file.forms) for (const f of form.findings) lines.push(findingLine(file.path, f, lang));
    const ignored = file.forms.flatMap((form) => unlisted(form.findings, form.ignored));
    if (ignored.length) lines.push(`${file.path}${lang === 'en' ? ': ' : '：'}${ignoredSummary(ignored, lang)}`);
    if (file.keptLastYear !== undefined)
      lines.push(`${file.path}${lang === 'en' ? ': ' : '：'}${keptLastYearLine(file, file.keptLastYear, lang)}`);
    if (file.fixed) lines.push(`${file.path}${lang === 'en' ? ': ' : '：'}${copySummary(file.fixed, lang)}`);
  }
  const s = report.summary;
  // A file read whole in which no form was recognised is not "could not be read": it is counted apart.
  const unrecognised = report.files.filter((f) => f.error?.code === 'no-forms-recognised').length;
  // Nor is a file whose --out copy could not be written: it was read and checked.
  const unwritten = report.files.filter((f) => f.error?.code === 'write-failed').length;
  const unread = report.files.filter((f) => f.status === 'error').length - unrecognised - unwritten;
  const listed = report.files.some((file) => file.forms.some((form) => listsIgnored(form.findings)));
  if (report.settings) lines.push(settingsLine(report.settings, lang));
  lines.push(
    lang === 'en'
      ? `${s.files} files, ${s.forms} forms: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos${ignoredCount(s.ignored, listed, lang)}${unread ? `; ${unread} files could not be read` : ''}${unrecognised ? `; ${unrecognised} files with no form recognised` : ''}${unwritten ? `; ${unwritten} copies could not be written` : ''}`
      : `共 ${s.files} 个文件、${s.forms} 张申报表：错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条${ignoredCount(s.ignored, listed, lang)}${unread ? `；${unread} 个文件无法读取` : ''}${unrecognised ? `；${unrecognised} 个文件未识别出申报表` : ''}${unwritten ? `；${unwritten} 个副本未能写入` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
