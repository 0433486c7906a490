// Problem-cell marks in Word and Excel: the colour per severity, and each marked cell's original fill, kept in
// memory and in the document settings so that a reloaded pane can still restore the fills it changed.
import type { CellRef } from '../../core/grid';
import { refKey } from '../../core/grid';
import type { CellMark } from '../host';
import type { SettingsStore } from './settings';

/** Light fills that keep black text readable: red, amber and blue as in Excel's conditional formats. */
export const MARK_COLORS: Record<CellMark['severity'], string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export interface RememberedMark {
  readonly cell: CellRef;
  /** The fill before the first mark: a colour, '' (Word: no shading) or null (Excel: no fill). */
  readonly original: string | null;
  readonly color: string;
}

export const MARKS_SETTING = 'jixiao.marks';

const isRemembered = (v: unknown): v is RememberedMark => {
  const m = v as RememberedMark | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.cell === 'object' &&
    m.cell !== null &&
    (typeof m.original === 'string' || m.original === null) &&
    typeof m.color === 'string'
  );
};

export class MarkMemory {
  private marks: Map<string, RememberedMark> | null = null;

  constructor(private readonly settings: SettingsStore) {}

  async all(): Promise<Map<string, RememberedMark>> {
    if (!this.marks) {
      const saved = await this.settings.load(MARKS_SETTING).catch(() => null);
      let list: unknown = [];
      try {
        list = saved ? JSON.parse(saved) : [];
      } catch {
        list = [];
      }
      this.marks = new Map((Array.isArray(list) ? list : []).filter(isRemembered).map((m) => [refKey(m.cell), m]));
    }
    return this.marks;
  }

  async replace(next: ReadonlyMap<string, RememberedMark>): Promise<void> {
    this.marks = new Map(next);
    await this.settings.save(MARKS_SETTING, JSON.stringify([...next.values()]));
  }
}

export interface MarkPlan {
  /** Cells to paint; `original` is undefined where the cell is not marked yet and its fill must be read first. */
  readonly paint: { key: string; cell: CellRef; color: string; original: string | null | undefined }[];
  /** Marked cells no longer wanted: their original fill goes back. */
  readonly restore: RememberedMark[];
}

/** Marks replace the previous set: the pane marks every finding of a check at once. */
export function planMarks(remembered: ReadonlyMap<string, RememberedMark>, wanted: readonly CellMark[]): MarkPlan {
  const paint = new Map<string, MarkPlan['paint'][number]>();
  for (const mark of wanted) {
    const key = refKey(mark.cell);
    const color = MARK_COLORS[mark.severity];
    const earlier = paint.get(key);
    // The most severe finding of a cell decides its colour (marks arrive in any order).
    if (earlier && severityRank(earlier.color) <= severityRank(color)) continue;
    paint.set(key, { key, cell: mark.cell, color, original: remembered.get(key)?.original });
  }
  const restore = [...remembered.entries()].filter(([key]) => !paint.has(key)).map(([, m]) => m);
  return { paint: [...paint.values()], restore };
}

const severityRank = (color: string) => Object.values(MARK_COLORS).indexOf(color);
