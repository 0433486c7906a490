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
export const sameText = (a: string, b: string) => a.trim() === b.trim();

export interface EditPlan {
  /** One edit per cell to write (cells already holding their new text are left out). */
  readonly writes: Edit[];
  readonly applied: Edit[];
  readonly conflicts: Edit[];
  readonly overlaps: Edit[];
}

/**
 * The batch rules every host follows: an edit applies only while its cell still holds `before` (or already
 * holds the new text, so re-applying is a no-op); a missing cell is a conflict; the first edit of a cell wins,
 * an identical repeat counts as applied, a different one is an overlap left for the next pass.
 */
export function planEdits(edits: readonly Edit[], currentText: (edit: Edit) => string | undefined): EditPlan {
  const chosen = new Map<string, Edit>();
  const writes: Edit[] = [];
  const applied: Edit[] = [];
  const conflicts: Edit[] = [];
  const overlaps: Edit[] = [];
  for (const edit of edits) {
    const key = refKey(edit.cell);
    const earlier = chosen.get(key);
    if (earlier) {
      (sameText(earlier.text, edit.text) ? applied : overlaps).push(edit);
      continue;
    }
    const text = currentText(edit);
    if (text === undefined || !(sameText(text, edit.before) || sameText(text, edit.text))) {
      conflicts.push(edit);
      continue;
    }
    chosen.set(key, edit);
    applied.push(edit);
    if (text !== edit.text && !sameText(text, edit.text)) writes.push(edit);
  }
  return { writes, applied, conflicts, overlaps };
}

export function applyEdits(grids: readonly Grid[], edits: readonly Edit[]): ApplyResult {
  const current = new Map<string, string>();
  for (const grid of grids) for (const cell of grid.cells) current.set(refKey(cell.ref), cell.text);
  const plan = planEdits(edits, (edit) => current.get(refKey(edit.cell)));
  const texts = new Map(plan.writes.map((e) => [refKey(e.cell), e.text]));
  return {
    grids: grids.map((g) => withCellTexts(g, texts)),
    applied: plan.applied,
    conflicts: plan.conflicts,
    overlaps: plan.overlaps,
  };
}
