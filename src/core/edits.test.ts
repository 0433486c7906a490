import { applyEdits } from './edits';
import { parseGridText } from './grid-text';

const grids = () => parseGridText('a | b\nc | d');
const ref = (row: number, col: number) => ({ table: 0, row, col });
const texts = (g: ReturnType<typeof grids>) => g[0]!.cells.map((c) => c.text);

describe('applyEdits', () => {
  it('applies edits whose cell still holds `before`', () => {
    const result = applyEdits(grids(), [{ cell: ref(0, 1), before: 'b', text: 'B' }]);
    expect(texts(result.grids)).toEqual(['a', 'B', 'c', 'd']);
    expect(result.applied).toHaveLength(1);
  });

  it('refuses an edit whose cell changed meanwhile (conflict), and applies the rest', () => {
    const stale = { cell: ref(0, 0), before: 'x', text: 'A' };
    const fresh = { cell: ref(1, 1), before: 'd', text: 'D' };
    const result = applyEdits(grids(), [stale, fresh]);
    expect(result.conflicts).toEqual([stale]);
    expect(texts(result.grids)).toEqual(['a', 'b', 'c', 'D']);
  });

  it('reports an edit of a cell that no longer exists as a conflict', () => {
    expect(applyEdits(grids(), [{ cell: ref(5, 5), before: '', text: 'x' }]).conflicts).toHaveLength(1);
  });

  it('applies the first of two different edits of one cell and reports the second as an overlap', () => {
    const first = { cell: ref(0, 0), before: 'a', text: 'A' };
    const second = { cell: ref(0, 0), before: 'a', text: 'Z' };
    const result = applyEdits(grids(), [first, second]);
    expect(result.overlaps).toEqual([second]);
    expect(texts(result.grids)[0]).toBe('A');
  });

  it('counts identical duplicate edits as applied once', () => {
    const e = { cell: ref(0, 0), before: 'a', text: 'A' };
    const result = applyEdits(grids(), [e, { ...e }]);
    expect(result.applied).toHaveLength(2);
    expect(result.overlaps).toEqual([]);
  });

  it('is idempotent: re-applying a batch changes nothing and reports no conflict', () => {
    const batch = [{ cell: ref(0, 0), before: 'a', text: 'A' }];
    const once = applyEdits(grids(), batch);
    const twice = applyEdits(once.grids, batch);
    expect(texts(twice.grids)).toEqual(texts(once.grids));
    expect(twice.conflicts).toEqual([]);
  });

  it('ignores whitespace at the ends of a cell when comparing `before`', () => {
    const [g] = parseGridText('x');
    const spaced = { ...g!, cells: [{ ...g!.cells[0]!, text: ' ≥90% \n' }] };
    expect(applyEdits([spaced], [{ cell: ref(0, 0), before: '≥90%', text: '≥90(%)' }]).applied).toHaveLength(1);
  });

  it('never mutates its input', () => {
    const input = grids();
    const before = JSON.stringify(input);
    applyEdits(input, [{ cell: ref(0, 0), before: 'a', text: 'A' }]);
    expect(JSON.stringify(input)).toBe(before);
  });
});
