// The Host port: the only thing the UI and the CLI know about documents (Word, Excel, files, memory).
import type { Edit } from '../core/edits';
import type { CellRef, Grid } from '../core/grid';
import type { RowInsert } from '../core/row-insert';

export type { RowInsert };

export interface WriteResult {
  readonly applied: readonly Edit[];
  /** Cells that no longer hold the text the finding saw: refused, never overwritten. */
  readonly conflicts: readonly Edit[];
  /** Second edits of a cell already edited in the same batch: left for a re-check. */
  readonly overlaps: readonly Edit[];
}

export interface WriteOptions {
  /** Word: write as tracked changes (WordApi 1.4). Ignored where `capabilities.trackChanges` is false. */
  readonly trackChanges?: boolean;
  /** A comment/note to leave on the edited cell (the rule's explanation), where `capabilities.comments`. */
  readonly comment?: (edit: Edit) => string | undefined;
}

/** Marks a problem cell so the person sees it in the document; removable with `clearMarks`. */
export interface CellMark {
  readonly cell: CellRef;
  readonly severity: 'error' | 'warning' | 'info';
}

/** A 审核意见 comment for a cell (core/review-comments makes them from a check's findings). */
export interface CellComment {
  readonly cell: CellRef;
  readonly text: string;
}

export interface CommentResult {
  readonly written: number;
  /** This pane's earlier comments taken away. */
  readonly removed: number;
  /** This pane's earlier comments left in place because someone edited or answered them: theirs now. */
  readonly kept: number;
  /** Cells left without a comment: gone since the check, or (Excel) already holding a note or comment of a person. */
  readonly skipped: number;
}

export type InsertResult =
  { readonly status: 'inserted' } | { readonly status: 'conflict' | 'unsupported'; readonly reason: string };

/** A feature switched off because the Office version lacks it; the pane shows why. */
export interface FeatureNote {
  readonly feature: string;
  readonly zh: string;
  readonly en: string;
}

export interface HostCapabilities {
  readonly trackChanges: boolean;
  readonly comments: boolean;
  readonly marks: boolean;
  readonly insertRows: boolean;
  readonly notes: readonly FeatureNote[];
}

export interface Host {
  /** Which host this is, for messages (`word`, `excel`, `memory`). */
  readonly kind: 'word' | 'excel' | 'memory';
  readonly capabilities: HostCapabilities;
  /** The whole document or workbook as grids, in O(1) round trips. */
  read(): Promise<Grid[]>;
  /** Applies a batch in one round trip; refuses edits whose cell changed since it was read. */
  write(edits: readonly Edit[], options?: WriteOptions): Promise<WriteResult>;
  /** Selects and scrolls to a cell. */
  reveal(cell: CellRef): Promise<void>;
  /** Highlights problem cells, remembering each cell's original fill. */
  mark(marks: readonly CellMark[]): Promise<void>;
  /** Removes every mark this pane made, restoring the original fills. */
  clearMarks(): Promise<void>;
  /**
   * Leaves one comment per cell, where `capabilities.comments`, in place of the comments this pane left before (those
   * nobody edited or answered); `comment([])` only takes the earlier ones away.
   */
  comment(comments: readonly CellComment[]): Promise<CommentResult>;
  insertRows(insert: RowInsert): Promise<InsertResult>;
  /** Per-document settings (ignored findings, imported library): Office document settings, else local storage. */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
}
