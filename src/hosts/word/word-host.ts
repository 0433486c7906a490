// The Word host: tables read from the body's OOXML (Office.js gives no merges) and addressed through body.tables;
// writes keep the cell's formatting, are refused when the cell changed, and are tracked changes where Word can.
import type { Edit } from '../../core/edits';
import { planEdits, sameText } from '../../core/edits';
import type { CellRef, Grid } from '../../core/grid';
import { indexGrid, refKey } from '../../core/grid';
import type {
  CellComment,
  CellMark,
  CommentResult,
  FeatureNote,
  Host,
  HostCapabilities,
  InsertResult,
  RowInsert,
  WriteOptions,
  WriteResult,
} from '../host';
import type { RememberedComment } from '../office/comment-memory';
import { rememberedComments, settleComments, stillOurs } from '../office/comment-memory';
import { HostError, officeErrorCode } from '../office/host-error';
import type { RememberedMark } from '../office/marks';
import { MarkMemory, planMarks } from '../office/marks';
import type { RequirementSets, WordSets } from '../office/requirements';
import { wordCapabilities, wordSets } from '../office/requirements';
import type { SettingsStore } from '../office/settings';
import { settingsStore } from '../office/settings';
import type { ParseXml } from '../office/xml';
import type { Disagreement, OfficeTable, PhysicalCell, WordDocumentModel, WordTable } from './word-model';
import { crossCheck, matchTables, readWordDocument, searchText, visibleText } from './word-model';

export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordHostDeps {
  /** `Word.run` (tests: the fake's). */
  readonly run: WordRun;
  readonly requirements: RequirementSets;
  readonly parseXml: ParseXml;
  readonly settings?: SettingsStore;
}

/** The document as last read: grids, their physical cells, and which Word table each grid is. */
interface Snapshot {
  readonly model: WordDocumentModel;
  /** Index in `body.tables` per grid; null where the grid has no Word table to write to. */
  readonly officeIndex: readonly (number | null)[];
  /** Grids Word's own report disagrees with, or that Word's table list does not show: read, never written. */
  readonly refused: ReadonlyMap<number, Disagreement>;
}

interface Located {
  readonly officeIndex: number;
  readonly physical: PhysicalCell;
}

const TABLE_LOAD = 'rowCount,nestingLevel,values';

export function createWordHost(deps: WordHostDeps): Host {
  return new WordHost(deps);
}

class WordHost implements Host {
  readonly kind = 'word';
  private readonly sets: WordSets;
  private readonly base: HostCapabilities;
  private readonly settings: SettingsStore;
  private readonly marks: MarkMemory;
  private snapshot: Snapshot | null = null;
  /** Notes about the document itself (tables Word reports differently), replaced on every read. */
  private documentNotes: FeatureNote[] = [];
  private shadingNote: FeatureNote | null = null;
  private cachedCapabilities: HostCapabilities | null = null;

  constructor(private readonly deps: WordHostDeps) {
    this.sets = wordSets(deps.requirements);
    this.base = wordCapabilities(this.sets);
    this.settings = deps.settings ?? settingsStore({});
    this.marks = new MarkMemory(this.settings);
  }

  get capabilities(): HostCapabilities {
    this.cachedCapabilities ??= {
      ...this.base,
      notes: [...this.base.notes, ...this.documentNotes, ...(this.shadingNote ? [this.shadingNote] : [])],
    };
    return this.cachedCapabilities;
  }

  async read(): Promise<Grid[]> {
    return (await this.refresh()).model.grids;
  }

  /** The whole body in one round trip: its OOXML for the structure, `body.tables` for addressing and checking. */
  private async refresh(): Promise<Snapshot> {
    const snapshot = await this.deps.run(async (context) => {
      const body = context.document.body;
      const ooxml = packageOf(body);
      const tables = this.sets.tables ? body.tables : null;
      if (tables) tables.load('items/rowCount,items/nestingLevel,items/values,items/rows/items/cellCount');
      await context.sync();
      return this.makeSnapshot(ooxml.value, tables ? tables.items.map(officeTable) : null);
    });
    this.snapshot = snapshot;
    this.documentNotes = notesFor(snapshot);
    this.cachedCapabilities = null;
    return snapshot;
  }

