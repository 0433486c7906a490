// `jixiao compare … --report FILE.xlsx`: the year-on-year comparison as a workbook for finance staff — one row per
// pair of forms (the money asked for, what was kept, dropped and added), one row per indicator and how it moved,
// and the findings on this year's cells.
import type { TargetChange } from '../core/compare/target-change';
import { location } from '../core/location';
import type { Lang } from '../core/rules';
import type { CompareReport, FormRef, PairReport } from './compare';
import { pairMoney } from './compare';
import { listsIgnored } from './report';
import type { Column, Row } from './report-xlsx';
import {
  addFindingsSheet,
  IGNORED_SHEET,
  addSettingsSheet,
  addSheet,
  formLabel,
  ignoredNote,
  newWorkbook,
  pick,
  severityCounts,
} from './report-xlsx';

const PAIR_COLUMNS = {
  project: { zh: '项目名称', en: 'Project', width: 30, wrap: true },
  previousFile: { zh: '上年文件', en: "Last year's file", width: 36, wrap: true },
  currentFile: { zh: '本年文件', en: "This year's file", width: 36, wrap: true },
  previousAnnual: { zh: '上年申请资金（元）', en: 'Asked last year (yuan)', width: 18, money: true },
  currentAnnual: { zh: '本年申请资金（元）', en: 'Asked this year (yuan)', width: 18, money: true },
  change: { zh: '资金变化', en: 'Change', width: 10 },
  kept: { zh: '沿用', en: 'Kept', width: 7 },
  weaker: { zh: '目标降低', en: 'Weaker', width: 9 },
  toWords: { zh: '定量改定性', en: 'Now in words', width: 11 },
  dropped: { zh: '取消', en: 'Dropped', width: 7 },
  added: { zh: '新增', en: 'Added', width: 7 },
  errors: { zh: '错误', en: 'Errors', width: 7 },
  warnings: { zh: '警告', en: 'Warnings', width: 9 },
  infos: { zh: '提示', en: 'Infos', width: 7 },
  note: { zh: '说明', en: 'Note', width: 40, wrap: true },
} satisfies Record<string, Column>;

const CHANGE_COLUMNS = {
  project: { zh: '项目名称', en: 'Project', width: 26, wrap: true },
  change: { zh: '变化', en: 'Change', width: 20 },
  level1: { zh: '一级指标', en: 'Level 1', width: 12 },
  level2: { zh: '二级指标', en: 'Level 2', width: 16 },
  previousName: { zh: '上年三级指标', en: "Last year's indicator", width: 28, wrap: true },
  previousTarget: { zh: '上年指标值', en: "Last year's target", width: 16, wrap: true },
  currentName: { zh: '本年三级指标', en: "This year's indicator", width: 28, wrap: true },
  currentTarget: { zh: '本年指标值', en: "This year's target", width: 16, wrap: true },
  file: { zh: '文件', en: 'File', width: 36, wrap: true },
  where: { zh: '位置', en: 'Location', width: 18 },
} satisfies Record<string, Column>;

const SHEETS = {
  pairs: { zh: '比较汇总', en: 'Comparison' },
  changes: { zh: '指标变化', en: 'Indicator changes' },
} as const;

type ChangeKind = TargetChange | 'dropped' | 'retired' | 'added';

/** In the reviewer's words; a kept indicator says how its target moved. */
const CHANGE_TEXT: Readonly<Record<ChangeKind, { zh: string; en: string }>> = {
  same: { zh: '沿用，目标未变', en: 'Kept, same target' },
  weaker: { zh: '沿用，目标降低', en: 'Kept, weaker target' },
  stronger: { zh: '沿用，目标提高', en: 'Kept, stronger target' },
  changed: { zh: '沿用，目标改动', en: 'Kept, target changed' },
  toQualitative: { zh: '沿用，定量改为定性', en: 'Kept, now in words' },
  toQuantitative: { zh: '沿用，定性改为定量', en: 'Kept, now a number' },
  added: { zh: '新增', en: 'Added' },
  dropped: { zh: '取消', en: 'Dropped' },
  retired: { zh: '投入与管理（本年模板已无）', en: 'Input and management (not in this year’s template)' },
};

/** What a reviewer asks about first: the change cell of these rows is coloured as a warning. */
const TO_ASK_ABOUT: ReadonlySet<ChangeKind> = new Set(['weaker', 'toQualitative', 'dropped']);
const ASK_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF3CD' } } as const;

const projectOf = (pair: PairReport) => pair.current.projectName ?? pair.previous.projectName;

/** A form's file; last year's form kept in a document says so (its file is not there). */
function fileLabel(ref: FormRef, lang: Lang): string {
  const label = formLabel(ref, lang);
  if (ref.keptIn === undefined) return label;
  return lang === 'en' ? `${label} (kept in ${ref.keptIn})` : `${label}（保存在 ${ref.keptIn} 中）`;
}

