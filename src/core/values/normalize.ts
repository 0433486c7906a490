// Text normalisation shared by the value parsers: forms mix full-width and ASCII spellings of the same value.

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// The full-width block mirrors printable ASCII at a fixed distance.
const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width ASCII (`９０％`, `＞＝`, `（次）`) and the ideographic space as ASCII; CJK text is left alone. */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\u3000/g, ' ');
}

/** Trims and collapses every whitespace run to one space. */
export function squeeze(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
