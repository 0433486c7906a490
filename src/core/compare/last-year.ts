// Last year's form as the rules of a year-on-year check see it: the form, the library that names its indicators,
// and the row matching with this year's form, computed once per form however many rules ask.
import type { Form, Indicator } from '../form';
import type { RuleContext } from '../rules/rule';
import type { TargetRewrite } from '../rules/support';
import type { Named } from '../suggest/name-match';
import { formYear } from '../rules/support';
import type { IndicatorMatch } from './match';
import { matchIndicators } from './match';

export interface LastYear {
  readonly form: Form;
  /** Library indicators: their aliases join two years' names for one indicator. */
  readonly library: readonly Named[];
}

const matches = new WeakMap<LastYear, WeakMap<Form, IndicatorMatch>>();

export function matchWithLastYear(last: LastYear, current: Form): IndicatorMatch {
  let byForm = matches.get(last);
  if (!byForm) matches.set(last, (byForm = new WeakMap()));
  let match = byForm.get(current);
  if (!match) byForm.set(current, (match = matchIndicators(last.form, current, last.library)));
  return match;
}

/** This year's form's year minus last year's, when both forms print one. */
export function yearGap(previous: Form, current: Form): number | null {
  const [was, now] = [formYear(previous), formYear(current)];
  return was === null || now === null ? null : now - was;
}

/** The amount the form asks for this year: 年度资金申请总额 (2023+) or 项目当年预算 (2018/2020); 分, or null. */
export function annualFen(form: Form): number | null {
  return form.funds.annual?.fen ?? form.funds.budgetYear?.fen ?? null;
}

/**
 * Reports this year's target of a kept indicator against last year's, offering last year's value back; the year
 * rules' messages share the data `name`, `actual`, `previous`, `previousName`, `suggested` and a `restore` message.
 */
export function reportAgainstLastYear(
  context: RuleContext,
  messageId: string,
  { previous, current }: { previous: Indicator; current: Indicator },
  restored: TargetRewrite,
): void {
  context.report({
    messageId,
    data: {
      name: current.name,
      actual: current.target,
      previous: previous.target,
      previousName: previous.name,
      suggested: restored.text,
    },
    cell: current.targetCell,
    actual: current.target,
    expected: [restored.text],
    suggestions: [{ messageId: 'restore', data: { text: restored.text }, edits: restored.edits }],
  });
}
