// Which form of last year's files is which form of this year's: the same project by its name, in the same unit.
import type { Form } from '../form';
import { bigrams, dice } from '../suggest/name-match';
import type { Candidate } from './one-to-one';
import { oneToOne } from './one-to-one';

export interface FormPair {
  readonly previous: number;
  readonly current: number;
  /** Likeness of the two project names, 0..1. */
  readonly likeness: number;
}

export interface Pairing {
  readonly pairs: readonly FormPair[];
  /** Indices of forms with no counterpart, in their own order. */
  readonly unpairedPrevious: readonly number[];
  readonly unpairedCurrent: readonly number[];
}

/**
 * Project names this alike are one project renamed a little (上海市党员干部现代远程网络体系运维费 → …远程教育网络体系运维,
 * 0.85); 电教远教工作经费 and 在线学习工作经费 (0.43) are two projects of one unit.
 */
export const SAME_PROJECT_LIKENESS = 0.6;
/** Units named this differently are different units: two units' 信息化运维项目 are two projects. */
const SAME_UNIT_LIKENESS = 0.5;

const key = (text: string | undefined) => (text ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function likeness(a: string, b: string): number {
  return a === '' || b === '' ? 0 : dice(bigrams(a), bigrams(b));
}

/** The unit that files the form: 实施单位, else 主管部门; '' when the form names neither. */
const unitOf = (form: Form) => key(form.fields.implementer?.text ?? form.fields.department?.text);

function sameUnit(a: Form, b: Form): boolean {
  const [ua, ub] = [unitOf(a), unitOf(b)];
  return ua === '' || ub === '' || likeness(ua, ub) >= SAME_UNIT_LIKENESS;
}

/**
 * Pairs forms one to one, most alike names first. Two single forms compared on purpose are paired whatever their
 * names: the person chose them (a renamed project, or two versions of one form).
 */
export function pairForms(previous: readonly Form[], current: readonly Form[]): Pairing {
  const names = (forms: readonly Form[]) => forms.map((f) => key(f.fields.projectName?.text));
  const [was, now] = [names(previous), names(current)];
  const candidates: Candidate[] = [];
  for (const [p, a] of previous.entries())
    for (const [c, b] of current.entries()) {
      const score = likeness(was[p]!, now[c]!);
      const chosen = previous.length === 1 && current.length === 1;
      if (chosen || (score >= SAME_PROJECT_LIKENESS && sameUnit(a, b)))
        candidates.push({ previous: p, current: c, score });
    }
  const pairs: FormPair[] = oneToOne(candidates).map(({ score, ...pair }) => ({ ...pair, likeness: score }));
  const [takenP, takenC] = [new Set(pairs.map((x) => x.previous)), new Set(pairs.map((x) => x.current))];
  return {
    pairs,
    unpairedPrevious: previous.flatMap((_, i) => (takenP.has(i) ? [] : [i])),
    unpairedCurrent: current.flatMap((_, i) => (takenC.has(i) ? [] : [i])),
  };
}
