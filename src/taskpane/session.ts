// The pane's state over one Host, without React: check, apply, ignore, undo — each ends with a re-check,
// because another rule may see the cell differently once it changed (two rules can propose different edits).
import type { FormComparison, WithLastYear } from '../core/compare/with-last-year';
import { LAST_YEAR_KEY, withLastYear } from '../core/compare/with-last-year';
import type { Edit } from '../core/edits';
import type { Form } from '../core/form';
import type { CellRef, Grid } from '../core/grid';
import { refKey } from '../core/grid';
import { movedByInsert } from '../core/grid-insert';
import { IGNORED_KEY, ignoreKey, isIgnored, movedIgnored, readIgnored } from '../core/ignored';
import type { CheckedForm } from '../core/lint';
import { check } from '../core/lint';
import { recognize } from '../core/recognize';
import { reviewComments } from '../core/review-comments';
import type { Finding, Lang } from '../core/rules/rule';
import type { RowInsert } from '../core/row-insert';
import type { InsertPlan } from '../core/suggest/insert-plan';
import type { Named } from '../core/suggest/name-match';
import { planInsert } from '../core/suggest/insert-plan';
import { configureRules } from '../core/rule-settings';
import { allRules } from '../core/rules';
import type { LibraryIndicator } from '../library/schema';
import type { CellComment, CommentResult, Host, WriteResult } from '../hosts/host';
import type { OrgSettingsState } from './org-settings';

export interface HistoryEntry {
  readonly id: number;
  /** What was applied, in the pane's language (the finding's message or the suggestion's). */
  readonly label: string;
  readonly ruleId: string;
  readonly edits: readonly Edit[];
  /** Inserted rows cannot be taken back from the pane (the Host port writes cells, it does not delete rows). */
  readonly kind: 'edit' | 'insert';
  readonly at: Date;
  readonly undone: boolean;
  /** Rows were inserted into this table since: the entry's cell addresses may point at other rows now. */
  readonly stale: boolean;
}

/** Last year's forms, picked by the person to compare this document with. */
export interface LastYearForms {
  /** The file's name, as picked. */
  readonly name: string;
  readonly forms: readonly Form[];
  /** Library indicators, whose aliases join two years' names for one indicator. */
  readonly library: readonly Named[];
  /** Kept in the document's settings, so the comparison holds when it is opened again; false when too large. */
  readonly kept: boolean;
}

export type Notice = { readonly kind: 'success' | 'warning' | 'error'; readonly zh: string; readonly en: string };

export interface PaneState {
  readonly status: 'idle' | 'checking' | 'writing' | 'ready' | 'error';
  readonly forms: readonly CheckedForm[];
  /** The grids the forms were read from (for planning row inserts). */
  readonly grids: readonly Grid[];
  readonly ignored: ReadonlySet<string>;
  readonly history: readonly HistoryEntry[];
  readonly notice: Notice | null;
  /** Tracked changes for Word writes (on by default where the host supports them). */
  readonly trackChanges: boolean;
  /** Whether problem cells are shaded in the document. */
  readonly marking: boolean;
  /** Bumped on every check, so views can tell a fresh result from the previous one. */
  readonly generation: number;
  readonly lastYear: LastYearForms | null;
  /** For each form (by position in `forms`), last year's form of the same project; null when there is none. */
  readonly comparisons: readonly (FormComparison | null)[];
  /** The organisation's review settings (审核口径) from the add-in's server. */
  readonly orgSettings: OrgSettingsState;
}

/** Whether last year's file went into the document's settings; refused: the host would not save them. */
type KeptAs = 'kept' | 'tooLarge' | 'refused';

const KEPT_NOTE: Readonly<Record<KeptAs, { zh: string; en: string }>> = {
  kept: { zh: '已随本文档保存，下次打开时仍会比较。', en: 'Kept with this document for its next opening.' },
  tooLarge: {
    zh: '文件较大，未随本文档保存，下次打开时需重新选择。',
    en: 'Too large to keep with this document: pick it again next time.',
  },
  refused: {
    zh: '未能随本文档保存（文档不允许保存设置），下次打开时需重新选择。',
    en: 'Could not be kept with this document (it refused the setting): pick it again next time.',
  },
};

