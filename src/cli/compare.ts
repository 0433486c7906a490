// `jixiao compare LAST THIS`: each form of this year's files against last year's form of the same project — what
// was kept, dropped and added, how targets moved, the money asked for — as JSON (schemaVersion 1) or text.
import type { YearComparison } from '../core/compare/compare';
import { annualChange, compareForms } from '../core/compare/compare';
import { pairForms } from '../core/compare/pair';
import type { TargetChange } from '../core/compare/target-change';
import type { Form, Indicator } from '../core/form';
import type { CellRef } from '../core/grid';
import { recognize } from '../core/recognize';
import type { Finding, Lang, Severity } from '../core/rules';
import { SCHEMA_VERSION } from '../core/report';
import type { ReportedFinding } from '../core/ignored';
import { applyIgnores } from '../core/ignored';
import { fenToYuan } from '../core/values/money';
import type { Library } from '../library/schema';
import { readDocument } from '../hosts/file/read-file';
import {
  documentIgnores,
  documentLastYear,
  fileErrorOf,
  findingLine,
  formRefOf,
  ignoredCount,
  ignoredSummary,
  listsIgnored,
  SEVERITY,
  unlisted,
} from './report';
import type { SettingsRef } from './settings';
import { settingsLine } from './settings';
import { formHeading } from './suggest';

export interface FormRef {
  path: string;
  index: number;
  projectName: string | null;
  year: number | null;
  /**
   * One-path compare: last year's form is the one this year's document keeps (the pane's 与上年比较), `path` the
   * kept file's name as the person picked it, and this the document that keeps it.
   */
  keptIn?: string;
}

interface RowReport {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string;
  cell: CellRef;
}

export interface PairReport {
  previous: FormRef;
  current: FormRef;
  /** Likeness of the two project names, 0..1. */
  likeness: number;
  yearGap: number | null;
  /** What each form asks for this year, in 元 (年度资金申请总额, or 项目当年预算 of 2018/2020). */
  annual: { previous: number | null; current: number | null };
  kept: { previous: RowReport; current: RowReport; change: TargetChange }[];
  dropped: RowReport[];
  /** Last year's 投入与管理 rows where this year's template has no such part. */
  retired: RowReport[];
  added: RowReport[];
  findings: ReportedFinding[];
  /** Findings ignored in the pane of this year's document (as `check`'s `ignored`); absent when none. */
  ignored?: Finding[];
}

export interface CompareReport {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Files that could not be read (the others are still compared). */
  unreadable: { path: string; side: 'previous' | 'current'; error: { code: string; message: string } }[];
  pairs: PairReport[];
  unpaired: { previous: FormRef[]; current: FormRef[] };
  summary: {
    pairs: number;
    unpairedPrevious: number;
    unpairedCurrent: number;
    errors: number;
    warnings: number;
    infos: number;
    /** Findings left out because they were ignored in the pane of this year's document. */
    ignored: number;
  };
  /** With --settings: the organisation's settings the year rules ran under. */
  settings?: SettingsRef;
  /** One-path compare: this year's documents that keep no last year's form, so were compared with nothing. */
  withoutLastYear?: string[];
}

interface Located {
  path: string;
  form: Form;
  /** What the document's pane ignored (this year's side only). */
  ignored: ReadonlySet<string>;
  /** Last year's form kept in this document (one-path compare). */
  keptIn?: string;
}

/** Forms paired among themselves: both sides' folders (two paths), or one document and the form it keeps. */
interface Round {
  readonly previous: readonly Located[];
  readonly current: readonly Located[];
}

const row = (ind: Indicator): RowReport => ({
  level1: ind.level1,
  level2: ind.level2,
  name: ind.name,
  target: ind.target,
  cell: ind.targetCell,
});

const formRef = ({ path, form, keptIn }: Located): FormRef => ({
  path,
  ...formRefOf(form),
  ...(keptIn === undefined ? {} : { keptIn }),
});

const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));

/** Reads each file and hands it on; the files that cannot be read (or recognised) are listed with why. */
async function readEach(
  paths: readonly string[],
  side: 'previous' | 'current',
  lang: Lang,
  use: (path: string, document: Awaited<ReturnType<typeof readDocument>>) => void,
): Promise<CompareReport['unreadable']> {
  const unreadable: CompareReport['unreadable'] = [];
  for (const path of paths) {
    try {
      use(path, await readDocument(path));
    } catch (e) {
      unreadable.push({ path, side, error: fileErrorOf(e, lang) });
    }
  }
  return unreadable;
}

async function readForms(paths: readonly string[], side: 'previous' | 'current', lang: Lang) {
  const forms: Located[] = [];
  const unreadable = await readEach(paths, side, lang, (path, document) => {
    // Last year's findings are not reported, so only this year's document's decisions apply.
    const ignored = side === 'current' ? documentIgnores(document.settings) : new Set<string>();
    for (const form of recognize(document.grids)) forms.push({ path, form, ignored });
  });
  return { forms, unreadable };
}

