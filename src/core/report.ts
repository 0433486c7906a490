// The JSON report of one form (DESIGN §3.4): a stable, versioned public shape shared by the CLI and golden tests.
import type { Library } from '../library/schema';
import type { Amount, AmountName, Field, FieldName, Form } from './form';
import { amountEntries } from './form';
import type { CellRef } from './grid';
import type { CheckedForm } from './lint';
import type { ReportedFinding } from './ignored';
import type { Finding } from './rules/rule';
import { classify } from './suggest/classify';
import { fenToYuan } from './values/money';
import type { TargetValue } from './values/types';

export const SCHEMA_VERSION = 1;

export type ValueReport =
  | { kind: 'quantitative'; op: string | null; number: number; unit: string | null }
  | { kind: 'qualitative' | 'time' | 'empty' | 'malformed' };

export interface FormReport {
  index: number;
  template: string;
  title: string | null;
  fields: Record<FieldName, string | null>;
  funds: Record<AmountName, number | null> & { unit: string; components: { name: string; amount: number | null }[] };
  indicators: {
    level1: string | null;
    level2: string | null;
    name: string;
    target: string;
    cell: CellRef;
    value: ValueReport;
  }[];
  projectType: { id: string; label: string; confidence: number } | null;
  /** With `--include-ignored`, those the document's pane ignored are here too, marked `ignoredInDocument`. */
  findings: ReportedFinding[];
  /**
   * Last year's form of the same project, where the document keeps last year's file (the pane's 与上年比较): the
   * year-on-year findings are among `findings`, as the pane shows them. Absent otherwise.
   */
  lastYear?: { file: string; index: number; projectName: string | null; year: number | null };
  /**
   * Findings the document's own people ignored in the pane (its 忽略, kept in the document's settings): left out of
   * `findings` and of the counts, unless `--include-ignored`; absent when there are none.
   */
  ignored?: Finding[];
}

const text = (f: Field | null) => (f && f.text.trim() !== '' ? f.text : null);

const yuan = (a: Amount | null) => (a && a.fen !== null ? fenToYuan(a.fen) : null);

function valueReport(v: TargetValue): ValueReport {
  return v.kind === 'quantitative' ? { kind: v.kind, op: v.op, number: v.number, unit: v.unit } : { kind: v.kind };
}

/** The classifier's best type (DESIGN §3.4 `projectType`), null when no type fits or no library was given. */
function projectTypeOf(form: Form, library: Library | undefined): FormReport['projectType'] {
  const best = library ? classify(form, library).types[0] : undefined;
  return best ? { id: best.id, label: best.label, confidence: best.confidence } : null;
}

/** The report of one checked form; `projectType` is filled when a library is given (the bundled one, usually). */
export function reportForm({ form, findings }: CheckedForm, library?: Library): FormReport {
  return {
    index: form.index,
    template: form.template,
    title: form.title,
    fields: Object.fromEntries(Object.entries(form.fields).map(([k, f]) => [k, text(f)])) as Record<
      FieldName,
      string | null
    >,
    funds: {
      ...(Object.fromEntries(amountEntries(form.funds).map(([k, a]) => [k, yuan(a)])) as Record<
        AmountName,
        number | null
      >),
      unit: form.funds.unit,
      components: form.funds.components.map((c) => ({ name: c.name.text, amount: yuan(c.amount) })),
    },
    indicators: form.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: i.target,
      cell: i.targetCell,
      value: valueReport(i.value),
    })),
    projectType: projectTypeOf(form, library),
    findings,
  };
}
