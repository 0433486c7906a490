// The project types (one or two) a person chose for a form in 指标建议, kept in the document's settings by the form's name so
// that the suggestions follow it when the document is opened again, and `jixiao suggest` reads it from the file.
import type { Form } from './form';
import { COMMON_TYPE } from './suggest/classify';

export const CHOSEN_TYPES_KEY = 'jixiao.projectTypes';

/**
 * Form key → the chosen type ids, comma-separated: a form may be of two kinds at once (信息化运维 bought as
 * 政府购买服务), as `jixiao suggest --type 运维,政府购买服务` takes them. One id alone is what earlier versions saved.
 */
export type ChosenTypes = Readonly<Record<string, string>>;

/** As many types as the classifier gives a form at most. */
export const MAX_CHOSEN_TYPES = 2;

/** Bounds for what a document's settings may hold: a crafted setting must not grow the pane's memory. */
const MAX_FORMS = 500;
const MAX_KEY_CHARS = 200;
const MAX_ID_CHARS = 60;
const MAX_VALUE_CHARS = MAX_CHOSEN_TYPES * (MAX_ID_CHARS + 1);

/**
 * The form's project name: rows inserted above it or a form added before it in a 汇总表 leave the choice with its
 * form. A form without a name is known by its place in the document (#2).
 */
export function formKey(form: Form): string {
  return form.fields.projectName?.text.trim() || `#${form.index + 1}`;
}

/** The choices kept in the document; a damaged or crafted setting loses only the choices (what fits is kept). */
export function readChosenTypes(saved: string | null): ChosenTypes {
  if (!saved) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(saved);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const kept = Object.entries(parsed).filter(
    (entry): entry is [string, string] =>
      entry[0].length <= MAX_KEY_CHARS && typeof entry[1] === 'string' && entry[1].length <= MAX_VALUE_CHARS,
  );
  return Object.fromEntries(kept.slice(0, MAX_FORMS));
}

/** The type ids chosen for a form, in the order chosen; none when it follows its own reading. */
export function chosenTypeIds(chosen: ChosenTypes, key: string): string[] {
  const ids = (chosen[key] ?? '').split(',').map((id) => id.trim());
  return [...new Set(ids.filter((id) => id !== '' && id.length <= MAX_ID_CHARS))].slice(0, MAX_CHOSEN_TYPES);
}

/** Of the chosen ids, the types the library has, in the order chosen (one from another library is left out). */
export function chosenTypesIn<T extends { readonly id: string }>(ids: readonly string[], types: readonly T[]): T[] {
  return ids.flatMap((id) => types.find((type) => type.id === id && type.id !== COMMON_TYPE) ?? []);
}

/** The choices with this form's set to these types, or back to the form's own reading when there are none. */
export function withChoice(chosen: ChosenTypes, key: string, typeIds: readonly string[]): ChosenTypes {
  const others = Object.fromEntries(Object.entries(chosen).filter(([k]) => k !== key));
  const ids = [...new Set(typeIds)].slice(0, MAX_CHOSEN_TYPES);
  return ids.length === 0 ? others : { ...others, [key]: ids.join(',') };
}
