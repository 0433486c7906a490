// Greedy one-to-one matching of two lists: the surest candidate pairs first, each item used at most once.

export interface Candidate {
  /** Index in the first (last year's) list. */
  readonly previous: number;
  /** Index in the second (this year's) list. */
  readonly current: number;
  readonly score: number;
}

/** The pairs kept, in the order of `current`; ties go to the earlier items, whatever the sort's stability. */
export function oneToOne<C extends Candidate>(candidates: readonly C[]): C[] {
  const sorted = [...candidates].sort((x, y) => y.score - x.score || x.current - y.current || x.previous - y.previous);
  const [takenPrevious, takenCurrent] = [new Set<number>(), new Set<number>()];
  const kept: C[] = [];
  for (const c of sorted) {
    if (takenPrevious.has(c.previous) || takenCurrent.has(c.current)) continue;
    kept.push(c);
    takenPrevious.add(c.previous);
    takenCurrent.add(c.current);
  }
  return kept.sort((x, y) => x.current - y.current);
}
