// Public surface of the value parsers: targets, time expressions, dates and money.
export { compareDates, daysInMonth, isLeapYear, isValidDay, parseDate } from './dates';
export { fenToYuan, formatMoney, parseMoney } from './money';
export { squeeze, toHalfWidth } from './normalize';
export { canonicalOp, formatQuantity, parseTarget, prevailingStyle, SYSTEM_STYLE, VAGUE_OPENINGS } from './target';
export { parseTimeExpression, scanTime } from './time';
export type { TimeScan } from './time';
export type * from './types';
