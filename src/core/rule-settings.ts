// An organisation's review settings (审核口径): which rules run, at what severity and with which thresholds, laid
// over the engine's rules.
import type { Rule, Severity } from './rules/rule';

/** What an organisation may set a rule to: one severity for all its findings, or not run at all. */
export type RuleLevel = Severity | 'off';

/** Option values by option name (满意度 at least 85: `{ "min": 85 }`). */
export type RuleOptions = Readonly<Record<string, number>>;

export interface RuleSettings {
  /** Whose settings these are, as the pane and reports show it (某区财政局 2026 年审核口径). */
  readonly name: string;
  /** By rule id; a rule not named keeps its own severity (which may differ between its findings). */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** By rule id: thresholds set over the rule's defaults; an option not named keeps its default. */
  readonly options?: Readonly<Record<string, RuleOptions>>;
}

/**
 * The rules as an organisation set them: those set `off` dropped, the others' findings all given the set
 * severity and their checks the set options. A rule that grades its own findings (R-05: a cost with ≥ is an error,
 * a count a warning) loses that grading once set, as an ESLint rule's severity in a config does: the organisation
 * asked for one level.
 */
export function configureRules(rules: readonly Rule[], settings: RuleSettings | null): Rule[] {
  if (!settings) return [...rules];
  return rules.flatMap((rule): Rule[] => {
    const level = settings.rules[rule.meta.id];
    const options = settings.options?.[rule.meta.id];
    if (level === 'off') return [];
    if (level === undefined && options === undefined) return [rule];
    return [
      {
        meta: level === undefined ? rule.meta : { ...rule.meta, severity: level },
        check: (form, context) =>
          rule.check(form, {
            ...context,
            ...(options ? { options: { ...context.options, ...options } } : {}),
            ...(level ? { report: (r) => context.report({ ...r, severity: level }) } : {}),
          }),
      },
    ];
  });
}

/** A rule's option as the organisation's settings set it, else the rule's default (what its check sees). */
export function optionAsSet(rule: Rule, name: string, settings: RuleSettings | null): number {
  const value = settings?.options?.[rule.meta.id]?.[name] ?? rule.meta.options?.[name]?.default;
  if (value === undefined) throw new Error(`${rule.meta.id} has no option ${name}`);
  return value;
}
