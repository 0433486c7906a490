// Edits as data (the ESLint fix model) and applyEdits: pure, and never overwrites a cell that changed meanwhile.
import type { CellRef, Grid } from './grid';
import { refKey, withCellTexts } from './grid';

export interface Edit {
  readonly cell: CellRef;
  /** The cell text the rule saw; the edit is refused when the cell no longer holds it. */
  readonly before: string;
  readonly text: string;
}

export interface ApplyResult {
  readonly grids: Grid[];
  /** Edits now in effect (including ones whose text the cell already held). */
  readonly applied: Edit[];
  /** The cell no longer holds `before` (someone typed meanwhile), or the cell is gone. */
  readonly conflicts: Edit[];
  /** A second, different edit of a cell already edited in this batch: left for the next pass. */
  readonly overlaps: Edit[];
}

// Whitespace at the ends of a cell is not content: Word and Excel add and drop it freely.
const sameText = (a: string, b: string) => a.trim() === b.trim();

export function applyEdits(grids: readonly Grid[], edits: readonly Edit[]): ApplyResult {
  const current = new Map<string, string>();
  for (const grid of grids) for (const cell of grid.cells) current.set(refKey(cell.ref), cell.text);
  const chosen = new Map<string, Edit>();
  const applied: Edit[] = [];
  const conflicts: Edit[] = [];
  const overlaps: Edit[] = [];
  for (const edit of edits) {
    const key = refKey(edit.cell);
    const text = current.get(key);
    const earlier = chosen.get(key);
    if (earlier) {
      (sameText(earlier.text, edit.text) ? applied : overlaps).push(edit);
    } else if (text === undefined || !(sameText(text, edit.before) || sameText(text, edit.text))) {
      conflicts.push(edit);
    } else {
      chosen.set(key, edit);
      applied.push(edit);
    }
  }
  const texts = new Map<string, string>();
  for (const [key, edit] of chosen) if (current.get(key) !== edit.text) texts.set(key, edit.text);
  return { grids: grids.map((g) => withCellTexts(g, texts)), applied, conflicts, overlaps };
}
