// The project type a person chose for a form in 指标建议, kept in the document's settings by the form's name so
// that the suggestions follow it when the document is opened again, and `jixiao suggest` reads it from the file.
import type { Form } from './form';

export const CHOSEN_TYPES_KEY = 'jixiao.projectTypes';

/** Form key → type id. */
export type ChosenTypes = Readonly<Record<string, string>>;

/** Bounds for what a document's settings may hold: a crafted setting must not grow the pane's memory. */
const MAX_FORMS = 500;
const MAX_KEY_CHARS = 200;
const MAX_ID_CHARS = 60;

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
      entry[0].length <= MAX_KEY_CHARS && typeof entry[1] === 'string' && entry[1].length <= MAX_ID_CHARS,
  );
  return Object.fromEntries(kept.slice(0, MAX_FORMS));
}

/** The choices with this form's set to a type, or back to the form's own reading when `typeId` is null. */
export function withChoice(chosen: ChosenTypes, key: string, typeId: string | null): ChosenTypes {
  const others = Object.fromEntries(Object.entries(chosen).filter(([k]) => k !== key));
  return typeId === null ? others : { ...others, [key]: typeId };
}