function pairReport(
  previous: Located,
  current: Located,
  likeness: number,
  comparison: YearComparison,
  includeIgnored: boolean,
): PairReport {
  return {
    previous: formRef(previous),
    current: formRef(current),
    likeness,
    yearGap: comparison.yearGap,
    annual: { previous: yuan(comparison.annual.previous), current: yuan(comparison.annual.current) },
    kept: comparison.kept.map((k) => ({ previous: row(k.previous), current: row(k.current), change: k.change })),
    dropped: comparison.dropped.map(row),
    retired: comparison.retired.map(row),
    added: comparison.added.map(row),
    ...applyIgnores(comparison.findings, current.ignored, includeIgnored),
  };
}

/**
 * This year's documents, each with last year's form it keeps (the pane's 与上年比较): one round per document that
 * keeps one, its forms paired only with the kept ones.
 */
async function readKept(paths: readonly string[], lang: Lang) {
  const rounds: Round[] = [];
  const withoutLastYear: string[] = [];
  const unreadable = await readEach(paths, 'current', lang, (path, document) => {
    const kept = documentLastYear(document.settings);
    if (!kept) {
      withoutLastYear.push(path);
      return;
    }
    const ignored = documentIgnores(document.settings);
    rounds.push({
      previous: kept.forms.map((form): Located => ({ path: kept.name, form, ignored: new Set(), keptIn: path })),
      current: recognize(document.grids).map((form): Located => ({ path, form, ignored })),
    });
  });
  return { rounds, unreadable, withoutLastYear };
}

interface CompareOptions {
  readonly library: Library;
  readonly lang: Lang;
  readonly settings: SettingsRef | null;
  readonly includeIgnored: boolean;
}

function compareRounds(
  rounds: readonly Round[],
  unreadable: CompareReport['unreadable'],
  { library, lang, settings, includeIgnored }: CompareOptions,
): CompareReport {
  const pairs: PairReport[] = [];
  const unpaired: CompareReport['unpaired'] = { previous: [], current: [] };
  for (const round of rounds) {
    const pairing = pairForms(
      round.previous.map((f) => f.form),
      round.current.map((f) => f.form),
    );
    for (const { previous, current, likeness } of pairing.pairs) {
      const [p, c] = [round.previous[previous]!, round.current[current]!];
      const comparison = compareForms(p.form, c.form, { lang, library: library.indicators, settings });
      pairs.push(pairReport(p, c, likeness, comparison, includeIgnored));
    }
    unpaired.previous.push(...pairing.unpairedPrevious.map((i) => formRef(round.previous[i]!)));
    unpaired.current.push(...pairing.unpairedCurrent.map((i) => formRef(round.current[i]!)));
  }
  const findings = pairs.flatMap((p) => p.findings);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    unreadable,
    pairs,
    unpaired,
    summary: {
      pairs: pairs.length,
      unpairedPrevious: unpaired.previous.length,
      unpairedCurrent: unpaired.current.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      ignored: pairs.reduce((n, p) => n + (p.ignored?.length ?? 0), 0),
    },
    ...(settings ? { settings } : {}),
  };
}

/**
 * Reads both sides (files already expanded from folders) and compares every pair of forms of one project. Without
 * last year's files (`previousPaths` null), each of this year's documents is compared with the form it keeps.
 */
export async function compareFiles(
  previousPaths: readonly string[] | null,
  currentPaths: readonly string[],
  library: Library,
  lang: Lang,
  settings: SettingsRef | null = null,
  { includeIgnored = false }: { includeIgnored?: boolean } = {},
): Promise<CompareReport> {
  const options = { library, lang, settings, includeIgnored };
  if (previousPaths === null) {
    const { rounds, unreadable, withoutLastYear } = await readKept(currentPaths, lang);
    return { ...compareRounds(rounds, unreadable, options), withoutLastYear };
  }
  const before = await readForms(previousPaths, 'previous', lang);
  const now = await readForms(currentPaths, 'current', lang);
  return compareRounds(
    [{ previous: before.forms, current: now.forms }],
    [...before.unreadable, ...now.unreadable],
    options,
  );
}

