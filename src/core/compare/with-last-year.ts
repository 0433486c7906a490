// A document's checked forms with their year-on-year findings joined in, each form against last year's form of its
// project: what the pane shows once last year's form is loaded, and `jixiao check` for a document that keeps one.
import type { Form } from '../form';
import type { CheckedForm } from '../lint';
import type { CompareOptions, YearComparison } from './compare';
import { compareForms } from './compare';
import { pairForms } from './pair';

/** The document setting that keeps last year's form (its format: `hosts/kept-last-year.ts`, which needs zod). */
export const LAST_YEAR_KEY = 'jixiao.lastYear';

/** A form of this document and last year's form of the same project. */
export interface FormComparison {
  readonly previous: Form;
  readonly comparison: YearComparison;
}

export interface WithLastYear {
  readonly forms: CheckedForm[];
  /** Per form of the document, its comparison, or null where last year has no form of its project. */
  readonly comparisons: (FormComparison | null)[];
}

export function withLastYear(
  forms: readonly CheckedForm[],
  lastYear: readonly Form[],
  options: CompareOptions = {},
): WithLastYear {
  const comparisons: (FormComparison | null)[] = forms.map(() => null);
  const pairing = pairForms(
    lastYear,
    forms.map((f) => f.form),
  );
  for (const { previous, current } of pairing.pairs) {
    const form = lastYear[previous]!;
    comparisons[current] = { previous: form, comparison: compareForms(form, forms[current]!.form, options) };
  }
  return {
    forms: forms.map((f, i) => {
      const found = comparisons[i]?.comparison.findings ?? [];
      return found.length === 0 ? f : { form: f.form, findings: [...f.findings, ...found] };
    }),
    comparisons,
  };
}