  private makeSnapshot(ooxml: string, office: OfficeTable[] | null): Snapshot {
    const model = readWordDocument(this.deps.parseXml(ooxml));
    const officeIndex = office ? matchTables(model.tables, office) : model.tables.map(() => null);
    const refused = new Map<number, Disagreement>();
    model.tables.forEach((table, i) => {
      if (!office) return;
      const index = officeIndex[i];
      const report = index === null || index === undefined ? undefined : office[index];
      const disagreement = report ? crossCheck(table, report) : UNMATCHED;
      if (disagreement) refused.set(i, disagreement);
    });
    return { model, officeIndex, refused };
  }

  private locate(snapshot: Snapshot, ref: CellRef): Located | null {
    const gridIndex = ref.table;
    if (typeof gridIndex !== 'number' || snapshot.refused.has(gridIndex)) return null;
    const table = snapshot.model.tables[gridIndex];
    const officeIndex = snapshot.officeIndex[gridIndex];
    const physical = table?.cells.get(refKey(ref));
    return physical && officeIndex !== null && officeIndex !== undefined ? { officeIndex, physical } : null;
  }

  async write(edits: readonly Edit[], options: WriteOptions = {}): Promise<WriteResult> {
    if (edits.length === 0) return { applied: [], conflicts: [], overlaps: [] };
    if (!this.sets.tables) return refuseAll(edits);
    const snapshot = this.snapshot ?? (await this.refresh());
    // Where Word can track changes, the pane's switch (on by default) tracks this batch and gives the person's own
    // mode back afterwards. Off leaves the document's own mode in charge: a document under review stays tracked.
    // Below WordApi 1.4 the mode cannot be read or set.
    const mode = this.sets.review && options.trackChanges !== false ? 'TrackAll' : null;
    const comment = this.base.comments ? options.comment : undefined;
    // Set once the second round trip starts changing the document.
    const state: { pending: PendingWrite | null } = { pending: null };
    try {
      return await this.deps.run(async (context) => {
        const document = context.document;
        const body = document.body;
        const ooxml = packageOf(body);
        if (mode) document.load('changeTrackingMode');
        const tableAt = tableChain(body);
        const checked = new Map<number, Word.Table>();
        const targets = new Map<string, WriteTarget>();
        const searches = new Map<string, Word.RangeCollection>();
        for (const edit of edits) {
          const located = this.locate(snapshot, edit.cell);
          if (!located) continue;
          const key = refKey(edit.cell);
          let target = targets.get(key);
          if (!target) {
            const table = tableAt(located.officeIndex);
            if (!checked.has(located.officeIndex)) {
              table.load(TABLE_LOAD);
              table.rows.load('items/cellCount');
              checked.set(located.officeIndex, table);
            }
            const cell = table.getCell(located.physical.rowIndex, located.physical.cellIndex);
            target = { located, table, cell };
            targets.set(key, target);
          }
          const query = searchText(edit.before);
          const searchKey = `${key}\u0000${edit.before.trim()}`;
          if (query && !searches.has(searchKey)) {
            const hits = target.cell.body.search(query, { matchCase: true });
            hits.load('text');
            searches.set(searchKey, hits);
          }
        }
        await context.sync();

        const fresh = readWordDocument(this.deps.parseXml(ooxml.value));
        const plan = planEdits(edits, (edit) => currentText(fresh, targets.get(refKey(edit.cell)), edit.cell));
        if (plan.writes.length === 0) return result(plan, []);

        const previous = mode ? document.changeTrackingMode : null;
        state.pending = { plan, previous: previous !== mode ? previous : null };
        if (mode && previous !== mode) document.changeTrackingMode = mode;
        const readBack: { edit: Edit; shown: ShownText }[] = [];
        for (const edit of plan.writes) {
          const target = targets.get(refKey(edit.cell))!;
          const hits = searches.get(`${refKey(edit.cell)}\u0000${edit.before.trim()}`);
          // Replacing the search hit keeps the runs' formatting; replacing the whole body takes the default style.
          const hit = hits && hits.items.length > 0 ? hits.items[0]! : null;
          const inserted = hit
            ? hit.insertText(edit.text, 'Replace')
            : target.cell.body.insertText(edit.text, 'Replace');
          const note = comment?.(edit);
          if (note) inserted.insertComment(note);
          readBack.push({ edit, shown: this.shownText(target.cell) });
        }
        if (mode && previous && previous !== mode) document.changeTrackingMode = previous;
        await context.sync();
        state.pending = null;
        const unconfirmed = readBack.filter(({ edit, shown }) => !this.confirms(shown, edit.text)).map((r) => r.edit);
        return result(plan, unconfirmed);
      });
    } catch (error) {
      if (state.pending) return this.recover(state.pending, error);
      // A table or cell that is gone makes the first (read-only) round trip fail: nothing was written.
      if (officeErrorCode(error) === 'ItemNotFound') return refuseAll(edits);
      throw error;
    }
  }

