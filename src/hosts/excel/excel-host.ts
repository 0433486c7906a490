// The Excel host: every worksheet's used range (as displayed) and merged areas in two round trips; writes go to a
// merged area's top-left cell, keep amounts as numbers and the old value in a note or comment.
import type { Edit } from '../../core/edits';
import { planEdits, sameText } from '../../core/edits';
import type { CellRef, Grid } from '../../core/grid';
import { refKey } from '../../core/grid';
import type {
  CellComment,
  CommentResult,
  CellMark,
  FeatureNote,
  Host,
  HostCapabilities,
  InsertResult,
  RowInsert,
  WriteOptions,
  WriteResult,
} from '../host';
import { rememberedComments, settleComments, stillOurs } from '../office/comment-memory';
import { HostError, officeErrorCode } from '../office/host-error';
import type { RememberedMark } from '../office/marks';
import { MarkMemory, planMarks } from '../office/marks';
import type { ExcelSets, RequirementSets } from '../office/requirements';
import { excelCapabilities, excelSets } from '../office/requirements';
import type { SettingsStore } from '../office/settings';
import { settingsStore } from '../office/settings';
import type { Area } from './sheet-grid';
import {
  amountFormat,
  amountValue,
  restylesAmount,
  areaAddress,
  cellAddress,
  excelRowLayout,
  literalText,
  parseArea,
  sheetGrid,
} from './sheet-grid';

export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface ExcelHostDeps {
  /** `Excel.run` (tests: the fake's). */
  readonly run: ExcelRun;
  readonly requirements: RequirementSets;
  readonly settings?: SettingsStore;
}

// A batch waits while the person is typing in a cell instead of failing with InvalidOperation.
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** Keeps the old value beside the change, so the person sees what was there (and History can restore it). */
export const oldValueNote = (edit: Edit, explanation: string | undefined) =>
  `原值 Old: ${edit.before}${explanation ? `\n${explanation}` : ''}`;

export function createExcelHost(deps: ExcelHostDeps): Host {
  return new ExcelHost(deps);
}

interface Workbook {
  readonly grids: Grid[];
  /** Cells holding a threaded comment at read time (`refKey`), for adding a reply instead of a second thread. */
  readonly commented: Set<string>;
}

class ExcelHost implements Host {
  readonly kind = 'excel';
  private readonly sets: ExcelSets;
  private readonly base: HostCapabilities;
  private readonly settings: SettingsStore;
  private readonly marks: MarkMemory;
  private workbook: Workbook | null = null;
  private readNote: FeatureNote | null = null;
  private cachedCapabilities: HostCapabilities | null = null;

  constructor(private readonly deps: ExcelHostDeps) {
    this.sets = excelSets(deps.requirements);
    this.base = excelCapabilities(this.sets);
    this.settings = deps.settings ?? settingsStore({});
    this.marks = new MarkMemory(this.settings);
  }

  get capabilities(): HostCapabilities {
    this.cachedCapabilities ??= {
      ...this.base,
      notes: [...this.base.notes, ...(this.readNote ? [this.readNote] : [])],
    };
    return this.cachedCapabilities;
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.deps.run(RUN_OPTIONS, batch);
  }

  /** Threaded comments only where notes (ExcelApi 1.18) are missing: a note is the classic "old value" marker. */
  private get useComments(): boolean {
    return this.sets.comments && !this.sets.notes;
  }