function pairRows(report: CompareReport, lang: Lang): Row<typeof PAIR_COLUMNS>[] {
  const none = {
    previousAnnual: null,
    currentAnnual: null,
    change: null,
    kept: null,
    weaker: null,
    toWords: null,
    dropped: null,
    added: null,
    errors: null,
    warnings: null,
    infos: null,
  };
  const paired = report.pairs.map((pair) => {
    const kept = (change: TargetChange) => pair.kept.filter((k) => k.change === change).length;
    return {
      project: projectOf(pair),
      previousFile: fileLabel(pair.previous, lang),
      currentFile: fileLabel(pair.current, lang),
      previousAnnual: pair.annual.previous,
      currentAnnual: pair.annual.current,
      change: pairMoney(pair)?.change ?? null,
      kept: pair.kept.length,
      weaker: kept('weaker'),
      toWords: kept('toQualitative'),
      dropped: pair.dropped.length,
      added: pair.added.length,
      ...severityCounts(pair.findings),
      note: pair.ignored?.length ? ignoredNote(pair.ignored.length, listsIgnored(pair.findings), lang) : null,
    };
  });
  const alone = (refs: readonly FormRef[], side: 'previous' | 'current') =>
    refs.map((ref) => ({
      project: ref.projectName,
      previousFile: side === 'previous' ? fileLabel(ref, lang) : null,
      currentFile: side === 'current' ? fileLabel(ref, lang) : null,
      ...none,
      note:
        side === 'previous'
          ? pick({ zh: '仅上年有：本年没有对应的表', en: 'Last year only: no form of this project this year' }, lang)
          : pick({ zh: '仅本年有：上年没有对应的表', en: 'This year only: no form of this project last year' }, lang),
    }));
  const unreadable = report.unreadable.map((u) => ({
    project: null,
    previousFile: u.side === 'previous' ? u.path : null,
    currentFile: u.side === 'current' ? u.path : null,
    ...none,
    note: `${u.error.message} [${u.error.code}]`,
  }));
  const withoutLastYear = (report.withoutLastYear ?? []).map((path) => ({
    project: null,
    previousFile: null,
    currentFile: path,
    ...none,
    note: pick(
      {
        zh: '文档中未保存上年申报表：在加载项“与上年比较”中选择上年文件并保存文档',
        en: "The document keeps no last year's form: choose last year's file under Compare with last year, then save",
      },
      lang,
    ),
  }));
  return [
    ...paired,
    ...alone(report.unpaired.previous, 'previous'),
    ...alone(report.unpaired.current, 'current'),
    ...withoutLastYear,
    ...unreadable,
  ];
}

interface ChangeRow {
  readonly kind: ChangeKind;
  readonly row: Row<typeof CHANGE_COLUMNS>;
}

function changeRows(report: CompareReport, lang: Lang): ChangeRow[] {
  return report.pairs.flatMap((pair) => {
    const project = projectOf(pair);
    const at = (ref: FormRef, cell: PairReport['added'][number]['cell']) => ({
      file: formLabel(ref, lang),
      where: location(cell, lang),
    });
    const blank = { previousName: null, previousTarget: null, currentName: null, currentTarget: null };
    const kept = pair.kept.map(({ previous, current, change }) => ({
      kind: change,
      row: {
        project,
        change: pick(CHANGE_TEXT[change], lang),
        level1: current.level1,
        level2: current.level2,
        previousName: previous.name,
        previousTarget: previous.target,
        currentName: current.name,
        currentTarget: current.target,
        ...at(pair.current, current.cell),
      },
    }));
    const added = pair.added.map((r) => ({
      kind: 'added' as const,
      row: {
        project,
        change: pick(CHANGE_TEXT.added, lang),
        level1: r.level1,
        level2: r.level2,
        ...blank,
        currentName: r.name,
        currentTarget: r.target,
        ...at(pair.current, r.cell),
      },
    }));
    const gone = (kind: 'dropped' | 'retired') =>
      pair[kind].map((r) => ({
        kind,
        row: {
          project,
          change: pick(CHANGE_TEXT[kind], lang),
          level1: r.level1,
          level2: r.level2,
          ...blank,
          previousName: r.name,
          previousTarget: r.target,
          ...at(pair.previous, r.cell),
        },
      }));
    return [...kept, ...added, ...gone('dropped'), ...gone('retired')];
  });
}

/**
 * The comparison as .xlsx bytes: 比较汇总 (one row per pair, then the forms without a counterpart and the files that
 * could not be read), 指标变化 (every indicator of every pair), 问题清单 (the year rules' findings on this year's
 * cells) and, with --settings, 审核口径.
 */
export async function compareWorkbook(report: CompareReport, lang: Lang, when: Date): Promise<Uint8Array> {
  const workbook = newWorkbook(when);
  addSheet(workbook, pick(SHEETS.pairs, lang), PAIR_COLUMNS, pairRows(report, lang), lang);
  const changes = changeRows(report, lang);
  const sheet = addSheet(
    workbook,
    pick(SHEETS.changes, lang),
    CHANGE_COLUMNS,
    changes.map((c) => c.row),
    lang,
  );
  const changeColumn = Object.keys(CHANGE_COLUMNS).indexOf('change') + 1;
  changes.forEach(({ kind }, i) => {
    // Below the header row.
    if (TO_ASK_ABOUT.has(kind)) sheet.getRow(i + 2).getCell(changeColumn).fill = ASK_FILL;
  });
  addFindingsSheet(
    workbook,
    report.pairs.flatMap((pair) =>
      pair.findings.map((finding) => ({ file: pair.current.path, project: projectOf(pair), finding })),
    ),
    lang,
  );
  const ignored = report.pairs.flatMap((pair) =>
    (pair.ignored ?? []).map((finding) => ({ file: pair.current.path, project: projectOf(pair), finding })),
  );
  if (ignored.length) addFindingsSheet(workbook, ignored, lang, IGNORED_SHEET);
  if (report.settings) addSettingsSheet(workbook, report.settings, lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
