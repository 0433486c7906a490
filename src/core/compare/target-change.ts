// How this year's target of an indicator compares with last year's: the same promise, a weaker or a stronger one,
// reworded into 定性 (or back into numbers), or changed in a way that has no better or worse (another unit).
import { lessIsBetter, moreIsBetter } from '../direction';
import type { Indicator } from '../form';
import type { Op, Quantity, TargetValue } from '../values/types';

export type TargetChange = 'same' | 'weaker' | 'stronger' | 'changed' | 'toQualitative' | 'toQuantitative';

type Better = 'more' | 'less';

/** What the operator alone says: a floor (≥ 90) is met by more, a ceiling (≤ 500) by less; `=` says neither. */
function boundOf(op: Op | null): Better | null {
  if (op === '≥' || op === '>') return 'more';
  if (op === '≤' || op === '<') return 'less';
  return null;
}

/** The number the target promises to reach (more is better) or to stay within (less is better); null if none. */
function promised(v: Quantity, better: Better): number | null {
  const op = v.op ?? '=';
  return op === '=' || boundOf(op) === better ? v.number : null;
}

function betterOf(ind: Indicator, v: Quantity, previous: Quantity): Better | null {
  if (moreIsBetter(ind, v)) return 'more';
  if (lessIsBetter(ind, v)) return 'less';
  return boundOf(previous.op) ?? boundOf(v.op);
}

function compareQuantities(ind: Indicator, was: Quantity, now: Quantity): TargetChange {
  // A unit left out on one side (`0` after `≥90(%)`) is the other's: a missing unit is R-03's finding, not a new measure.
  if (was.unit !== now.unit && was.unit !== null && now.unit !== null) return 'changed';
  const better = betterOf(ind, now, was);
  if (better === null) return was.number === now.number && (was.op ?? '=') === (now.op ?? '=') ? 'same' : 'changed';
  const [before, after] = [promised(was, better), promised(now, better)];
  if (before === null || after === null) return before === after ? 'same' : 'changed';
  if (before === after) return 'same';
  return after > before === (better === 'more') ? 'stronger' : 'weaker';
}

/** Words only: 合格, and the time words with no date in them (及时, 按期完成); a deadline is a measure. */
const isWords = (v: TargetValue) => v.kind === 'qualitative' || (v.kind === 'time' && v.latest === null);

const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Last year's target against this year's, for one indicator kept from one year to the next. */
export function targetChange(previous: Indicator, current: Indicator): TargetChange {
  const [was, now] = [previous.value, current.value];
  if (was.kind === 'quantitative' && now.kind === 'quantitative') return compareQuantities(current, was, now);
  if (was.kind === 'quantitative' && isWords(now)) return 'toQualitative';
  if (isWords(was) && now.kind === 'quantitative') return 'toQuantitative';
  return plain(previous.target) === plain(current.target) ? 'same' : 'changed';
}
