// Where a cell is, in words a reviewer can follow in Word (表/行/列) or Excel (Sheet!A1); shared by CLI and pane.
import type { CellRef } from './grid';
import type { Lang } from './rules/rule';

export function location(cell: CellRef, lang: Lang): string {
  if (typeof cell.sheet === 'string') return `${cell.sheet}!${cell.address}`;
  const [t, r, c] = [Number(cell.table) + 1, Number(cell.row) + 1, Number(cell.col) + 1];
  return lang === 'en' ? `table ${t} row ${r} col ${c}` : `表${t} 第${r}行第${c}列`;
}
