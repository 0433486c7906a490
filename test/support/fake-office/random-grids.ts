// Random tables with vertical and horizontal merges (fast-check), for property tests of the hosts' addressing.
import fc from 'fast-check';
import type { Cell, Grid } from '../../../src/core/grid';

interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** A grid whose merges are placed greedily from random rectangles (overlapping ones are dropped). */
export function gridArbitrary(maxRows = 7, maxCols = 6): fc.Arbitrary<Grid> {
  return fc
    .record({
      rows: fc.integer({ min: 1, max: maxRows }),
      cols: fc.integer({ min: 1, max: maxCols }),
      merges: fc.array(
        fc.record({
          row: fc.nat(maxRows - 1),
          col: fc.nat(maxCols - 1),
          rowSpan: fc.integer({ min: 1, max: 4 }),
          colSpan: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 6 },
      ),
      texts: fc.array(fc.constantFrom('产出指标', '数量指标', '≥90(%)', '满意度', '', 'a^b', '合格率'), {
        minLength: 64,
        maxLength: 64,
      }),
    })
    .map(({ rows, cols, merges, texts }) => {
      const taken = new Set<number>();
      const rects: Rect[] = [];
      for (const m of merges) {
        const r = { ...m, rowSpan: Math.min(m.rowSpan, rows - m.row), colSpan: Math.min(m.colSpan, cols - m.col) };
        if (r.rowSpan < 1 || r.colSpan < 1) continue;
        const spots: number[] = [];
        for (let i = r.row; i < r.row + r.rowSpan; i++)
          for (let j = r.col; j < r.col + r.colSpan; j++) spots.push(i * cols + j);
        if (spots.some((s) => taken.has(s))) continue;
        spots.forEach((s) => taken.add(s));
        rects.push(r);
      }
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++)
          if (!taken.has(i * cols + j)) rects.push({ row: i, col: j, rowSpan: 1, colSpan: 1 });
      const cells: Cell[] = rects
        .sort((a, b) => a.row - b.row || a.col - b.col)
        .map((r, i) => ({ ...r, text: texts[i % texts.length]!, ref: { table: 0, row: r.row, col: r.col } }));
      return { id: 'table-0', rowCount: rows, colCount: cols, cells };
    });
}