/** 0 nothing to fix, 1 an error-severity finding, 2 a file could not be read (as `check`). */
export function compareExitCode(report: CompareReport): number {
  if (report.unreadable.length > 0) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

/** The money asked for both years, formatted, and the change; null unless both are filled. */
export function pairMoney({ annual }: PairReport): ReturnType<typeof annualChange> {
  const fen = (yuan: number | null) => (yuan === null ? null : Math.round(yuan * 100));
  return annualChange({ previous: fen(annual.previous), current: fen(annual.current) });
}

function fundsLine(pair: PairReport, lang: Lang): string | null {
  const money = pairMoney(pair);
  if (!money) return null;
  return lang === 'en'
    ? `  Asked for this year: ${money.before} → ${money.after} yuan (${money.change})`
    : `  当年申请资金：${money.before} → ${money.after} 元（${money.change}）`;
}

const CHANGED: readonly TargetChange[] = ['stronger', 'changed', 'toQuantitative'];

function rowsLine(label: string, rows: readonly string[], lang: Lang): string[] {
  return rows.length === 0 ? [] : [`  ${label}${lang === 'en' ? ': ' : '：'}${rows.join(lang === 'en' ? '; ' : '；')}`];
}

/** Before a kept form's heading: where it is kept (its `path` is the name of a file that is not there). */
function keptLabel(ref: FormRef, lang: Lang): string {
  if (ref.keptIn === undefined) return '';
  return lang === 'en' ? `${ref.keptIn} keeps last year's ` : `${ref.keptIn} 中保存的上年`;
}

function pairLines(pair: PairReport, lang: Lang): string[] {
  const en = lang === 'en';
  const side = (ref: FormRef) =>
    `${keptLabel(ref, lang)}${formHeading(ref.path, ref, lang)}${ref.year === null ? '' : ` ${ref.year}`}`;
  const lines = [`${side(pair.previous)} → ${side(pair.current)}`];
  const funds = fundsLine(pair, lang);
  if (funds) lines.push(funds);
  const count = (change: TargetChange) => pair.kept.filter((k) => k.change === change).length;
  const [weaker, words] = [count('weaker'), count('toQualitative')];
  lines.push(
    en
      ? `  Indicators: ${pair.kept.length} kept (${weaker} weaker, ${words} turned into words), ${pair.dropped.length} dropped, ${pair.added.length} added`
      : `  指标：沿用 ${pair.kept.length} 项（目标降低 ${weaker} 项，定量改为定性 ${words} 项），取消 ${pair.dropped.length} 项，新增 ${pair.added.length} 项`,
  );
  const target = (r: RowReport) => r.target.trim() || (en ? '(blank)' : '（空）');
  const moved = pair.kept
    .filter((k) => CHANGED.includes(k.change))
    .map(({ previous: p, current: c }) =>
      p.name === c.name ? `${c.name} ${target(p)} → ${target(c)}` : `${p.name} ${target(p)} → ${c.name} ${target(c)}`,
    );
  const listed = (rows: RowReport[]) => rows.map((r) => `${r.name} ${target(r)}`);
  lines.push(...rowsLine(en ? 'Changed' : '改动', moved, lang));
  lines.push(...rowsLine(en ? 'Dropped' : '取消', listed(pair.dropped), lang));
  lines.push(...rowsLine(en ? 'Added' : '新增', listed(pair.added), lang));
  if (pair.retired.length > 0)
    lines.push(
      en
        ? `  ${pair.retired.length} 投入与管理 (input and management) rows: this year's template has no such part, so they are not counted as dropped`
        : `  投入与管理指标 ${pair.retired.length} 项：本年模板已无此部分，不计入取消`,
    );
  for (const f of pair.findings) lines.push(findingLine(pair.current.path, f, lang));
  const ignored = unlisted(pair.findings, pair.ignored);
  if (ignored.length) lines.push(`${pair.current.path}${en ? ': ' : '：'}${ignoredSummary(ignored, lang)}`);
  return lines;
}

export function renderCompareText(report: CompareReport, lang: Lang): string {
  const en = lang === 'en';
  const lines: string[] = report.unreadable.map(
    (u) => `${u.path}: ${SEVERITY[lang].error} ${u.error.message} [${u.error.code}]`,
  );
  for (const pair of report.pairs) lines.push(...pairLines(pair, lang));
  const unpaired = (refs: FormRef[], label: string) =>
    refs.length === 0
      ? []
      : [
          `${label}${en ? ': ' : '：'}${refs.map((r) => keptLabel(r, lang) + formHeading(r.path, r, lang)).join(en ? '; ' : '；')}`,
        ];
  lines.push(...unpaired(report.unpaired.previous, en ? 'Last year only' : '仅上年有'));
  lines.push(...unpaired(report.unpaired.current, en ? 'This year only' : '仅本年有'));
  const without = report.withoutLastYear ?? [];
  if (without.length)
    lines.push(
      en
        ? `Keeping no last year's form (choose last year's file under Compare with last year in the add-in, and save): ${without.join('; ')}`
        : `未保存上年申报表（在加载项“与上年比较”中选择上年文件并保存文档后即随文档保存）：${without.join('；')}`,
    );
  const s = report.summary;
  const listed = report.pairs.some((pair) => listsIgnored(pair.findings));
  if (report.settings) lines.push(settingsLine(report.settings, lang));
  lines.push(
    en
      ? `${s.pairs} forms compared with last year's: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos${ignoredCount(s.ignored, listed, lang)}; ${s.unpairedPrevious} of last year's and ${s.unpairedCurrent} of this year's forms without a counterpart`
      : `共比较 ${s.pairs} 对申报表：错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条${ignoredCount(s.ignored, listed, lang)}；上年 ${s.unpairedPrevious} 张、本年 ${s.unpairedCurrent} 张没有对应的表`,
  );
  return `${lines.join('\n')}\n`;
}
