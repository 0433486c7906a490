// Which of last year's indicators a form keeps, drops or adds: rows matched one to one by name, best match first.
import type { Form, Indicator } from '../form';
import { dimensionOf } from '../levels';
import type { Named } from '../suggest/name-match';
import { isNamed, nameSimilarity, sameIndicatorName } from '../suggest/name-match';
import type { Candidate } from './one-to-one';
import { oneToOne } from './one-to-one';

export interface KeptIndicator {
  readonly previous: Indicator;
  readonly current: Indicator;
}

export interface IndicatorMatch {
  /** In the current form's row order. */
  readonly kept: readonly KeptIndicator[];
  /** Last year's rows with no counterpart this year, in last year's order. */
  readonly dropped: readonly Indicator[];
  /** This year's rows with no counterpart last year, in this year's order. */
  readonly added: readonly Indicator[];
}

/**
 * Below this likeness two names are different indicators even in one dimension: 学员培训满意度 and 培训学员满意度 (0.6)
 * are one satisfaction measure reworded; 平台使用满意度 and 管理人员满意度 (0.2) are two groups of people asked.
 */
export const REWORDED_LIKENESS = 0.5;

/**
 * For each row, the library entries with aliases it is a name of, found once rather than per pair. Only aliases join
 * names that spelling does not (an entry with one name adds nothing to `sameIndicatorName`), and only a handful of
 * entries have them: looking through all 340 for every row cost 25 ms a form pair, on every re-check in the pane.
 */
function entriesNaming(indicators: readonly Indicator[], library: readonly Named[]): Set<number>[] {
  const aliased = library.filter((entry) => entry.aliases?.length);
  return indicators.map((ind) => new Set(aliased.flatMap((entry, i) => (isNamed(entry, ind.name) ? [i] : []))));
}

/**
 * How surely two rows of consecutive forms are one indicator: the same name under any spelling (≥ 2); one library
 * indicator under two of its names (≥ 1.5: 平台日常维护工作完成率 is another year's 运维服务完成率); a reworded name in
 * the same dimension (the likeness itself); otherwise null.
 */
function matchScore(a: Indicator, b: Indicator, twins: boolean): number | null {
  const likeness = nameSimilarity(a.name, b.name);
  if (sameIndicatorName(a.name, b.name)) return 2 + likeness;
  if (twins) return 1.5 + likeness;
  const sameDimension = dimensionOf(a) !== null && dimensionOf(a) === dimensionOf(b);
  return sameDimension && likeness >= REWORDED_LIKENESS ? likeness : null;
}

/** Matches last year's indicator rows to this year's, each row at most once, surest pairs first. */
export function matchIndicators(previous: Form, current: Form, library: readonly Named[] = []): IndicatorMatch {
  const [entriesA, entriesB] = [
    entriesNaming(previous.indicators, library),
    entriesNaming(current.indicators, library),
  ];
  const candidates: Candidate[] = [];
  previous.indicators.forEach((a, p) =>
    current.indicators.forEach((b, c) => {
      const twins = [...entriesA[p]!].some((i) => entriesB[c]!.has(i));
      const score = matchScore(a, b, twins);
      if (score !== null) candidates.push({ previous: p, current: c, score });
    }),
  );
  const pairs = oneToOne(candidates);
  const previousOf = new Map(pairs.map((pair) => [pair.current, pair.previous]));
  const takenPrevious = new Set(pairs.map((pair) => pair.previous));
  return {
    kept: current.indicators.flatMap((ind, c) => {
      const p = previousOf.get(c);
      return p === undefined ? [] : [{ previous: previous.indicators[p]!, current: ind }];
    }),
    dropped: previous.indicators.filter((_, p) => !takenPrevious.has(p)),
    added: current.indicators.filter((_, c) => !previousOf.has(c)),
  };
}
