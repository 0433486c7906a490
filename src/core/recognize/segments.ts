// Splits a grid into form segments: a 汇总表 table can hold several forms, each opened by its 项目名称 row
// and the title rows just above it.
import type { GridIndex } from '../grid';
import { isTitle, matchLabel, titleYear } from './labels';

export interface Segment {
  readonly first: number;
  readonly last: number;
}

function startingTexts(index: GridIndex, row: number): string[] {
  return index
    .slots(row)
    .filter((s) => s.starts)
    .map((s) => s.cell.text.trim())
    .filter((t) => t !== '');
}

function isNameRow(index: GridIndex, row: number): boolean {
  return startingTexts(index, row).some((t) => {
    const label = matchLabel(t);
    return label?.meaning.kind === 'field' && label.meaning.field === 'projectName';
  });
}

/** Title, `(2024年度)` or blank: the rows a form's heading is made of. */
function isHeadingRow(index: GridIndex, row: number): 'title' | 'plain' | null {
  const texts = startingTexts(index, row);
  if (texts.some(isTitle)) return 'title';
  return texts.every((t) => titleYear(t) !== null) ? 'plain' : null;
}

/** Row ranges of the forms in one grid. Rows before the first form's heading belong to the first form. */
export function splitSegments(index: GridIndex): Segment[] {
  const nameRows: number[] = [];
  for (let row = 0; row < index.grid.rowCount; row++) if (isNameRow(index, row)) nameRows.push(row);
  if (nameRows.length <= 1) return [{ first: 0, last: index.grid.rowCount - 1 }];
  const starts = nameRows.map((nameRow, i) => {
    const floor = i === 0 ? 0 : nameRows[i - 1]! + 1;
    let start = nameRow;
    for (let row = nameRow - 1; row >= floor; row--) {
      const heading = isHeadingRow(index, row);
      if (!heading) break;
      if (heading === 'title') start = row;
    }
    return i === 0 ? 0 : start;
  });
  return starts.map((first, i) => ({
    first,
    last: i + 1 < starts.length ? starts[i + 1]! - 1 : index.grid.rowCount - 1,
  }));
}