  /** The text Word shows in a cell: without tracked deletions where WordApi 1.4 can say so. */
  private shownText(cell: Word.TableCell): ShownText {
    const body = cell.body;
    if (this.sets.review) return { reviewed: body.getReviewedText('Current') };
    body.load('text');
    return { body };
  }

  private confirms(shown: ShownText, expected: string): boolean {
    if ('reviewed' in shown) return visibleText(shown.reviewed.value) === visibleText(expected);
    // Below WordApi 1.4 the text may include changes tracked by the person's own settings.
    return visibleText(shown.body.text).includes(visibleText(expected));
  }

  /** The second round trip failed part way: what it changed is read back from the document. */
  private async recover(pending: PendingWrite, error: unknown): Promise<WriteResult> {
    const texts = await this.deps.run(async (context) => {
      if (pending.previous) context.document.changeTrackingMode = pending.previous as Word.ChangeTrackingMode;
      const ooxml = packageOf(context.document.body);
      await context.sync();
      return readWordDocument(this.deps.parseXml(ooxml.value));
    });
    const landed = pending.plan.writes.filter((edit) => {
      const cell = texts.tables[Number(edit.cell.table)]?.cells.get(refKey(edit.cell))?.cell;
      return cell !== undefined && sameText(cell.text, edit.text);
    });
    if (landed.length === 0) throw error;
    return result(
      pending.plan,
      pending.plan.writes.filter((edit) => !landed.includes(edit)),
    );
  }

  async reveal(cell: CellRef): Promise<void> {
    if (!this.sets.tables) throw noTables();
    const snapshot = this.snapshot ?? (await this.refresh());
    const located = this.locate(snapshot, cell);
    if (!located) throw cellGone();
    await this.deps.run(async (context) => {
      tableChain(context.document.body)(located.officeIndex)
        .getCell(located.physical.rowIndex, located.physical.cellIndex)
        .body.select();
      await context.sync();
    });
  }

  async mark(marks: readonly CellMark[]): Promise<void> {
    if (!this.sets.tables) return;
    const snapshot = this.snapshot ?? (await this.refresh());
    const remembered = await this.marks.all();
    const plan = planMarks(
      remembered,
      marks.filter((m) => this.locate(snapshot, m.cell)),
    );
    if (plan.restore.length > 0) await this.restoreShading(snapshot, plan.restore);
    const next = new Map<string, RememberedMark>(
      [...remembered].filter(([key]) => !plan.restore.some((m) => refKey(m.cell) === key)),
    );
    const changed = plan.paint.filter((p) => remembered.get(p.key)?.color !== p.color);
    if (changed.length === 0) return this.marks.replace(next);
    const painted = await this.deps.run(async (context) => {
      const cellAt = this.cellLocator(context, snapshot);
      const cells = changed.map((p) => ({ p, cell: cellAt(p.cell)! }));
      const unread = cells.filter(({ p }) => p.original === undefined);
      for (const { cell } of unread) cell.load('shadingColor');
      if (unread.length > 0) await context.sync();
      for (const { cell, p } of cells) cell.shadingColor = p.color;
      await context.sync();
      return cells.map(({ p, cell }) => ({ cell: p.cell, color: p.color, original: p.original ?? cell.shadingColor }));
    });
    for (const mark of painted) next.set(refKey(mark.cell), mark);
    await this.marks.replace(next);
  }

