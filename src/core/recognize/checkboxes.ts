// 2018 forms pick 项目类型/资金用途 by ticking boxes printed after each option (□ 结转项目 ☑ …).
const BOX = '□☐☑☒√✓✔■▣';
const OPTION = new RegExp(`([^${BOX}\\s]+)\\s*([${BOX}])`, 'g');
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

/** Options in the order printed; system exports write `<input type="checkbox" checked>` instead of a glyph. */
export function parseCheckboxes(text: string): CheckboxOption[] {
  const glyphs = text.replace(HTML_INPUT, (_, attrs: string) => (/\bchecked\b/i.test(attrs) ? '☑' : '□'));
  return [...glyphs.matchAll(OPTION)].map((m) => ({ label: m[1]!, checked: CHECKED.has(m[2]!) }));
}
