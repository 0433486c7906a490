// In-memory host over grids: used by tests and by the demo page that runs outside Office.
import { applyEdits, sameText } from '../../core/edits';
import { GridInsertError, insertGridRows } from '../../core/grid-insert';
import type { Edit } from '../../core/edits';
import type { CellRef, Grid } from '../../core/grid';
import { refKey, withCellTexts } from '../../core/grid';
import type {
  CellComment,
  CellMark,
  CommentResult,
  Host,
  HostCapabilities,
  InsertResult,
  RowInsert,
  WriteResult,
} from '../host';

/** Where the demo keeps per-document settings; tests pass a Map, the demo page localStorage. */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class MemoryHost implements Host {
  readonly kind = 'memory';
  readonly capabilities: HostCapabilities = {
    trackChanges: false,
    comments: true,
    marks: true,
    insertRows: true,
    notes: [],
  };
  private grids: Grid[];
  /** The last cell revealed, for the demo page to highlight. */
  selected: CellRef | null = null;
  marks: readonly CellMark[] = [];
  /** Comments on cells by refKey: the demo shows them beside the table. */
  comments: ReadonlyMap<string, CellComment> = new Map();

  constructor(
    grids: readonly Grid[],
    private readonly onChange: (grids: readonly Grid[]) => void = () => {},
    private readonly settings: SettingsStore = mapStore(),
  ) {
    this.grids = [...grids];
  }

  async read(): Promise<Grid[]> {
    return [...this.grids];
  }

  async write(edits: readonly Edit[]): Promise<WriteResult> {
    const result = applyEdits(this.grids, edits);
    this.grids = result.grids;
    if (result.applied.length > 0) this.onChange(this.grids);
    return { applied: result.applied, conflicts: result.conflicts, overlaps: result.overlaps };
  }

  async reveal(cell: CellRef): Promise<void> {
    this.selected = cell;
    this.onChange(this.grids);
  }

  async mark(marks: readonly CellMark[]): Promise<void> {
    this.marks = marks;
    this.onChange(this.grids);
  }

  async clearMarks(): Promise<void> {
    this.marks = [];
    this.onChange(this.grids);
  }

  async comment(comments: readonly CellComment[]): Promise<CommentResult> {
    const removed = this.comments.size;
    const cells = new Set(this.grids.flatMap((g) => g.cells.map((c) => refKey(c.ref))));
    const present = comments.filter((c) => cells.has(refKey(c.cell)));
    this.comments = new Map(present.map((c) => [refKey(c.cell), c]));
    this.onChange(this.grids);
    return { written: this.comments.size, removed, kept: 0, skipped: comments.length - this.comments.size };
  }

  async insertRows(insert: RowInsert): Promise<InsertResult> {
    const key = refKey(insert.after);
    const index = this.grids.findIndex((g) => g.cells.some((c) => refKey(c.ref) === key));
    const cell = this.grids[index]?.cells.find((c) => refKey(c.ref) === key);
    if (!cell || !sameText(cell.text, insert.before))
      return { status: 'conflict', reason: '该行在检查后已被修改 / the row changed since the check' };
    try {
      this.grids[index] = insertGridRows(this.grids[index]!, insert);
    } catch (error) {
      if (error instanceof GridInsertError) return { status: 'unsupported', reason: error.message };
      throw error;
    }
    this.onChange(this.grids);
    return { status: 'inserted' };
  }

  async loadSetting(key: string): Promise<string | null> {
    return this.settings.getItem(key);
  }

  async saveSetting(key: string, value: string): Promise<void> {
    this.settings.setItem(key, value);
  }

  /** Simulates the person typing in the document meanwhile. */
  type(cell: CellRef, text: string): void {
    this.grids = this.grids.map((g) => withCellTexts(g, new Map([[refKey(cell), text]])));
  }
}

function mapStore(): SettingsStore {
  const map = new Map<string, string>();
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}