  async clearMarks(): Promise<void> {
    const remembered = await this.marks.all();
    if (remembered.size === 0 || !this.sets.tables) return;
    const snapshot = this.snapshot ?? (await this.refresh());
    await this.restoreShading(snapshot, [...remembered.values()]);
    await this.marks.replace(new Map());
  }

  /**
   * Puts back each cell's shading. Word reports "no shading" as '' and documents no way to set it back
   * (office-js#5460): '' is tried first; if Word refuses it, those cells get white, the look of no shading.
   */
  private async restoreShading(snapshot: Snapshot, marks: readonly RememberedMark[]): Promise<void> {
    const apply = (white: boolean) =>
      this.deps.run(async (context) => {
        const cellAt = this.cellLocator(context, snapshot);
        for (const mark of marks) {
          const cell = cellAt(mark.cell);
          if (cell) cell.shadingColor = mark.original || (white ? '#FFFFFF' : '');
        }
        await context.sync();
      });
    try {
      await apply(false);
    } catch (error) {
      if (!marks.some((m) => !m.original)) throw error;
      await apply(true);
      this.shadingNote = {
        feature: 'marks',
        zh: '这个 Word 版本不能去掉单元格底纹，原来没有底纹的单元格已改为白色底纹。',
        en: 'This version of Word cannot remove cell shading; cells that had none now have white shading.',
      };
      this.cachedCapabilities = null;
    }
  }

  /** Cell proxies by grid ref through one chain of tables per batch (no sync needed to address a table). */
  private cellLocator(context: Word.RequestContext, snapshot: Snapshot) {
    const tableAt = tableChain(context.document.body);
    return (ref: CellRef): Word.TableCell | null => {
      const located = this.locate(snapshot, ref);
      return located
        ? tableAt(located.officeIndex).getCell(located.physical.rowIndex, located.physical.cellIndex)
        : null;
    };
  }

  /**
   * Two round trips: the document's comments are read to find this pane's earlier ones (by id, unchanged and
   * unanswered: only those go), then they are deleted and the new ones inserted, each on its whole cell.
   */
  async comment(comments: readonly CellComment[]): Promise<CommentResult> {
    const remembered = await rememberedComments(this.settings);
    if (!this.base.comments || !this.sets.tables)
      return { written: 0, removed: 0, kept: remembered.length, skipped: comments.length };
    const snapshot = this.snapshot ?? (await this.refresh());
    const outcome = await this.deps.run(async (context) => {
      let removed = 0;
      let kept = 0;
      if (remembered.length > 0) {
        const existing = context.document.body.getComments();
        existing.load('items/id,items/content,items/replies/items/id');
        await context.sync();
        const byId = new Map(remembered.map((r) => [r.id, r]));
        for (const comment of existing.items) {
          const ours = byId.get(comment.id);
          if (!ours) continue;
          if (stillOurs(ours, comment.content, comment.replies.items.length)) {
            comment.delete();
            removed++;
          } else kept++;
        }
      }
      const cellAt = this.cellLocator(context, snapshot);
      const inserted: { text: string; comment: Word.Comment }[] = [];
      for (const wanted of comments) {
        const cell = cellAt(wanted.cell);
        if (!cell) continue;
        const comment = cell.body.getRange('Whole').insertComment(wanted.text);
        comment.load('id');
        inserted.push({ text: wanted.text, comment });
      }
      await context.sync();
      const written: RememberedComment[] = inserted.map(({ text, comment }) => ({ id: comment.id, text }));
      return { written, removed, kept };
    });
    return settleComments(this.settings, comments.length, outcome);
  }