  async read(): Promise<Grid[]> {
    const workbook = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const comments = this.useComments ? context.workbook.comments : null;
      if (comments) comments.load('items/id');
      await context.sync();
      const queueLocations = () =>
        (comments?.items ?? []).map((comment) => {
          const where = comment.getLocation();
          where.load('address,worksheet/name');
          return where;
        });
      let merges = this.sets.mergedAreas;
      let reads = this.queueSheets(sheets.items, merges);
      let locations = queueLocations();
      try {
        await context.sync();
      } catch (error) {
        // getMergedAreasOrNullObject fails on a sheet with more than 512 merged areas: read without merges.
        if (!merges) throw error;
        merges = false;
        reads = this.queueSheets(sheets.items, merges);
        locations = queueLocations();
        await context.sync();
      }
      this.readNote = merges === this.sets.mergedAreas ? null : TOO_MANY_MERGES;
      this.cachedCapabilities = null;
      const grids = reads.flatMap(({ name, used, merged }) => {
        if (this.sets.usedRangeOrNull && used.isNullObject) return [];
        const areas = merged && !merged.isNullObject ? merged.areas.items.map((r) => parseArea(r.address)) : [];
        const grid = sheetGrid(
          name,
          { address: used.address, text: used.text },
          areas.filter((a): a is Area => a !== null),
        );
        return grid ? [grid] : [];
      });
      const commented = new Set(
        locations.map((where) => {
          const area = parseArea(where.address);
          return refKey({ sheet: where.worksheet.name, address: area ? cellAddress(area.top, area.left) : '' });
        }),
      );
      return { grids, commented };
    });
    this.workbook = workbook;
    return workbook.grids;
  }

  private queueSheets(sheets: Excel.Worksheet[], merges: boolean) {
    return sheets.map((sheet) => {
      const used = this.sets.usedRangeOrNull ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
      used.load('address,text');
      // The whole sheet is queried: only areas whose top-left cell lies in the range are reported (office-js#3611).
      const merged = merges ? sheet.getRange().getMergedAreasOrNullObject() : null;
      if (merged) merged.load('areas/items/address');
      return { name: sheet.name, used, merged };
    });
  }

  async write(edits: readonly Edit[], options: WriteOptions = {}): Promise<WriteResult> {
    if (edits.length === 0) return { applied: [], conflicts: [], overlaps: [] };
    const commented = this.workbook?.commented ?? new Set<string>();
    const state: { pending: ReturnType<typeof planEdits> | null } = { pending: null };
    try {
      return await this.run(async (context) => {
        const sheetNamed = sheetLookup(context);
        const targets = new Map<string, WriteTarget>();
        for (const edit of edits) {
          const key = refKey(edit.cell);
          const { sheet, address } = edit.cell;
          if (targets.has(key) || typeof sheet !== 'string' || typeof address !== 'string') continue;
          const worksheet = sheetNamed(sheet);
          const range = worksheet.getRange(address);
          range.load('text,values,numberFormat,formulas');
          const note = this.sets.notes ? worksheet.notes.getItemOrNullObject(address) : null;
          if (note) note.load('content');
          targets.set(key, { worksheet, range, note });
        }
        await context.sync();

        // A formula cell (a total computed from its parts) is never overwritten with a constant: refused as a
        // conflict, so the person fixes the parts or the formula.
        const plan = planEdits(edits, (edit) => {
          const range = targets.get(refKey(edit.cell))?.range;
          return range && !isFormula(range.formulas[0]?.[0], range.values[0]?.[0]) ? range.text[0]?.[0] : undefined;
        });
        if (plan.writes.length === 0) return result(plan, []);
        state.pending = plan;
        for (const edit of plan.writes) {
          const key = refKey(edit.cell);
          const target = targets.get(key)!;
          this.queueValue(target.range, edit.text);
          const text = oldValueNote(edit, options.comment?.(edit));
          if (target.note && !target.note.isNullObject) target.note.content = `${target.note.content}\n\n${text}`;
          else if (target.note) target.worksheet.notes.add(target.range, text);
          else if (this.useComments && commented.has(key))
            context.workbook.comments.getItemByCell(target.range).replies.add(text);
          else if (this.useComments) context.workbook.comments.add(target.range, text);
          target.range.load('text');
        }
        await context.sync();
        state.pending = null;
        if (this.useComments) for (const edit of plan.writes) commented.add(refKey(edit.cell));
        const unconfirmed = plan.writes.filter(
          (edit) => !shownAs(targets.get(refKey(edit.cell))!.range.text[0]?.[0] ?? '', edit.text),
        );
        return result(plan, unconfirmed);
      });
    } catch (error) {
      if (state.pending) return this.recover(state.pending, error);
      // A sheet that is gone or renamed fails the first (read-only) round trip: nothing was written.
      if (officeErrorCode(error) === 'ItemNotFound') return refuseAll(edits);
      throw error;
    }
  }

  /** Amounts stay numbers (their format shows them); anything else is written as literal text. */
  private queueValue(range: Excel.Range, text: string): void {
    const shown = range.text[0]?.[0] ?? '';
    const format = String(range.numberFormat[0]?.[0] ?? '');
    const amount = typeof range.values[0]?.[0] === 'number' ? amountValue(text, shown, format) : null;
    if (amount === null) {
      range.values = [[literalText(text)]];
      return;
    }
    range.values = [[amount]];
    // A fix that only restyles an amount (`1842000` → `1,842,000.00`) is a number format change.
    if (restylesAmount(shown, text)) range.numberFormat = [[amountFormat(text)]];
  }

  /** The second round trip failed part way: what it changed is read back from the workbook. */
  private async recover(plan: ReturnType<typeof planEdits>, error: unknown): Promise<WriteResult> {
    const texts = await this.run(async (context) => {
      const sheetNamed = sheetLookup(context);
      const ranges = plan.writes.map((edit) => {
        const range = sheetNamed(String(edit.cell.sheet)).getRange(String(edit.cell.address));
        range.load('text');
        return range;
      });
      await context.sync();
      return ranges.map((r) => r.text[0]?.[0] ?? '');
    });
    const failed = plan.writes.filter((edit, i) => !shownAs(texts[i] ?? '', edit.text));
    if (failed.length === plan.writes.length) throw error;
    return result(plan, failed);
  }

  async reveal(cell: CellRef): Promise<void> {
    const { sheet, address } = cell;
    if (typeof sheet !== 'string' || typeof address !== 'string') throw cellGone();
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  async mark(marks: readonly CellMark[]): Promise<void> {
    const remembered = await this.marks.all();
    const plan = planMarks(remembered, marks.filter(isSheetCell));
    if (plan.restore.length > 0) await this.restoreFills(plan.restore);
    const next = new Map<string, RememberedMark>(
      [...remembered].filter(([key]) => !plan.restore.some((m) => refKey(m.cell) === key)),
    );
    const changed = plan.paint.filter((p) => remembered.get(p.key)?.color !== p.color);
    if (changed.length === 0) return this.marks.replace(next);
    const painted = await this.run(async (context) => {
      const sheetNamed = sheetLookup(context);
      const fills = changed.map((p) => ({
        p,
        fill: sheetNamed(String(p.cell.sheet)).getRange(String(p.cell.address)).format.fill,
      }));
      const unread = fills.filter(({ p }) => p.original === undefined);
      for (const { fill } of unread) fill.load(this.sets.fillPattern ? 'color,pattern' : 'color');
      if (unread.length > 0) await context.sync();
      const originals = new Map(unread.map(({ p, fill }) => [p.key, this.originalFill(fill)]));
      for (const { p, fill } of fills) fill.color = p.color;
      await context.sync();
      return fills.map(({ p }) => ({
        cell: p.cell,
        color: p.color,
        original: p.original ?? originals.get(p.key) ?? null,
      }));
    });
    for (const mark of painted) next.set(refKey(mark.cell), mark);
    await this.marks.replace(next);
  }

  /** null for "no fill" (restored with `clear()`), else the colour to put back. */
  private originalFill(fill: Excel.RangeFill): string | null {
    if (this.sets.fillPattern) return fill.pattern === 'None' ? null : fill.color;
    // Without the pattern, Excel's "#FFFFFF" for an unfilled cell cannot be told from a white fill: both look alike.
    return !fill.color || fill.color.toUpperCase() === '#FFFFFF' ? null : fill.color;
  }

  /**
   * A cell holds one note (or one thread): this pane's earlier comment there goes when nobody changed or answered it,
   * and a cell with a person's note or thread is left as it is (skipped). Two round trips.
   */
  async comment(comments: readonly CellComment[]): Promise<CommentResult> {
    const remembered = await rememberedComments(this.settings);
    if (!this.base.comments) return { written: 0, removed: 0, kept: remembered.length, skipped: comments.length };
    const sheets = new Set((this.workbook?.grids ?? (await this.read())).map((g) => String(g.id)));
    const wanted = comments.filter((c) => isSheetCell(c) && sheets.has(String(c.cell.sheet)));
    const commented = this.workbook?.commented ?? new Set<string>();
    const useNotes = this.sets.notes;
    const outcome = await this.run(async (context) => {
      const sheetNamed = sheetLookup(context);
      const cells = new Map<string, { range: Excel.Range; sheet: Excel.Worksheet; address: string }>();
      const cellOf = (id: string) => {
        const { sheet: name, address } = cellOfId(id);
        if (!cells.has(id) && sheets.has(name)) {
          const sheet = sheetNamed(name);
          cells.set(id, { sheet, address, range: sheet.getRange(address) });
        }
        return cells.get(id);
      };
      const idOf = (c: CellComment) => `${String(c.cell.sheet)}!${String(c.cell.address)}`;
      const held = new Map<string, Excel.Note | Excel.Comment>();
      for (const id of new Set([...remembered.map((r) => r.id), ...wanted.map(idOf)])) {
        const cell = cellOf(id);
        if (!cell) continue;
        if (useNotes) {
          const note = cell.sheet.notes.getItemOrNullObject(cell.address);
          note.load('content');
          held.set(id, note);
        } else if (commented.has(refKey(cellOfId(id)))) {
          const thread = context.workbook.comments.getItemByCell(cell.range);
          thread.load('content,replies/items/id');
          held.set(id, thread);
        }
      }
      await context.sync();
      const present = (item: Excel.Note | Excel.Comment | undefined) =>
        item !== undefined && !(item as Excel.Note).isNullObject;
      const free = new Set<string>();
      let removed = 0;
      let kept = 0;
      for (const ours of remembered) {
        const item = held.get(ours.id);
        if (!present(item)) continue;
        const replies = 'replies' in item! ? item.replies.items.length : 0;
        if (stillOurs(ours, item!.content, replies)) {
          item!.delete();
          free.add(ours.id);
          removed++;
        } else kept++;
      }
      const written: { id: string; text: string }[] = [];
      for (const c of wanted) {
        const id = idOf(c);
        if (present(held.get(id)) && !free.has(id)) continue;
        const cell = cellOf(id)!;
        if (useNotes) cell.sheet.notes.add(cell.range, c.text);
        else context.workbook.comments.add(cell.range, c.text);
        written.push({ id, text: c.text });
      }
      await context.sync();
      if (!useNotes) {
        for (const id of free) commented.delete(refKey(cellOfId(id)));
        for (const w of written) commented.add(refKey(cellOfId(w.id)));
      }
      return { written, removed, kept };
    });
    return settleComments(this.settings, comments.length, outcome);
  }

  async clearMarks(): Promise<void> {
    const remembered = await this.marks.all();
    if (remembered.size === 0) return;
    await this.restoreFills([...remembered.values()]);
    await this.marks.replace(new Map());
  }

  private async restoreFills(marks: readonly RememberedMark[]): Promise<void> {
    await this.run(async (context) => {
      // Sheets deleted or renamed since hold nothing to restore; an unknown name would fail the whole batch.
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const names = new Set(sheets.items.map((s) => s.name));
      const sheetNamed = sheetLookup(context);
      for (const mark of marks) {
        if (!names.has(String(mark.cell.sheet))) continue;
        const fill = sheetNamed(String(mark.cell.sheet)).getRange(String(mark.cell.address)).format.fill;
        if (mark.original === null) fill.clear();
        else fill.color = mark.original;
      }
      await context.sync();
    });
  }

  async insertRows(insert: RowInsert): Promise<InsertResult> {
    if (!this.sets.mergedAreas)
      return { status: 'unsupported', reason: noteText(this.base.notes.find((n) => n.feature === 'mergedAreas')) };
    if (insert.rows.length === 0) return { status: 'inserted' };
    const { sheet, address } = insert.after;
    const anchor = typeof address === 'string' ? parseArea(address) : null;
    if (typeof sheet !== 'string' || !anchor) return { status: 'conflict', reason: cellGone().message };
    // Rows below shift down: remembered marks would point at other cells afterwards.
    if ((await this.marks.all()).size > 0) await this.clearMarks();
    const count = insert.rows.length;
    const outcome = await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const after = worksheet.getRange(address as string);
      after.load('text');
      const merged = worksheet.getRange().getMergedAreasOrNullObject();
      merged.load('areas/items/address');
      await context.sync();

      if (!sameText(after.text[0]?.[0] ?? '', insert.before)) return 'changed' as const;
      const areas = merged.isNullObject ? [] : merged.areas.items.flatMap((r) => parseArea(r.address) ?? []);
      const layout = excelRowLayout(areas, anchor, insert.rows);
      if (!layout) return 'split' as const;
      const first = layout.template + 1;
      // Whole rows: Excel grows a merged area that the new rows fall inside, as it does for a person's insert.
      worksheet.getRange(`${first + 1}:${first + count}`).insert('Down');
      for (const area of layout.merges) worksheet.getRange(areaAddress(area)).merge(false);
      for (const { row, col, text } of layout.texts)
        worksheet.getRange(cellAddress(row, col)).values = [[literalText(text)]];
      await context.sync();
      return 'inserted' as const;
    });
    await this.read();
    if (outcome === 'changed')
      return {
        status: 'conflict',
        reason: new HostError(
          '该行在检查之后已被修改，未插入行；请重新检查。',
          'The row changed since it was checked; no rows were inserted. Please check again.',
        ).message,
      };
    if (outcome === 'split')
      return {
        status: 'unsupported',
        reason: new HostError(
          '新行落在一个合并单元格的中间，而该列又要填写内容：请在合并区域的最后一行之后插入。',
          'The new rows would fall inside a merged cell whose column they fill: insert after the last row of that merged area.',
        ).message,
      };
    return { status: 'inserted' };
  }

  async loadSetting(key: string): Promise<string | null> {
    return this.settings.load(key);
  }

  async saveSetting(key: string, value: string): Promise<void> {
    await this.settings.save(key, value);
  }
}

