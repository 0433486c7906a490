// --report FILE.xlsx: the check report as a workbook for finance staff: one row per form, one row per finding; and
// the sheet kit compare's workbook uses too. A workbook, not CSV: targets begin with `=` (`=100(%)`), which Excel
// would read from a CSV as a formula.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { location } from '../core/location';
import type { ReportedFinding } from '../core/ignored';
import type { FormReport } from '../core/report';
import type { Finding, Lang, Severity } from '../core/rules';
import { LEVEL_TEXT, optionsText, settingChanges } from '../core/rule-catalog';
import type { FileReport, Report } from './report';
import { copySummary, listsIgnored, SEVERITY } from './report';
import type { SettingsRef } from './settings';

/** Written into the workbook's properties: an existing file is replaced only when jixiao wrote it. */
export const REPORT_CREATOR = 'jixiao';

export interface Column {
  readonly zh: string;
  readonly en: string;
  readonly width: number;
  readonly wrap?: boolean;
  readonly money?: boolean;
}

const SUMMARY_COLUMNS = {
  file: { zh: '文件', en: 'File', width: 44 },
  project: { zh: '项目名称', en: 'Project', width: 30, wrap: true },
  department: { zh: '主管部门', en: 'Department', width: 20, wrap: true },
  implementer: { zh: '实施单位', en: 'Implementing unit', width: 20, wrap: true },
  type: { zh: '项目类型', en: 'Project type', width: 18 },
  annual: { zh: '年度资金申请总额（元）', en: 'Annual request (yuan)', width: 18, money: true },
  errors: { zh: '错误', en: 'Errors', width: 8 },
  warnings: { zh: '警告', en: 'Warnings', width: 8 },
  infos: { zh: '提示', en: 'Infos', width: 8 },
  note: { zh: '说明', en: 'Note', width: 40, wrap: true },
} satisfies Record<string, Column>;

const FINDING_COLUMNS = {
  file: { zh: '文件', en: 'File', width: 36 },
  project: { zh: '项目名称', en: 'Project', width: 24, wrap: true },
  where: { zh: '位置', en: 'Location', width: 18 },
  severity: { zh: '级别', en: 'Severity', width: 8 },
  message: { zh: '问题说明', en: 'Finding', width: 70, wrap: true },
  actual: { zh: '当前内容', en: 'As written', width: 24, wrap: true },
  expected: { zh: '可改为', en: 'Could read', width: 24, wrap: true },
  rule: { zh: '规则', en: 'Rule', width: 28 },
} satisfies Record<string, Column>;

/** With --settings: one row per rule the organisation set, so the workbook says what it was checked against. */
const SETTINGS_COLUMNS = {
  settings: { zh: '审核口径', en: 'Settings', width: 30, wrap: true },
  rule: { zh: '规则', en: 'Rule', width: 34 },
  description: { zh: '说明', en: 'What it checks', width: 50, wrap: true },
  severity: { zh: '默认级别', en: 'Default', width: 10 },
  level: { zh: '本口径级别', en: 'Set to', width: 12 },
  options: { zh: '本口径参数', en: 'Options set', width: 50, wrap: true },
} satisfies Record<string, Column>;

const SHEETS = {
  summary: { zh: '汇总', en: 'Summary' },
  findings: { zh: '问题清单', en: 'Findings' },
  ignored: { zh: '文档中已忽略', en: 'Ignored in documents' },
  settings: { zh: '审核口径', en: 'Settings' },
} as const;

/** Findings the documents' people ignored in the pane, listed apart (check and compare). */
export const IGNORED_SHEET = SHEETS.ignored;

/** The severity cell's fill in 问题清单. */
const SEVERITY_FILL: Record<Severity, string> = { error: 'FFF8D7DA', warning: 'FFFFF3CD', info: 'FFE7F1FF' };

export const pick = (text: { zh: string; en: string }, lang: Lang) => (lang === 'en' ? text.en : text.zh);

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;
/** Excel's limits: a row is at most 409 points high, a cell holds at most 32,767 characters. */
const MAX_ROW_HEIGHT = 409;
const MAX_CELL_CHARS = 32_767;

