// Calendar dates as forms write them (`2024-01-01`, `2018/1/1`, `2018. 1. 1`, `2018年1月1日`), validated.
import { squeeze, toHalfWidth } from './normalize';
import type { SimpleDate } from './types';

// Separators must repeat (`2018.1.1`), so `2021.01-2021.12` is never read as one date.
const NUMERIC = /^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const CJK = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; with no year, February allows the 29th because the year might be a leap year. */
export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A complete date, or null when the text is not one or names an impossible day (`2023-02-29`). */
export function parseDate(text: string): SimpleDate | null {
  const parts = dateParts(squeeze(toHalfWidth(text)));
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

function dateParts(s: string): (string | undefined)[] | null {
  const numeric = NUMERIC.exec(s);
  if (numeric) return [numeric[1], numeric[3], numeric[4]];
  const cjk = CJK.exec(s);
  return cjk ? [cjk[1], cjk[2], cjk[3]] : null;
}

/** Negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: SimpleDate, b: SimpleDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const MONTH_ONLY = /^(\d{4}) ?(?:年 ?(\d{1,2}) ?月|[-/.] ?(\d{1,2}))$/;

/**
 * A planned start or end date. Some forms give only the month (`2024年12月`, `2024-12`): the period then
 * starts on the 1st or ends on the last day of that month.
 */
export function parsePlanDate(text: string, edge: 'start' | 'end'): SimpleDate | null {
  const full = parseDate(text);
  if (full) return full;
  const m = MONTH_ONLY.exec(squeeze(toHalfWidth(text)));
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[3]);
  if (month < 1 || month > 12) return null;
  return { year, month, day: edge === 'start' ? 1 : daysInMonth(year, month) };
}