export class Session {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private settingsLoaded: Promise<void> = Promise.resolve();
  private lastYearRestored: Promise<void> = Promise.resolve();

  constructor(
    readonly host: Host,
    readonly lang: Lang,
  ) {
    this.state = {
      status: 'idle',
      forms: [],
      grids: [],
      ignored: new Set(),
      history: [],
      notice: null,
      trackChanges: host.capabilities.trackChanges,
      marking: false,
      generation: 0,
      lastYear: null,
      comparisons: [],
      orgSettings: { status: 'none' },
    };
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Loads what the document keeps in its settings: the findings its people ignored, and last year's form. */
  async restore(): Promise<void> {
    this.lastYearRestored = this.restoreLastYear();
    // Shading left by an earlier session (the pane closed with marking on) would otherwise stay in the document
    // while the switch shows off.
    if (this.host.capabilities.marks) await this.host.clearMarks().catch(() => undefined);
    await Promise.all([this.restoreIgnored(), this.lastYearRestored]);
  }

  private async restoreIgnored(): Promise<void> {
    const saved = await this.host.loadSetting(IGNORED_KEY).catch(() => null);
    if (saved) this.set({ ignored: readIgnored(saved) });
  }

  /**
   * Checks with the organisation's settings once they are loaded: a check asked for meanwhile waits for them, so no
   * finding the organisation switched off shows for a moment.
   */
  async useOrgSettings(loading: Promise<OrgSettingsState>): Promise<void> {
    this.set({ orgSettings: { status: 'loading' } });
    this.settingsLoaded = loading.then(
      (orgSettings) => this.set({ orgSettings }),
      (error: unknown) =>
        this.set({
          orgSettings: {
            status: 'invalid',
            file: 'jixiao-settings.json',
            problems: [{ zh: `无法载入（${String(error)}）。`, en: `Could not be loaded (${String(error)}).` }],
          },
        }),
    );
    await this.settingsLoaded;
  }

  /** The settings to check with: the organisation's when they loaded and are valid. */
  private get ruleSettings() {
    const org = this.state.orgSettings;
    return org.status === 'ok' ? org : null;
  }

  async check(notice: Notice | null = null): Promise<void> {
    this.set({ status: 'checking' });
    await this.settingsLoaded;
    await this.lastYearRestored;
    try {
      const grids = await this.host.read();
      const rules = configureRules(allRules, this.ruleSettings);
      const { forms, comparisons } = this.withLastYear(check(grids, { lang: this.lang, rules }));
      this.set({ status: 'ready', forms, grids, comparisons, notice, generation: this.state.generation + 1 });
    } catch (error) {
      this.set({ status: 'error', notice: failure('读取文档失败', 'Could not read the document', error) });
      return;
    }
    if (this.state.marking) await this.mark();
  }

  /** Each form's comparison with last year's form of its project, its findings joined to the form's own. */
  private withLastYear(forms: CheckedForm[]): WithLastYear {
    const last = this.state.lastYear;
    if (!last) return { forms, comparisons: forms.map(() => null) };
    return withLastYear(forms, last.forms, { lang: this.lang, library: last.library, settings: this.ruleSettings });
  }

  /** The library whose aliases join two years' names: the organisation's when its settings name one. */
  async aliasLibrary(): Promise<readonly Named[]> {
    await this.settingsLoaded;
    const org = this.state.orgSettings.status === 'ok' ? this.state.orgSettings.library : null;
    if (org) return org.indicators;
    const { bundledLibrary } = await import(/* webpackChunkName: "library" */ '../library/bundled');
    return bundledLibrary().indicators;
  }

  /** Last year's form as the document's settings kept it; nothing when there is none or it is damaged. */
  private async restoreLastYear(): Promise<void> {
    const saved = await this.host.loadSetting(LAST_YEAR_KEY).catch(() => null);
    if (!saved) return;
    const { keptLastYearForms } = await import(/* webpackChunkName: "kept-last-year" */ '../hosts/kept-last-year');
    const kept = keptLastYearForms(saved);
    // A person who picked a file meanwhile chose it over the kept one.
    if (!kept || this.state.lastYear) return;
    this.set({ lastYear: { ...kept, library: await this.aliasLibrary(), kept: true } });
  }

  /**
   * Compares this document with last year's forms from now on (the grids of a file the person picked), and keeps
   * the tables holding them in the document's settings for its next opening.
   */
  async setLastYear(name: string, grids: readonly Grid[], library: readonly Named[]): Promise<void> {
    const forms = recognize(grids);
    if (forms.length === 0) {
      this.set({
        notice: {
          kind: 'warning',
          zh: `“${name}”中没有找到申报表，未用于比较。`,
          en: `No declaration form found in "${name}"; it is not used for comparison.`,
        },
      });
      return;
    }
    const kept = await this.keepLastYear(name, grids, forms);
    this.set({ lastYear: { name, forms, library, kept: kept === 'kept' } });
    await this.check();
    if (this.state.status !== 'ready') return;
    const paired = this.state.comparisons.filter((c) => c !== null).length;
    const keptNote = KEPT_NOTE[kept];
    this.set({
      notice: paired
        ? {
            kind: 'success',
            zh: `已载入上年的“${name}”（${forms.length} 张表），本文档有 ${paired} 张表与之对应。${keptNote.zh}`,
            en: `Loaded last year's "${name}" (${forms.length} form(s)); ${paired} form(s) of this document match. ${keptNote.en}`,
          }
        : {
            kind: 'warning',
            zh: `已载入上年的“${name}”，但其中没有与本文档同名、同单位的项目。`,
            en: `Loaded last year's "${name}", but none of its projects matches this document's by name and unit.`,
          },
    });
  }

  async clearLastYear(): Promise<void> {
    this.set({ lastYear: null });
    await this.host.saveSetting(LAST_YEAR_KEY, '').catch(() => undefined);
    await this.check();
  }

  /** Keeps the tables holding last year's forms in the document's settings; false when too large or refused. */
  private async keepLastYear(name: string, grids: readonly Grid[], forms: readonly Form[]): Promise<KeptAs> {
    const { keptLastYearText } = await import(/* webpackChunkName: "kept-last-year" */ '../hosts/kept-last-year');
    const holding = new Set(forms.map((f) => f.gridId));
    const text = keptLastYearText(
      name,
      grids.filter((g) => holding.has(g.id)),
    );
    // Too large: a kept file from before would compare with the wrong year next time.
    if (text === null) {
      await this.host.saveSetting(LAST_YEAR_KEY, '').catch(() => undefined);
      return 'tooLarge';
    }
    return this.host
      .saveSetting(LAST_YEAR_KEY, text)
      .then((): KeptAs => 'kept')
      .catch((): KeptAs => 'refused');
  }

  /** Findings still to show: not ignored. */
  visible(findings: readonly Finding[]): Finding[] {
    return findings.filter((f) => !isIgnored(this.state.ignored, f));
  }

  /** Every safe fix of one rule across the document (for 全部应用). */
  fixesOf(ruleId: string): Edit[] {
    return this.state.forms.flatMap(({ findings }) =>
      this.visible(findings).flatMap((f) => (f.ruleId === ruleId && f.fix ? f.fix : [])),
    );
  }

  /** Writes edits (a fix, or a suggestion into an empty row), records them for 撤销, then re-checks. */
  async apply(
    edits: readonly Edit[],
    label: string,
    ruleId: string,
    { explanation, done }: { explanation?: string; done?: Notice } = {},
  ): Promise<void> {
    let result: WriteResult;
    this.set({ status: 'writing' });
    try {
      result = await this.host.write(edits, {
        trackChanges: this.state.trackChanges,
        comment: explanation ? () => explanation : undefined,
      });
    } catch (error) {
      this.set({
        status: 'ready',
        notice: failure('写入失败，文档未改动', 'Writing failed; the document was not changed', error),
      });
      return;
    }
    if (result.applied.length > 0) {
      const entry: HistoryEntry = {
        id: this.nextId++,
        label,
        ruleId,
        edits: result.applied,
        kind: 'edit',
        at: new Date(),
        undone: false,
        stale: false,
      };
      this.set({ history: [entry, ...this.state.history] });
    }
    const clean = result.applied.length === edits.length;
    await this.check(clean && done ? done : writeNotice(result));
  }

  async undo(id: number): Promise<void> {
    const entry = this.state.history.find((h) => h.id === id);
    if (!entry || entry.undone || entry.stale || entry.kind !== 'edit') return;
    const inverse = entry.edits.map((e) => ({ cell: e.cell, before: e.text, text: e.before }));
    let result: WriteResult;
    this.set({ status: 'writing' });
    try {
      result = await this.host.write(inverse, { trackChanges: this.state.trackChanges });
    } catch (error) {
      this.set({
        status: 'ready',
        notice: failure('撤销失败，文档未改动', 'Undo failed; the document was not changed', error),
      });
      return;
    }
    // Cells edited again since are kept as the person left them; the rest are undone, and the entry with them: another
    // 撤销 could only repeat the refusal.
    if (result.applied.length > 0)
      this.set({ history: this.state.history.map((h) => (h.id === id ? { ...h, undone: true } : h)) });
    await this.check(
      result.conflicts.length > 0
        ? {
            kind: 'warning',
            zh: `有 ${result.conflicts.length} 处单元格在修改后又被编辑过，未撤销，以免覆盖新的内容。`,
            en: `${result.conflicts.length} cell(s) were edited again after the change; not undone, so the new text is kept.`,
          }
        : { kind: 'success', zh: '已撤销。', en: 'Undone.' },
    );
  }

  /**
   * Adds a library indicator to its 一级/二级 block of a form, then re-checks: into the block's empty row when it has
   * one (an ordinary edit, undone like a fix), else as a new row.
   */
  async insertIndicator(formIndex: number, indicator: LibraryIndicator): Promise<void> {
    const form = this.state.forms[formIndex]?.form;
    const plan = this.insertPlan(formIndex, indicator);
    if (!plan) {
      const old = form?.template === 'sh-2018';
      this.set({
        notice: {
          kind: 'warning',
          zh: old
            ? `2018 年版式的申报表按“分解目标内容”填写，没有一级/二级指标块，无法自动插入“${indicator.name}”。请手工添加。`
            : `找不到放“${indicator.name}”的位置：这张表没有可识别的指标行。请在表中手工添加。`,
          en: old
            ? `2018-layout forms list 分解目标内容, with no 一级/二级 blocks; "${indicator.name}" cannot be inserted automatically. Add it by hand.`
            : `No place found for "${indicator.name}": the form has no indicator rows the pane can read. Add it by hand.`,
        },
      });
      return;
    }
    if (plan.kind === 'fill') {
      await this.apply(plan.edits, insertLabel(indicator), indicator.id, {
        done: {
          kind: 'success',
          zh: `已将“${indicator.name}”填入${indicator.level2}的空行。${referenceNote(indicator).zh}`,
          en: `Wrote "${indicator.name}" into the empty ${indicator.level2} row.${referenceNote(indicator).en}`,
        },
      });
      return;
    }
    await this.insertRows(plan.insert, indicator);
  }

  /** What 插入 would do for this indicator: fill an empty row of its block, add a row, or nothing (null). */
  insertPlan(formIndex: number, indicator: LibraryIndicator): InsertPlan | null {
    const form = this.state.forms[formIndex]?.form;
    const grid = form && this.state.grids.find((g) => g.id === form.gridId);
    return form && grid ? planInsert(form, grid, indicator) : null;
  }

  private async insertRows(plan: RowInsert, indicator: LibraryIndicator): Promise<void> {
    const before = this.state.grids.find((g) => g.cells.some((c) => refKey(c.ref) === refKey(plan.after)));
    this.set({ status: 'writing' });
    const result = await this.host.insertRows(plan).catch((error: unknown) => ({
      status: 'unsupported' as const,
      reason: error instanceof Error ? error.message : String(error),
    }));
    if (result.status !== 'inserted') {
      await this.check({
        kind: 'warning',
        zh: `未插入“${indicator.name}”：${result.reason}`,
        en: `"${indicator.name}" was not inserted: ${result.reason}`,
      });
      return;
    }
    const entry: HistoryEntry = {
      id: this.nextId++,
      label: insertLabel(indicator),
      ruleId: indicator.id,
      edits: [],
      kind: 'insert',
      at: new Date(),
      undone: false,
      stale: false,
    };
    await this.check({
      kind: 'success',
      zh: `已插入“${indicator.name}”。${referenceNote(indicator).zh}`,
      en: `Inserted "${indicator.name}".${referenceNote(indicator).en}`,
    });
    // Rows below the new one moved: the changes to undo and the ignored findings there follow their cells. When the
    // table read back is not the one plus the new rows, older changes in it can no longer be undone by address.
    const after = before && this.state.grids.find((g) => g.id === before.id);
    const moved = before && after ? movedByInsert(before, after, plan) : null;
    const follow = (h: HistoryEntry): HistoryEntry => {
      if (!h.edits.some((e) => sameTable(e.cell, plan.after))) return h;
      if (!moved) return { ...h, stale: true };
      return { ...h, edits: h.edits.map((e) => ({ ...e, cell: moved.get(refKey(e.cell)) ?? e.cell })) };
    };
    this.set({ history: [entry, ...this.state.history.map(follow)] });
    const ignored = moved ? movedIgnored(this.state.ignored, moved) : this.state.ignored;
    if ([...ignored].some((key) => !this.state.ignored.has(key))) await this.saveIgnored(new Set(ignored));
  }

  notify(notice: Notice): void {
    this.set({ notice });
  }

  async ignore(finding: Finding): Promise<void> {
    await this.saveIgnored(new Set([...this.state.ignored, ignoreKey(finding)]));
  }

  /** The shown findings of one rule across the document, for 全部忽略. */
  findingsOf(ruleId: string): Finding[] {
    return this.state.forms.flatMap(({ findings }) => this.visible(findings).filter((f) => f.ruleId === ruleId));
  }

  /**
   * 全部忽略: every finding of the rule now shown, each for its cell and text as 忽略 does; a finding of the rule that
   * appears later (a new row, a changed cell) is shown, so a new mistake is never hidden by an old decision.
   */
  async ignoreAll(ruleId: string): Promise<void> {
    await this.saveIgnored(new Set([...this.state.ignored, ...this.findingsOf(ruleId).map(ignoreKey)]));
  }

  async unignoreAll(): Promise<void> {
    await this.saveIgnored(new Set());
  }

  private async saveIgnored(ignored: Set<string>): Promise<void> {
    this.set({ ignored });
    await this.host.saveSetting(IGNORED_KEY, JSON.stringify([...ignored])).catch((error: unknown) => {
      this.set({ notice: failure('忽略列表未能保存到文档', 'The ignore list could not be saved', error) });
    });
    if (this.state.marking) await this.mark();
  }

  async reveal(finding: Finding): Promise<void> {
    await this.host.reveal(finding.cell).catch((error: unknown) => {
      this.set({ notice: failure('无法定位该单元格', 'Could not select the cell', error) });
    });
  }

  setTrackChanges(on: boolean): void {
    this.set({ trackChanges: on && this.host.capabilities.trackChanges });
  }

  async setMarking(on: boolean): Promise<void> {
    this.set({ marking: on && this.host.capabilities.marks });
    if (this.state.marking) await this.mark();
    else
      await this.host.clearMarks().catch((error: unknown) => {
        this.set({ notice: failure('无法取消标记', 'Could not remove the marks', error) });
      });
  }

  /**
   * 审核意见: every finding still shown goes into the document as one comment per cell, the way a reviewer returns a
   * form for correction; this pane's comments of an earlier press are replaced, a person's are never touched.
   */
  async writeReviewComments(): Promise<void> {
    const findings = this.state.forms.flatMap(({ findings }) => this.visible(findings));
    await this.comment(reviewComments(findings, this.lang));
  }

  async removeReviewComments(): Promise<void> {
    await this.comment([]);
  }

  private async comment(comments: readonly CellComment[]): Promise<void> {
    this.set({ status: 'writing' });
    try {
      const result = await this.host.comment(comments);
      this.set({ status: 'ready', notice: commentNotice(result, comments.length === 0) });
    } catch (error) {
      this.set({
        status: 'ready',
        notice: failure('无法写入审核意见批注', 'Could not write the review comments', error),
      });
    }
  }

  private async mark(): Promise<void> {
    const marks = this.state.forms.flatMap(({ findings }) =>
      this.visible(findings).map((f) => ({ cell: f.cell, severity: f.severity })),
    );
    try {
      await this.host.clearMarks();
      await this.host.mark(marks);
    } catch (error) {
      this.set({ notice: failure('无法标出单元格', 'Could not mark the cells', error) });
    }
  }
}

/**
 * A number in the library's target is one project's figure (物业服务面积 =12000平方米), written in as a starting
 * point: the person is told to set this project's own, which no rule can check for them.
 */
function referenceNote(indicator: LibraryIndicator): { zh: string; en: string } {
  if (!/\d/.test(indicator.target)) return { zh: '', en: '' };
  return {
    zh: `指标值“${indicator.target}”是指标库的参考值，请按本项目的实际目标修改。`,
    en: ` Its target "${indicator.target}" is the library's example: set this project's own.`,
  };
}

const insertLabel = (indicator: LibraryIndicator) =>
  `${indicator.level1} / ${indicator.level2} / ${indicator.name}：${indicator.target}`;

function writeNotice(result: WriteResult): Notice {
  const applied = result.applied.length;
  const refused = result.conflicts.length;
  const later = result.overlaps.length;
  if (refused === 0 && later === 0)
    return { kind: 'success', zh: `已修改 ${applied} 处。`, en: `Changed ${applied} cell(s).` };
  return {
    kind: 'warning',
    zh: [
      `已修改 ${applied} 处。`,
      refused ? `${refused} 处单元格在检查后已被编辑，未覆盖，请看重新检查的结果。` : '',
      later ? `${later} 处与同一单元格的其他修改重叠，留待下一次应用。` : '',
    ].join(''),
    en: [
      `Changed ${applied} cell(s).`,
      refused ? ` ${refused} cell(s) were edited after the check and were not overwritten; see the new results.` : '',
      later ? ` ${later} change(s) overlap another change of the same cell and wait for the next apply.` : '',
    ].join(''),
  };
}

function commentNotice(result: CommentResult, removing: boolean): Notice {
  const { written, removed, kept, skipped } = result;
  const zh = [
    removing ? `已删除 ${removed} 条审核意见批注。` : `已在 ${written} 个单元格写入审核意见批注。`,
    !removing && removed ? `上次写入的 ${removed} 条已替换。` : '',
    kept ? `${kept} 条上次写入的批注已被修改或回复，予以保留。` : '',
    skipped ? `${skipped} 个单元格已有他人的批注或已不存在，未写入。` : '',
  ];
  const en = [
    removing ? `Removed ${removed} review comment(s).` : `Wrote review comments on ${written} cell(s).`,
    !removing && removed ? ` The ${removed} from last time were replaced.` : '',
    kept ? ` ${kept} earlier comment(s) were edited or answered and are kept.` : '',
    skipped ? ` ${skipped} cell(s) already hold someone's note or comment, or are gone, and were left alone.` : '',
  ];
  return { kind: skipped ? 'warning' : 'success', zh: zh.join(''), en: en.join('') };
}

function failure(zh: string, en: string, error: unknown): Notice {
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'error', zh: `${zh}：${detail}`, en: `${en}: ${detail}` };
}

/** Same table (Word, memory) or sheet (Excel). */
function sameTable(a: CellRef, b: CellRef): boolean {
  return typeof a.sheet === 'string' ? a.sheet === b.sheet : a.table === b.table;
}
