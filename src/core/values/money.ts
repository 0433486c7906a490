// Amounts in 元 or 万元 (domain-rules §3.4), held as integer 分 so that sums are exact, and written back in a cell's style.
import { toHalfWidth } from './normalize';
import type { MoneyStyle, MoneyUnit, ParsedMoney } from './types';

/** Decimal places from the written unit down to 分: 1 元 = 100 分, 1 万元 = 1,000,000 分. */
const FEN_DIGITS: Readonly<Record<MoneyUnit, number>> = { 元: 2, 万元: 6 };
const SUFFIX = /(万元|万|元)$/;
const AMOUNT = /^(-?)(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
/** The yuan sign, half or full width: Excel's 货币 and 会计专用 formats show one before an amount. */
export const YUAN_SIGN = /[¥￥]/;
const CURRENCY = new RegExp(String.raw`^(-?)${YUAN_SIGN.source}(?=.)`);
/**
 * A dash alone: what an accounting format (会计专用, `_ * "-"??_ `) shows for zero, and what people write for none
 * (`——` as the Chinese keyboard types it).
 */
const DASH_ZERO = /^(?:-|[—–―]+)$/;

/**
 * Reads an amount cell. `unit` comes from the block header; a written suffix (`164万元`) overrides it. A yuan sign is
 * kept in the style (fixes write it back); a lone dash is zero, as the accounting format that shows it means.
 */
export function parseMoney(text: string, unit: MoneyUnit): ParsedMoney {
  const compact = toHalfWidth(text).replace(/\s+/g, '');
  if (compact === '') return { kind: 'blank' };
  const currency = CURRENCY.test(compact) ? '¥' : '';
  const bare = compact.replace(CURRENCY, '$1');
  if (DASH_ZERO.test(bare)) return { kind: 'amount', fen: 0, style: null };
  const suffix = SUFFIX.exec(bare)?.[0] ?? '';
  const body = bare.slice(0, bare.length - suffix.length);
  const m = AMOUNT.exec(body);
  if (!m) return { kind: 'malformed', reason: whyNotAnAmount(body) };
  const [, sign = '', integer = '', fraction = ''] = m;
  const scale = FEN_DIGITS[unitOfSuffix(suffix) ?? unit];
  if (/[1-9]/.test(fraction.slice(scale))) return { kind: 'malformed', reason: 'more precise than one fen' };
  const digits = (integer.replace(/,/g, '') + fraction.slice(0, scale).padEnd(scale, '0')).replace(/^0+(?=\d)/, '');
  const magnitude = Number(digits);
  if (!Number.isSafeInteger(magnitude)) return { kind: 'malformed', reason: 'amount too large' };
  const fen = sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
  const style = { thousands: integer.includes(','), decimals: fraction.length, suffix };
  return { kind: 'amount', fen, style: currency ? { ...style, currency } : style };
}

function unitOfSuffix(suffix: string): MoneyUnit | null {
  if (suffix === '') return null;
  return suffix === '元' ? '元' : '万元';
}

function whyNotAnAmount(body: string): string {
  if (body === '' || body === '-') return 'no digits';
  if (/约|左右|上下|余|多/.test(body)) return 'approximate amount';
  if (/[^\d.,-]/.test(body)) return 'letters or symbols in the amount';
  if ((body.match(/\./g) ?? []).length > 1) return 'more than one decimal point';
  if (body.includes(',')) return 'misplaced thousands separator';
  return 'not a number';
}

/**
 * Writes an amount in a cell's style (`1,842,000.00`, `2880000`, `282.92` in 万元, with its suffix if any). When the
 * style's decimals cannot show the amount exactly, the fewest extra decimals that can are used: never round money.
 */
export function formatMoney(fen: number, style: MoneyStyle, unit: MoneyUnit): string {
  const scale = FEN_DIGITS[unitOfSuffix(style.suffix) ?? unit];
  const whole = Math.round(fen);
  const digits = String(Math.abs(whole)).padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  const exact = digits.slice(digits.length - scale).replace(/0+$/, '');
  const decimals = Math.max(style.decimals, exact.length);
  const fraction = exact.padEnd(decimals, '0');
  const grouped = style.thousands ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : integer;
  const sign = whole < 0 ? '-' : '';
  return `${style.currency ?? ''}${sign}${grouped}${fraction === '' ? '' : `.${fraction}`}${style.suffix}`;
}

/** 分 as 元 for the JSON report. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}
