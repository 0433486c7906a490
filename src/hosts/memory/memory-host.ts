// In-memory host over grids: used by tests and by the demo page that runs outside Office.
import { applyEdits } from '../../core/edits';
import type { Edit } from '../../core/edits';
import type { CellRef, Grid } from '../../core/grid';
import { refKey, withCellTexts } from '../../core/grid';
import type { Host, WriteResult } from '../host';

export class MemoryHost implements Host {
  private grids: Grid[];
  /** The last cell revealed, for the demo page to highlight. */
  selected: CellRef | null = null;

  constructor(
    grids: readonly Grid[],
    private readonly onChange: (grids: readonly Grid[]) => void = () => {},
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
  }

  /** Simulates the person typing in the document meanwhile. */
  type(cell: CellRef, text: string): void {
    this.grids = this.grids.map((g) => withCellTexts(g, new Map([[refKey(cell), text]])));
  }
}
