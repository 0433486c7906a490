// Year on year: this year's form against last year's form of the same project — indicators kept, dropped and added,
// how each kept target moved, the money asked for, and findings on this year's cells (weaker targets, …).
import type { Form, Indicator } from '../form';
import { dimensionOf } from '../levels';
import { lintForm } from '../lint';
import type { Finding, Lang, Rule, RuleMeta } from '../rules/rule';
import type { RuleSettings } from '../rule-settings';
import { configureRules } from '../rule-settings';
import type { Named } from '../suggest/name-match';
import { formatMoney } from '../values/money';
import fundLastYearBudget, { meta as fundLastYearBudgetMeta } from './fund-last-year-budget';
import type { LastYear } from './last-year';
import { annualFen, matchWithLastYear, yearGap } from './last-year';
import type { KeptIndicator } from './match';
import type { TargetChange } from './target-change';
import { targetChange } from './target-change';
import targetBelowLastYear, { meta as targetBelowLastYearMeta } from './target-below-last-year';
import targetNowQualitative, { meta as targetNowQualitativeMeta } from './target-now-qualitative';

/** The checks that need last year's form, sorted by id; each is an ordinary rule over this year's form. */
export function yearRules(last: LastYear): Rule[] {
  return [fundLastYearBudget(last), targetBelowLastYear(last), targetNowQualitative(last)];
}

/** The year rules' metadata, for listing every rule and checking an organisation's settings against them. */
export const yearRuleMetas: readonly RuleMeta[] = [
  fundLastYearBudgetMeta,
  targetBelowLastYearMeta,
  targetNowQualitativeMeta,
];

export interface KeptChange extends KeptIndicator {
  readonly change: TargetChange;
}

export interface YearComparison {
  /** This year's printed year minus last year's; null when either form prints none. */
  readonly yearGap: number | null;
  /** What each form asks for this year, in 分 (年度资金申请总额, or 项目当年预算 of 2018/2020); null when blank. */
  readonly annual: { readonly previous: number | null; readonly current: number | null };
  /** In this year's row order. */
  readonly kept: readonly KeptChange[];
  readonly dropped: readonly Indicator[];
  /** Last year's 投入与管理 rows where this year's template has no such part (2020 → 2023+): not the authors' choice. */
  readonly retired: readonly Indicator[];
  readonly added: readonly Indicator[];
  /** On this year's cells, in reading order. */
  readonly findings: readonly Finding[];
}

export interface CompareOptions {
  readonly lang?: Lang;
  /** Library indicators, whose aliases join two years' names for one indicator. */
  readonly library?: readonly Named[];
  /** An organisation's review settings: the year rules are rules like any other. */
  readonly settings?: RuleSettings | null;
}

export function compareForms(previous: Form, current: Form, options: CompareOptions = {}): YearComparison {
  const last: LastYear = { form: previous, library: options.library ?? [] };
  const match = matchWithLastYear(last, current);
  const managed = current.indicators.some((ind) => dimensionOf(ind) === 'management');
  const retired = (ind: Indicator) => !managed && dimensionOf(ind) === 'management';
  return {
    yearGap: yearGap(previous, current),
    annual: { previous: annualFen(previous), current: annualFen(current) },
    kept: match.kept.map((k) => ({ ...k, change: targetChange(k.previous, k.current) })),
    dropped: match.dropped.filter((ind) => !retired(ind)),
    retired: match.dropped.filter(retired),
    added: match.added,
    findings: lintForm(current, {
      rules: configureRules(yearRules(last), options.settings ?? null),
      lang: options.lang,
    }),
  };
}

const YUAN = { thousands: true, decimals: 2, suffix: '' };

/** The money asked for, last year and this, in 元 as the 2023+ forms write it, and the change in per cent. */
export function annualChange(
  annual: YearComparison['annual'],
): { before: string; after: string; change: string } | null {
  const { previous, current } = annual;
  if (previous === null || current === null || previous <= 0) return null;
  const ratio = (current / previous - 1) * 100;
  return {
    before: formatMoney(previous, YUAN, '元'),
    after: formatMoney(current, YUAN, '元'),
    change: `${ratio > 0 ? '+' : ''}${ratio.toFixed(1)}%`,
  };
}