/** A cell's value within Excel's limits: a longer text (a pasted document in one cell) is cut, and says so. */
function fitCell(value: string | number | null): string | number | null {
  if (typeof value !== 'string' || value.length <= MAX_CELL_CHARS) return value;
  // Excel counts UTF-16 units; a cut between the halves of a surrogate pair would leave invalid XML.
  return `${value.slice(0, MAX_CELL_CHARS - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** Lines a text wraps to in a column `width` characters wide: a Chinese character takes two. */
export function linesIn(text: string, width: number): number {
  return text.split('\n').reduce((lines, line) => {
    const units = [...line].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
    return lines + Math.max(1, Math.ceil(units / (width - 1)));
  }, 0);
}

export type Row<C> = { [K in keyof C]: string | number | null };

/** What a summary row says of a file that gave no form: why it could not be read, or that it holds none. */
export const noFormNote = (file: { readonly error?: { readonly message: string } }, lang: Lang) =>
  file.error?.message ?? (lang === 'en' ? 'no performance-target form found' : '未找到绩效目标申报表');

/** A form's file in a report row; the second and later form of a 汇总表 document say which one they are. */
export const formLabel = (ref: { readonly path: string; readonly index: number }, lang: Lang) =>
  ref.index === 0
    ? ref.path
    : lang === 'en'
      ? `${ref.path} (form ${ref.index + 1})`
      : `${ref.path}（第${ref.index + 1}张表）`;

/** A workbook jixiao writes: its creator marks it as one a later run may replace. */
export function newWorkbook(when: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = REPORT_CREATOR;
  workbook.created = when;
  return workbook;
}

export function addSheet<C extends Record<string, Column>>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: C,
  rows: readonly Row<C>[],
  lang: Lang,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed for the file: across one landscape page, the header on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  const keys = Object.keys(columns) as (keyof C & string)[];
  sheet.columns = keys.map((key) => ({ key, header: pick(columns[key]!, lang), width: columns[key]!.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, fitCell(v)])));
    const lines = Math.max(
      1,
      ...keys.filter((k) => columns[k]!.wrap).map((k) => linesIn(String(row[k] ?? ''), columns[k]!.width)),
    );
    // Excel fits wrapped rows itself, but LibreOffice and WPS keep one line unless the height is written.
    if (lines > 1) added.height = Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT);
  }
  keys.forEach((key, i) => {
    const column = sheet.getColumn(i + 1);
    column.alignment = { vertical: 'top', wrapText: columns[key]!.wrap ?? false };
    if (columns[key]!.money) column.numFmt = '#,##0.00';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: keys.length } };
  return sheet;
}

/** Findings by severity, for a summary row. */
export const severityCounts = (findings: readonly Finding[]) => ({
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
  infos: findings.filter((f) => f.severity === 'info').length,
});

function summaryRows(files: readonly FileReport[], lang: Lang): Row<typeof SUMMARY_COLUMNS>[] {
  const none = { project: null, department: null, implementer: null, type: null, annual: null };
  return files.flatMap((file): Row<typeof SUMMARY_COLUMNS>[] => {
    if (file.status === 'error' || file.forms.length === 0) {
      return [{ file: file.path, ...none, errors: null, warnings: null, infos: null, note: noFormNote(file, lang) }];
    }
    return file.forms.map((form) => ({
      file: file.path,
      project: form.fields.projectName ?? form.title,
      department: form.fields.department,
      implementer: form.fields.implementer,
      type: form.projectType ? `${form.projectType.label} ${Math.round(form.projectType.confidence * 100)}%` : null,
      annual: form.funds.annual ?? form.funds.budgetYear,
      ...severityCounts(form.findings),
      note: notes([
        form.lastYear ? lastYearNote(form.lastYear, lang) : null,
        form.ignored?.length ? ignoredNote(form.ignored.length, listsIgnored(form.findings), lang) : null,
        file.fixed ? copySummary(file.fixed, lang) : null,
      ]),
    }));
  });
}

/** 汇总's note on the last year's form the document keeps, which the year rules compared this form with. */
function lastYearNote(last: NonNullable<FormReport['lastYear']>, lang: Lang): string {
  return lang === 'en'
    ? `compared with form ${last.index + 1} of last year's "${last.file}" kept in the document`
    : `已与文档中保存的上年申报表“${last.file}”第${last.index + 1}张表比较`;
}

/** A summary row's note on what the form's pane ignored: counted among its findings (--include-ignored), or not. */
export function ignoredNote(count: number, listed: boolean, lang: Lang): string {
  const sheet = pick(SHEETS.ignored, lang);
  if (lang === 'en')
    return listed
      ? `${count} of them ignored in the document (sheet ${sheet})`
      : `${count} more findings ignored in the document, not counted (sheet ${sheet})`;
  return listed
    ? `其中 ${count} 条已在文档中忽略（见“${sheet}”）`
    : `另有 ${count} 条问题已在文档中忽略，未计入（见“${sheet}”）`;
}

