// Worksheets as grids, the way the .xlsx file host reads them: row 0 is sheet row 1 and column 0 is column A (so
// grid positions are sheet positions), merged areas are spans, and cells read as Excel displays them; and the
// other pure parts of the Excel host: addresses, literal text, amounts, where inserted rows go.
import type { Cell, Grid } from '../../core/grid';
import type { RowInsert } from '../../core/row-insert';
import { YUAN_SIGN } from '../../core/values/money';
import { toHalfWidth } from '../../core/values/normalize';

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const cellAddress = (row: number, col: number) => `${columnName(col)}${row + 1}`;

export const areaAddress = (a: Area) =>
  a.top === a.bottom && a.left === a.right
    ? cellAddress(a.top, a.left)
    : `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;

function parseCell(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) return null;
  const col = [...m[1]!.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** `Sheet1!B2:D5`, `'My sheet'!B2`, `B2` → the area (the sheet name, if any, is dropped). */
export function parseArea(address: string): Area | null {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':') as [string, string?];
  const a = parseCell(from);
  const b = parseCell(to ?? from);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A worksheet's used range as Excel reports it. */
export interface UsedRange {
  readonly address: string;
  /** `Range.text`: what the cells display, e.g. `1,842,000.00` for an amount formatted `#,##0.00`. */
  readonly text: readonly (readonly string[])[];
}

const intersects = (a: Area, b: Area) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The grid of one worksheet, or null for an empty one; merged areas touching the used range widen it. */
export function sheetGrid(sheet: string, used: UsedRange | null, merged: readonly Area[]): Grid | null {
  const range = used ? parseArea(used.address) : null;
  if (!used || !range) return null;
  // Below ExcelApi 1.4 an empty sheet's used range is A1 holding nothing.
  if (range.bottom === 0 && range.right === 0 && (used.text[0]?.[0] ?? '') === '' && merged.length === 0) return null;
  const areas = merged.filter((a) => intersects(a, { top: 0, left: 0, bottom: range.bottom, right: range.right }));
  const rowCount = Math.max(range.bottom, ...areas.map((a) => a.bottom)) + 1;
  const colCount = Math.max(range.right, ...areas.map((a) => a.right)) + 1;
  const textAt = (row: number, col: number) => used.text[row - range.top]?.[col - range.left] ?? '';
  const covered = new Set<number>();
  const cells: Cell[] = [];
  const make = (row: number, col: number, rowSpan: number, colSpan: number): Cell => ({
    row,
    col,
    rowSpan,
    colSpan,
    text: textAt(row, col),
    ref: { sheet, address: cellAddress(row, col) },
  });
  for (const a of areas) {
    if (covered.has(a.top * colCount + a.left)) continue; // Excel's areas never overlap; a second report is ignored
    cells.push(make(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1));
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) covered.add(r * colCount + c);
  }
  for (let r = 0; r < rowCount; r++)
    for (let c = 0; c < colCount; c++) if (!covered.has(r * colCount + c)) cells.push(make(r, c, 1, 1));
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { id: sheet, rowCount, colCount, cells };
}

/**
 * Text as Excel should store it. Excel parses what it is given as if typed: `=`/`+`/`-`/`@` start a formula,
 * and numbers, percentages, dates and TRUE/FALSE are converted. A leading apostrophe keeps such text literal,
 * exactly as a person would type it, and changes nothing else about the cell; the alternative, number format
 * `@`, would stay on the cell and turn every later amount typed into it into text.
 */