  async insertRows(insert: RowInsert): Promise<InsertResult> {
    if (!this.sets.tables) return { status: 'unsupported', reason: noTables().message };
    if (insert.rows.length === 0) return { status: 'inserted' };
    // Rows below shift down: remembered marks would point at other cells afterwards.
    if ((await this.marks.all()).size > 0) await this.clearMarks();
    const snapshot = this.snapshot ?? (await this.refresh());
    const located = this.locate(snapshot, insert.after);
    const gridIndex = Number(insert.after.table);
    if (!located) return { status: 'conflict', reason: cellGone().message };
    const outcome = await this.deps.run(async (context) => {
      const body = context.document.body;
      const ooxml = packageOf(body);
      const table = tableChain(body)(located.officeIndex);
      table.load(TABLE_LOAD);
      table.rows.load('items/cellCount');
      await context.sync();

      const fresh = readWordDocument(this.deps.parseXml(ooxml.value)).tables[gridIndex];
      if (!fresh || crossCheck(fresh, officeTable(table))) return 'changed' as const;
      const after = fresh.grid.cells.find((c) => refKey(c.ref) === refKey(insert.after));
      if (!after || !sameText(after.text, insert.before)) return 'changed' as const;
      const layout = rowLayout(fresh, after.row + after.rowSpan - 1, insert.rows);
      table.rows.items[layout.template]!.insertRows('After', insert.rows.length, layout.values);
      const inserted = packageOf(body);
      await context.sync();

      // Whether new rows join the vertically merged blocks they extend is undocumented: check, merge where not
      // (WordApi 1.4). Below it a new row left outside its 一级/二级 block still reads as part of it, since blank
      // cells carry the level down.
      const missing = unmergedBlocks(this.parse(inserted.value, gridIndex), layout, insert.rows.length);
      if (missing.length > 0 && this.sets.review) {
        for (const m of missing) table.mergeCells(m.topRow, m.topIndex, m.bottomRow, m.bottomIndex);
        await context.sync();
      }
      return 'inserted' as const;
    });
    await this.refresh();
    if (outcome === 'changed')
      return {
        status: 'conflict',
        reason: new HostError(
          '表格在检查之后已被修改，未插入行；请重新检查。',
          'The table changed since it was checked; no rows were inserted. Please check again.',
        ).message,
      };
    return { status: 'inserted' };
  }

  private parse(ooxml: string, gridIndex: number): WordTable | undefined {
    return readWordDocument(this.deps.parseXml(ooxml)).tables[gridIndex];
  }

  async loadSetting(key: string): Promise<string | null> {
    return this.settings.load(key);
  }

  async saveSetting(key: string, value: string): Promise<void> {
    await this.settings.save(key, value);
  }
}

type ShownText = { readonly reviewed: OfficeExtension.ClientResult<string> } | { readonly body: Word.Body };

interface WriteTarget {
  readonly located: Located;
  readonly table: Word.Table;
  readonly cell: Word.TableCell;
}

interface PendingWrite {
  readonly plan: ReturnType<typeof planEdits>;
  /** The person's tracking mode to put back, when this batch changed it. */
  readonly previous: string | null;
}

function officeTable(table: Word.Table): OfficeTable {
  return {
    rowCount: table.rowCount,
    nestingLevel: table.nestingLevel,
    values: table.values,
    cellCounts: table.rows.items.map((row) => row.cellCount),
  };
}

/** The body's flat OPC package (a ClientResult, which the load/sync lint rules mistake for a proxy to load). */
const packageOf = (body: Word.Body): OfficeExtension.ClientResult<string> => body.getOoxml();

/** Tables by their index in `body.tables`, reached with getFirst/getNext so that no sync is needed first. */
function tableChain(body: Word.Body): (index: number) => Word.Table {
  const chain: Word.Table[] = [];
  return (index) => {
    if (chain.length === 0) chain.push(body.tables.getFirst());
    while (chain.length <= index) chain.push(chain[chain.length - 1]!.getNext());
    return chain[index]!;
  };
}