const notes = (parts: readonly (string | null)[]) => parts.filter((p) => p !== null).join('；') || null;

function settingsRows(settings: SettingsRef, lang: Lang): Row<typeof SETTINGS_COLUMNS>[] {
  return settingChanges(settings).map(({ meta, level, options }) => ({
    settings: `${settings.name}（${settings.path}）`,
    rule: meta.id,
    description: pick(meta.description, lang),
    severity: SEVERITY[lang][meta.severity],
    level: pick(LEVEL_TEXT[level ?? meta.severity], lang),
    options: options.length ? optionsText(options, lang) : null,
  }));
}

/** 问题清单 (or `sheet`): one row per finding in the order given, its severity cell coloured. */
export function addFindingsSheet(
  workbook: ExcelJS.Workbook,
  findings: readonly { file: string; project: string | null; finding: ReportedFinding }[],
  lang: Lang,
  sheetName: { zh: string; en: string } = SHEETS.findings,
): void {
  const rows = findings.map(({ file, project, finding: f }) => ({
    file,
    project,
    where: location(f.cell, lang),
    severity: `${SEVERITY[lang][f.severity]}${f.ignoredInDocument ? (lang === 'en' ? ' (ignored)' : '（已忽略）') : ''}`,
    message: f.message,
    actual: f.actual,
    expected: f.expected?.join(lang === 'en' ? ' or ' : ' 或 ') ?? null,
    rule: f.ruleId,
  }));
  const sheet = addSheet(workbook, pick(sheetName, lang), FINDING_COLUMNS, rows, lang);
  const severityColumn = Object.keys(FINDING_COLUMNS).indexOf('severity') + 1;
  findings.forEach(({ finding }, i) => {
    const fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[finding.severity] } } as const;
    // Below the header row.
    sheet.getRow(i + 2).getCell(severityColumn).fill = fill;
  });
}

/** 审核口径, with --settings: one row per rule the organisation set, so the workbook says what it was checked against. */
export function addSettingsSheet(workbook: ExcelJS.Workbook, settings: SettingsRef, lang: Lang): void {
  addSheet(workbook, pick(SHEETS.settings, lang), SETTINGS_COLUMNS, settingsRows(settings, lang), lang);
}

/**
 * The report as .xlsx bytes: 汇总 (one row per form, or per file that could not be read) and 问题清单; 文档中已忽略
 * when forms' authors ignored findings in the pane; with --settings 审核口径 (the rules the organisation set).
 */
export async function reportWorkbook(report: Report, lang: Lang, when: Date): Promise<Uint8Array> {
  const workbook = newWorkbook(when);
  addSheet(workbook, pick(SHEETS.summary, lang), SUMMARY_COLUMNS, summaryRows(report.files, lang), lang);
  const rowsOf = (of: (form: FormReport) => readonly Finding[]) =>
    report.files.flatMap((file) =>
      file.forms.flatMap((form) =>
        of(form).map((finding) => ({ file: file.path, project: form.fields.projectName ?? form.title, finding })),
      ),
    );
  addFindingsSheet(
    workbook,
    rowsOf((form) => form.findings),
    lang,
  );
  // A reviewer audits what the forms' authors set aside: listed apart, so the counts stay those of 问题清单.
  const ignored = rowsOf((form) => form.ignored ?? []);
  if (ignored.length) addFindingsSheet(workbook, ignored, lang, IGNORED_SHEET);
  if (report.settings) addSettingsSheet(workbook, report.settings, lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Only the properties part is unpacked to tell whose a workbook is, and only when it is of a sane size. */
const MAX_PROPERTIES_BYTES = 64 * 1024;

/** Whether an .xlsx file's bytes are a workbook `reportWorkbook` wrote (so that writing the report may replace it). */
export function isReportWorkbook(bytes: Uint8Array): boolean {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => f.name === 'docProps/core.xml' && f.originalSize <= MAX_PROPERTIES_BYTES,
    });
  } catch {
    return false;
  }
  const core = parts['docProps/core.xml'];
  return core !== undefined && strFromU8(core).includes(`<dc:creator>${REPORT_CREATOR}</dc:creator>`);
}
