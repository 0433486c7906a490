// The Host port: the only thing the UI and the CLI know about documents (Word, Excel, files, memory).
import type { Edit } from '../core/edits';
import type { CellRef, Grid } from '../core/grid';

export interface WriteResult {
  readonly applied: readonly Edit[];
  /** Cells that no longer hold the text the finding saw: refused, never overwritten. */
  readonly conflicts: readonly Edit[];
  /** Second edits of a cell already edited in the same batch: left for a re-check. */
  readonly overlaps: readonly Edit[];
}

export interface Host {
  /** The whole document or workbook as grids, in O(1) round trips. */
  read(): Promise<Grid[]>;
  /** Applies a batch in one round trip; refuses edits whose cell changed since it was read. */
  write(edits: readonly Edit[]): Promise<WriteResult>;
  /** Selects and scrolls to a cell. */
  reveal(cell: CellRef): Promise<void>;
}
