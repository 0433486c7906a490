// What a rule is (ESLint-style): metadata with zh-CN/English texts, and a pure check over one Form.
import type { CellRef } from '../grid';
import type { Edit } from '../edits';
import type { Form } from '../form';
import type { TargetStyle } from '../values/types';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh-CN' | 'en';

export interface Text {
  readonly zh: string;
  readonly en: string;
}

export interface RuleMeta {
  /** kebab-case, starting with its family: target-, fund-, structure-, text-, date-. */
  readonly id: string;
  /** Catalogue entries of domain-rules.md this rule implements (R-05, F-2 …). */
  readonly catalog: readonly string[];
  readonly severity: Severity;
  readonly description: Text;
  /** Message templates; `{name}` is replaced from the report's data. Say what is wrong, why, what to write. */
  readonly messages: { readonly [id: string]: Text };
  /** Thresholds an organisation may set in its review settings (满意度 at least 85 rather than 80), by name. */
  readonly options?: { readonly [name: string]: OptionSpec };
  /**
   * The finding rests on other cells (a total against its parts), and its `expected` is what they make, in the cell's
   * own style: a person's 忽略 holds only while that stays the same. Not for rules whose `expected` follows the form's
   * prevailing style or the organisation's settings: those would show again when unrelated rows change.
   */
  readonly restsOnOtherCells?: boolean;
}

/** One threshold of a rule: a number, its default and the range a setting must keep to. */
export interface OptionSpec {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** A count or a year: a setting of 4.5 is refused. */
  readonly integer?: boolean;
  /** Another option of the rule this one may not exceed (a fewest above a most would fail every form). */
  readonly atMost?: string;
  /** What it sets, with its unit (满意度目标最低值（%）). */
  readonly description: Text;
}

export interface SuggestionReport {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly edits: readonly Edit[];
}

export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly cell: CellRef;
  /** The text the finding is about, as written. */
  readonly actual: string;
  readonly expected?: readonly string[];
  /**
   * For a verdict resting on other cells (`restsOnOtherCells`) that names no `expected` reading: what it rests on (a
   * sum's parts add up to this), so that an ignored finding shows again when that changes.
   */
  readonly basis?: readonly string[];
  readonly fix?: readonly Edit[];
  readonly suggestions?: readonly SuggestionReport[];
  /** Overrides the rule's severity for this finding (R-05: a cost written with ≥ is an error, a count a warning). */
  readonly severity?: Severity;
}

export interface RuleContext {
  /** The form's own way of writing quantities, so fixes look like their neighbours. */
  readonly style: TargetStyle;
  /** Option values an organisation set; `defineRule` lays them over the rule's defaults. */
  readonly options?: Readonly<Record<string, number>>;
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(form: Form, context: RuleContext): void;
}

export interface Finding {
  readonly ruleId: string;
  /** Which of the rule's messages this is, for grouping and for tests. */
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly cell: CellRef;
  readonly actual: string;
  readonly expected?: readonly string[];
  /** See Report's `basis`. */
  readonly basis?: readonly string[];
  readonly fix?: readonly Edit[];
  readonly suggestions?: readonly { readonly message: string; readonly edits: readonly Edit[] }[];
}

/** What a rule with options sees: every option it declares, set or default. */
export type OptionContext<K extends string> = RuleContext & { readonly options: Readonly<Record<K, number>> };

export function defineRule<K extends string = never>(
  meta: RuleMeta & { readonly options?: { readonly [name in K]: OptionSpec } },
  check: (form: Form, context: OptionContext<K>) => void,
): Rule {
  const specs: readonly [string, OptionSpec][] = Object.entries(meta.options ?? {});
  return {
    meta,
    check: (form, context) => {
      const options = Object.fromEntries(specs.map(([name, spec]) => [name, context.options?.[name] ?? spec.default]));
      check(form, { ...context, options: options as Record<K, number> });
    },
  };
}

export function renderText(text: Text, lang: Lang, data: Readonly<Record<string, string | number>> = {}): string {
  const template = lang === 'en' ? text.en : text.zh;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
