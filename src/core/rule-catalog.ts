// Every rule an organisation can set in its review settings: the checks of every form and the year-on-year ones.
import { yearRuleMetas } from './compare/compare';
import { allRules } from './rules';
import type { RuleLevel } from './rule-settings';
import type { RuleMeta } from './rules/rule';

export interface CatalogEntry {
  readonly meta: RuleMeta;
  /** `check` runs on every form; `compare` needs last year's form (jixiao compare, 与上年比较 in the pane). */
  readonly runs: 'check' | 'compare';
}

export const ruleCatalog: readonly CatalogEntry[] = [
  ...allRules.map((r) => ({ meta: r.meta, runs: 'check' as const })),
  ...yearRuleMetas.map((meta) => ({ meta, runs: 'compare' as const })),
];

/** A level in the reviewer's words. */
export const LEVEL_TEXT: Readonly<Record<RuleLevel, { readonly zh: string; readonly en: string }>> = {
  off: { zh: '关闭', en: 'off' },
  info: { zh: '提示', en: 'info' },
  warning: { zh: '警告', en: 'warning' },
  error: { zh: '错误', en: 'error' },
};