/**
 * The cell's text in the document as it is now, or undefined when the cell addressed cannot be trusted to be the
 * one that was read: the table Word reached must agree with the fresh OOXML, and the cell must still be the same
 * w:tc of its row (a merge beside it shifts Word's index while the grid position stays).
 */
function currentText(fresh: WordDocumentModel, target: WriteTarget | undefined, ref: CellRef): string | undefined {
  if (!target) return undefined;
  const table = fresh.tables[Number(ref.table)];
  if (!table || crossCheck(table, officeTable(target.table))) return undefined;
  const physical = table.cells.get(refKey(ref));
  const was = target.located.physical;
  if (!physical || physical.rowIndex !== was.rowIndex || physical.cellIndex !== was.cellIndex) return undefined;
  return physical.cell?.text;
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

interface RowLayout {
  /** Physical row the new rows follow (the bottom row of the `after` cell). */
  readonly template: number;
  /** Per new row, one string per w:tc of the template row (`insertRows` fills cells by their index in the row). */
  readonly values: string[][];
  /** Vertically merged cells of the template row that must cover the new rows. */
  readonly blocks: readonly { row: number; col: number }[];
}

function rowLayout(table: WordTable, template: number, rows: RowInsert['rows']): RowLayout {
  const cells = table.rows[template] ?? [];
  const textFor = (row: RowInsert['rows'][number], cell: PhysicalCell) =>
    row.find((entry) => entry.col >= cell.col && entry.col < cell.col + cell.span)?.text;
  const blocks = cells
    .filter((c) => c.cell && c.cell.rowSpan > 1 && rows.every((row) => textFor(row, c) === undefined))
    .map((c) => ({ row: c.cell!.row, col: c.cell!.col }));
  const values = rows.map((row) => cells.map((c) => textFor(row, c) ?? ''));
  return { template, values, blocks };
}

interface MissingMerge {
  readonly topRow: number;
  readonly topIndex: number;
  readonly bottomRow: number;
  readonly bottomIndex: number;
}

function unmergedBlocks(table: WordTable | undefined, layout: RowLayout, count: number): MissingMerge[] {
  if (!table) return [];
  const index = indexGrid(table.grid);
  const bottomRow = layout.template + count;
  const missing: MissingMerge[] = [];
  for (const block of layout.blocks) {
    const covering = index.at(bottomRow, block.col);
    if (covering && covering.row === block.row && covering.col === block.col) continue;
    const top = table.rows[block.row]?.find((c) => c.col === block.col);
    const bottom = table.rows[bottomRow]?.find((c) => c.col === block.col);
    if (top && bottom)
      missing.push({ topRow: block.row, topIndex: top.cellIndex, bottomRow, bottomIndex: bottom.cellIndex });
  }
  return missing;
}

const UNMATCHED: Disagreement = {
  zh: 'Word 的表格列表中找不到此表（例如嵌套表格）',
  en: "Word's list of tables does not show it (a nested table, say)",
};

function notesFor(snapshot: Snapshot): FeatureNote[] {
  return [...snapshot.refused].map(([i, disagreement]) => ({
    feature: `table-${i}`,
    zh: `表 ${i + 1} 在 Word 中的结构与文件内容不一致（${disagreement.zh}）：此表可以检查，但不会被修改。`,
    en: `Table ${i + 1} looks different to Word than in the file (${disagreement.en}): it is checked but never changed.`,
  }));
}

const noTables = () =>
  new HostError(
    '此 Word 版本不能定位或修改表格单元格（需要 WordApi 1.3）。',
    'This version of Word cannot select or change table cells (needs WordApi 1.3).',
  );

const cellGone = () =>
  new HostError(
    '在文档中找不到这个单元格（表格可能已被修改），请重新检查。',
    'This cell cannot be found in the document (the table may have changed); please check again.',
  );
