// RowInsert: new table rows as data (an indicator into its 一级/二级 block), planned in core, carried out by hosts.
import type { CellRef } from './grid';

/** New rows below an existing row of the same table/sheet. */
export interface RowInsert {
  /** A cell of the row the new rows go below. */
  readonly after: CellRef;
  /** The text `after` must still hold; the insert is refused otherwise, like an edit's `before`. */
  readonly before: string;
  /**
   * One entry per new row: texts by grid column (0-based, in the grid `after` belongs to). Vertically merged
   * cells that end on the `after` row and get no text (一级/二级) are extended over the new rows.
   */
  readonly rows: readonly (readonly { readonly col: number; readonly text: string }[])[];
}
