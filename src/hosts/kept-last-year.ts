// Last year's form kept with the document (its settings), so that 与上年比较 holds when the document is opened again
// instead of asking for the file every time, and `jixiao check` compares with it too. The pane loads it with the
// comparison, not at start (zod).
import { z } from 'zod';
import type { Form } from '../core/form';
import type { Grid } from '../core/grid';
import { recognize } from '../core/recognize';

/**
 * Office keeps an add-in's settings inside the document and documents no size limit; this stays well below the
 * 2 MB commonly reported. The example 汇总表 of 2023 and 2024 (3 to 6 forms) take 29–45 K characters. A larger file
 * is compared but not kept.
 */
export const MAX_KEPT_CHARS = 512 * 1024;

/** Bounds for what a document's settings may hold: a crafted document must not make a huge grid to read. */
const MAX_ROWS = 5_000;
const MAX_COLS = 200;
const MAX_CELLS = 50_000;

const whole = (max: number) => z.number().int().min(0).max(max);

const KeptCell = z.object({
  row: whole(MAX_ROWS),
  col: whole(MAX_COLS),
  rowSpan: z.number().int().min(1).max(MAX_ROWS),
  colSpan: z.number().int().min(1).max(MAX_COLS),
  text: z.string(),
  ref: z.record(z.string(), z.union([z.string(), z.number()])),
});

const KeptGrid = z
  .object({
    id: z.string(),
    preamble: z.array(z.string()).optional(),
    rowCount: whole(MAX_ROWS),
    colCount: whole(MAX_COLS),
    cells: z.array(KeptCell).max(MAX_CELLS),
  })
  .refine(
    (g) => g.cells.every((c) => c.row + c.rowSpan <= g.rowCount && c.col + c.colSpan <= g.colCount),
    'a cell lies outside its table',
  );

export const KeptLastYear = z.object({
  schemaVersion: z.literal(1),
  /** The file's name as the person picked it. */
  name: z.string().min(1),
  /** Only the tables that hold forms. */
  grids: z.array(KeptGrid).min(1),
});
export type KeptLastYear = z.infer<typeof KeptLastYear>;

/** The setting's text for these grids, or null when it would be too large to keep in the document. */
export function keptLastYearText(name: string, grids: readonly Grid[]): string | null {
  const text = JSON.stringify({ schemaVersion: 1, name, grids });
  return text.length <= MAX_KEPT_CHARS ? text : null;
}

/** The kept grids, or null when the setting is damaged or not ours (then nothing is compared). */
export function readKeptLastYear(text: string): KeptLastYear | null {
  if (text.length > MAX_KEPT_CHARS) return null;
  try {
    const parsed = KeptLastYear.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The kept file's name and forms; null when the setting is damaged, not ours or holds no form. */
export function keptLastYearForms(text: string): { name: string; forms: Form[] } | null {
  const kept = readKeptLastYear(text);
  const forms = kept ? recognize(kept.grids) : [];
  return kept && forms.length > 0 ? { name: kept.name, forms } : null;
}
