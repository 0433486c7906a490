// Every rule an organisation can set in its review settings: the checks of every form and the year-on-year ones.
import { yearRuleMetas } from './compare/compare';
import { allRules } from './rules';
import type { RuleLevel, RuleSettings } from './rule-settings';
import type { Lang, OptionSpec, RuleMeta } from './rules/rule';

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

/** One option an organisation set, beside its default. */
export interface OptionChange {
  readonly name: string;
  readonly spec: OptionSpec;
  readonly value: number;
}

/** One rule as an organisation's settings change it: its level, its options, or both. */
export interface SettingChange extends CatalogEntry {
  /** Absent when the settings leave the rule's level as it is. */
  readonly level?: RuleLevel;
  readonly options: readonly OptionChange[];
}

/** What the settings change, rule by rule in catalogue order: the list the pane and the reports show. */
export function settingChanges(settings: RuleSettings): SettingChange[] {
  return ruleCatalog.flatMap((entry): SettingChange[] => {
    const level = settings.rules[entry.meta.id];
    const set = settings.options?.[entry.meta.id] ?? {};
    const options = Object.entries(entry.meta.options ?? {}).flatMap(([name, spec]): OptionChange[] => {
      const value = set[name];
      return value === undefined ? [] : [{ name, spec, value }];
    });
    if (level === undefined && options.length === 0) return [];
    return [{ ...entry, ...(level !== undefined ? { level } : {}), options }];
  });
}

/** `min = 85（默认 80）满意度目标最低值（%）` */
export function optionText({ name, spec, value }: OptionChange, lang: Lang): string {
  return lang === 'en'
    ? `${name} = ${value} (default ${spec.default}) ${spec.description.en}`
    : `${name} = ${value}（默认 ${spec.default}）${spec.description.zh}`;
}

/** Every option set, in one cell of a report. */
export function optionsText(options: readonly OptionChange[], lang: Lang): string {
  return options.map((o) => optionText(o, lang)).join(lang === 'en' ? '; ' : '；');
}