export function literalText(text: string): string {
  const t = text.trim();
  const parsed =
    /^[=+\-@']/.test(t) ||
    /^[\d\s.,:/%$¥￥()-]+$/.test(toHalfWidth(t)) ||
    /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(toHalfWidth(t)) ||
    /^\d{1,4}[年/-]\d{1,2}([月/-]\d{1,2}日?)?$/.test(t) ||
    /^(true|false)$/i.test(t);
  return parsed && t !== '' ? `'${text}` : text;
}

/** Excel's general number format, as files from an English or a Chinese Excel spell it. */
export const GENERAL = /General|G\/通用格式/i;
const YUAN_SIGNS = new RegExp(YUAN_SIGN.source, 'g');
// Every number cell of a workbook is read through its format: the patterns are built once.
const QUOTED_OR_CODE = /"[^"]*"|\\.|\[[^\]]*\]/g;
const DATE_PART = /[ymdhs]/i;
/** A format section's tokens: quoted text, an escaped character, a [code], padding or fill, the number, any other. */
const FORMAT_TOKEN = new RegExp(`"([^"]*)"|\\\\(.)|\\[[^\\]]*\\]|[_*].?|(${GENERAL.source}|[0#?])|.`, 'gi');
/** Characters Excel shows as they are, unquoted; a space is left out, as the padding is. */
const SHOWN_BARE = /^[$\-+()!^&'~{}<>=]$/;

/**
 * The text a format section writes before and after the number, the yuan sign left out (it leads, as `currency`):
 * `#,##0.00"万元"` and `G/通用格式"万元"` show `12.50万元` and `12.5万元`, as sheets kept in 万元 do.
 */
export function literalsAround(section: string): { before: string; after: string } {
  // A date or time format (`yyyy"年"m"月"`, `h:mm`) is not an amount's: its number is shown bare.
  if (DATE_PART.test(section.replace(QUOTED_OR_CODE, '').replace(GENERAL, ''))) return { before: '', after: '' };
  let before = '';
  let after = '';
  let seenDigit = false;
  for (const m of section.matchAll(FORMAT_TOKEN)) {
    if (m[3] !== undefined) seenDigit = true;
    const unquoted =
      m[1] === undefined && m[2] === undefined && m[3] === undefined && SHOWN_BARE.test(m[0]) ? m[0] : '';
    const literal = (m[1] ?? m[2] ?? unquoted).replace(YUAN_SIGNS, '');
    if (seenDigit) after += literal;
    else before += literal;
  }
  return { before, after };
}

/** An amount's text as a number and the words after it (`¥1,842,000.00` → 1842000, `12.50万元` → 12.5 and 万元). */
function amountParts(text: string): { readonly number: number; readonly suffix: string } | null {
  const compact = toHalfWidth(text).replace(/[\s,]/g, '').replace(YUAN_SIGNS, '');
  const m = /^(-?\d+(?:\.\d+)?)(\D*)$/.exec(compact);
  // A percentage is a hundredth of its number: `90%` is text to write, never the number 90.
  return m && !/[%‰]/.test(m[2]!) ? { number: Number(m[1]), suffix: m[2]! } : null;
}

/**
 * The number an amount cell should hold for this text (amounts stay numbers; a yuan sign is its format's), or null
 * for text. Words after the number are the format's too when the cell shows them already, or its format writes them
 * (a dash for zero shows none): a sheet in 万元 whose format is `0.00"万元"` shows `12.50万元` for 12.5, so a fix
 * writing `15.00万元` there is the number 15, in the cell's unit.
 */
export function amountValue(text: string, shown = '', numberFormat = ''): number | null {
  const written = amountParts(text);
  if (written === null) return null;
  const formatWrites = literalsAround(numberFormat.split(';')[0] ?? '').after;
  const own = written.suffix === '' || written.suffix === amountParts(shown)?.suffix || written.suffix === formatWrites;
  return own ? written.number : null;
}

/**
 * The number format that shows an amount the way the text writes it (`1,842,000.00` → `#,##0.00`, `¥5` → `"¥"0`,
 * `15.00万元` → `0.00"万元"`).
 */
export function amountFormat(text: string): string {
  const half = toHalfWidth(text).trim();
  const decimals = /\.(\d+)\D*$/.exec(half)?.[1]?.length ?? 0;
  const currency = YUAN_SIGN.test(half) ? '"¥"' : '';
  const suffix = amountParts(half)?.suffix ?? '';
  const number = `${half.includes(',') ? '#,##0' : '0'}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
  return `${currency}${number}${suffix ? `"${suffix}"` : ''}`;
}

interface ExcelRowLayout {
  /** 0-based sheet row the new rows follow (the bottom row of the `after` cell's merged area). */
  readonly template: number;
  /** Areas to merge after the insert: blocks extended over the new rows, the template row's horizontal merges. */
  readonly merges: readonly Area[];
  readonly texts: readonly { row: number; col: number; text: string }[];
}

/**
 * Where the new rows go and what to merge. Vertically merged areas (一级/二级) crossing the template row whose
 * columns get no text grow over the new rows; the template row's horizontal merges are repeated in each new row.
 * Null when new rows would fall inside a merged area whose columns they fill.
 */
export function excelRowLayout(areas: readonly Area[], anchor: Area, rows: RowInsert['rows']): ExcelRowLayout | null {
  const own = areas.find((a) => within(anchor.top, anchor.left, a)) ?? anchor;
  const template = own.bottom;
  const count = rows.length;
  const filled = (a: Area) => rows.some((row) => row.some((e) => e.col >= a.left && e.col <= a.right));
  const crossing = areas.filter((a) => a.top <= template && template <= a.bottom && a.bottom > a.top);
  if (crossing.some((a) => a.bottom > template && filled(a))) return null;
  const horizontal = areas.filter((a) => a.top === template && a.bottom === template && a.right > a.left);
  const merges: Area[] = [
    ...crossing.filter((a) => !filled(a)).map((a) => ({ ...a, bottom: a.bottom + count })),
    ...horizontal.flatMap((h) =>
      rows.map((_, i) => ({ top: template + 1 + i, bottom: template + 1 + i, left: h.left, right: h.right })),
    ),
  ];
  const anchorCol = (col: number) => horizontal.find((h) => col >= h.left && col <= h.right)?.left ?? col;
  const texts = rows.flatMap((row, i) =>
    row.filter((e) => e.text !== '').map((e) => ({ row: template + 1 + i, col: anchorCol(e.col), text: e.text })),
  );
  return { template, merges, texts };
}

const within = (row: number, col: number, a: Area) =>
  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;

/** Thousands separators, decimals, a yuan sign and a unit after: what a number format decides about an amount's text. */
const amountStyle = (text: string) =>
  [
    text.includes(','),
    /\.(\d+)\D*$/.exec(text.trim())?.[1]?.length ?? 0,
    YUAN_SIGN.test(text),
    amountParts(text)?.suffix ?? '',
  ].join(':');

/**
 * Whether writing this amount into a cell showing `shown` calls for another number format (`1842000` shown, the fix
 * writes `1,842,000.00`). A cell showing no digits (the dash 会计专用 shows for zero) keeps its format: it shows the
 * new amount its own way.
 */
export function restylesAmount(shown: string, written: string): boolean {
  return /\d/.test(shown) && amountStyle(shown) !== amountStyle(written);
}
