// JSON text as organisations' files hold it: a UTF-8 byte-order mark (Notepad writes one) is not an error.
export type JsonText = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly why: string };

/** Parses JSON text; never throws, and says why a text is not JSON in the parser's words. */
export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : String(e) };
  }
}
