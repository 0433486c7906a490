// 2018 forms pick 项目类型/资金用途 by ticking boxes printed after each option (□ 结转项目 ☑ …).
const BOX = '□☐☑☒√✓✔■▣';
const OPTION_THEN_BOX = new RegExp(`([^${BOX}\\s]+)\\s*([${BOX}])`, 'g');
const BOX_THEN_OPTION = new RegExp(`([${BOX}])\\s*([^${BOX}\\s]+)`, 'g');
const CHECKED = new Set(['☑', '☒', '√', '✓', '✔', '■', '▣']);
const HTML_INPUT = /<input\b([^>]*)\/?>/gi;

export interface CheckboxOption {
  readonly label: string;
  readonly checked: boolean;
}

/** Whether a cell is a row of ticked/unticked options rather than plain text. */
export function hasCheckboxes(text: string): boolean {
  return new RegExp(`[${BOX}]`).test(text) || /<input\b[^>]*checkbox/i.test(text);
}

/**
 * Options in the order printed. Word templates put the box before its option (`□结转项目 ☑其他一次性项目`),
 * system exports after it, as `<input type="checkbox" checked>`; the first character tells which.
 */
export function parseCheckboxes(text: string): CheckboxOption[] {
  const glyphs = text.replace(HTML_INPUT, (_, attrs: string) => (/\bchecked\b/i.test(attrs) ? '☑' : '□')).trim();
  if (new RegExp(`^[${BOX}]`).test(glyphs))
    return [...glyphs.matchAll(BOX_THEN_OPTION)].map((m) => ({ label: m[2]!, checked: CHECKED.has(m[1]!) }));
  return [...glyphs.matchAll(OPTION_THEN_BOX)].map((m) => ({ label: m[1]!, checked: CHECKED.has(m[2]!) }));
}