interface WriteTarget {
  readonly worksheet: Excel.Worksheet;
  readonly range: Excel.Range;
  /** The cell's note (ExcelApi 1.18), possibly a null object; null where notes are unavailable. */
  readonly note: Excel.Note | null;
}

/** One Worksheet proxy per sheet name and batch. */
function sheetLookup(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const sheets = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      sheets.set(name, sheet);
    }
    return sheet;
  };
}

function result(plan: ReturnType<typeof planEdits>, unconfirmed: readonly Edit[]): WriteResult {
  return {
    applied: plan.applied.filter((e) => !unconfirmed.includes(e)),
    conflicts: [...plan.conflicts, ...unconfirmed],
    overlaps: plan.overlaps,
  };
}

const refuseAll = (edits: readonly Edit[]): WriteResult => {
  const plan = planEdits(edits, () => undefined);
  return { applied: [], conflicts: plan.conflicts, overlaps: plan.overlaps };
};

/** A remembered comment's id, `Sheet!A1`, back as a cell (a sheet name may hold "!", an address never does). */
function cellOfId(id: string): { sheet: string; address: string } {
  const at = id.lastIndexOf('!');
  return { sheet: id.slice(0, at), address: id.slice(at + 1) };
}

const isSheetCell = (m: { readonly cell: CellRef }) =>
  typeof m.cell.sheet === 'string' && typeof m.cell.address === 'string';

/** Whether a cell shows the text written: an accounting format's fill puts spaces inside (`¥ 1,000.00`). */
const shownAs = (shown: string, written: string) =>
  sameText(shown, written) || shown.replace(/\s+/g, '') === written.replace(/\s+/g, '');

const noteText = (note: FeatureNote | undefined) => (note ? `${note.zh}（${note.en}）` : '');

const TOO_MANY_MERGES: FeatureNote = {
  feature: 'mergedAreas',
  zh: '工作表的合并区域超过 Excel 一次可报告的 512 个，本次按未合并读取；一级/二级指标可能识别不全。',
  en: 'A worksheet has more merged areas than the 512 Excel reports at once, so it was read without merges; level-1/level-2 indicators may be recognised incompletely.',
};

const cellGone = () =>
  new HostError('找不到这个单元格，请重新检查。', 'This cell cannot be found; please check again.');

// A text constant that starts with `=` (written with a leading apostrophe) reads back as the same string in both.
const isFormula = (formula: unknown, value: unknown): boolean =>
  typeof formula === 'string' && formula.startsWith('=') && formula !== value;
