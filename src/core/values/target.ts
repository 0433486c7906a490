// The 指标值 cell grammar (domain-rules §2.1–2.2): operator + number + unit, time, words, placeholder or malformed.
import { squeeze, toHalfWidth } from './normalize';
import { scanTime } from './time';
import type { ColumnClash, Malformed, Op, Quantity, TargetStyle, TargetValue } from './types';

/** Every accepted operator spelling (after full-width → ASCII), §2.1; suffix spellings follow the number. */
const OP_SPELLINGS: Readonly<Record<string, Op>> = {
  '=': '=',
  等于: '=',
  '≥': '≥',
  '>=': '≥',
  '≧': '≥',
  大于等于: '≥',
  不低于: '≥',
  不少于: '≥',
  不小于: '≥',
  至少: '≥',
  达到: '≥',
  达: '≥',
  '≤': '≤',
  '<=': '≤',
  '≦': '≤',
  小于等于: '≤',
  不高于: '≤',
  不超过: '≤',
  不多于: '≤',
  不大于: '≤',
  '>': '>',
  大于: '>',
  高于: '>',
  超过: '>',
  '<': '<',
  小于: '<',
  低于: '<',
};
// In Chinese usage 以上/以下/以内 include the number itself (`95%以上` = `≥95%`).
const SUFFIX_SPELLINGS: Readonly<Record<string, Op>> = {
  以上: '≥',
  及以上: '≥',
  以内: '≤',
  以下: '≤',
  及以下: '≤',
};
/** 达 only says "reaches", so `达90%以上` is one operator written around the number, not two. */
const NEUTRAL_PREFIX_OPS = new Set(['达', '达到']);

/**
 * Comparative-only openings with no baseline (domain-rules §2.2, reviewers' 模糊化): a qualitative value that starts
 * with one of these and has no number is vague. 持续改善 and 巩固提高 are on the accepted list, so only openings count.
 */
export const VAGUE_OPENINGS: readonly string[] = [
  '进一步',
  '提升',
  '提高',
  '增长',
  '增加',
  '拓宽',
  '改善',
  '稳步提高',
  '稳步提升',
  '持续提高',
  '持续提升',
  '有效提升',
  '有效提高',
  '有所提升',
  '有所提高',
  '有所增长',
  '有所改善',
  '推动',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (spellings: readonly string[]) =>
  [...spellings]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const PREFIX_OPS = alternation(Object.keys(OP_SPELLINGS));
const SUFFIX_OPS = alternation(Object.keys(SUFFIX_SPELLINGS));
const OP_SYMBOLS = '=<>≥≤≧≦≠';
const HAS_OP_SYMBOL = new RegExp(`[${OP_SYMBOLS}]`);
const OP_TOKENS = new RegExp(`>=|<=|[${OP_SYMBOLS}]`, 'g');
const NUMBER = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// Glued units are short words (`人次`, `万元`, `kb`, `元/人·天`); longer runs are prose, not a unit.
const UNIT_SEGMENT = String.raw`[\u4e00-\u9fffA-Za-z·²³]{1,4}?`;
const GLUED_UNIT = String.raw`[%‰]|(?![以及])${UNIT_SEGMENT}(?:/${UNIT_SEGMENT})*`;
const QUANTITY = new RegExp(
  String.raw`^(?<prefix>[^\d${OP_SYMBOLS}]*?)(?:(?<op>${PREFIX_OPS})\s*)?(?<num>${NUMBER})` +
    String.raw`(?:(?<space>\s*)(?:\((?<paren>[^()]*)\)|(?<glued>${GLUED_UNIT})))?\s*(?<suffix>${SUFFIX_OPS})?$`,
  'du',
);
const PLACEHOLDER_TOKEN = String.raw`(?:\*+|[Xx]+|…+|\.{2,}|。{2,}|_+|-+|—+|–+|/|\?+|N/?A|n/?a|[Nn])`;
const PLACEHOLDER = new RegExp(
  String.raw`^(?:(?:${PREFIX_OPS})\s*)?${PLACEHOLDER_TOKEN}\s*(?:\([^()]*\)|${GLUED_UNIT})?\s*(?:${SUFFIX_OPS})?$`,
  'u',
);
const APPROXIMATE = /约\s*-?\d|\d[^\d]{0,8}?(?:左右|上下)|\d\s*余/;
const UNIT_APPROXIMATE = /左右|上下|约|余/;
// A glued "unit" ending like this is a deadline or a range word (`15日前`, `3天内`), not a unit.
const NOT_A_UNIT_END = /[前内底后以]$/;
/** What a 计量单位 cell holds when there is no unit: blank, a dash or slash, 无, 不适用, 不涉及, 定性, 定量. */
const NO_UNIT = new RegExp(String.raw`^(?:${PLACEHOLDER_TOKEN}|无|不适用|不涉及|定性|定量|空)?$`);
const UNIT_ALIASES: Readonly<Record<string, string>> = { 百分比: '%' };

/** The canonical operator for one spelling (`>=`, `＞=`, `不低于`, `以上` → `≥`), null when not an operator. */
export function canonicalOp(text: string): Op | null {
  const key = toHalfWidth(text).trim();
  return OP_SPELLINGS[key] ?? SUFFIX_SPELLINGS[key] ?? null;
}

const saysNoUnit = (columnText: string) => NO_UNIT.test(toHalfWidth(columnText).trim());

/**
 * A 计量单位 cell's unit as a row reads it (`百分比` is `%`), as recognition completes a bare number with it; null
 * for a cell that names no unit (`/`, `无`, `不适用`: budget-system exports fill qualitative rows' units so).
 */
export function columnUnit(text: string): string | null {
  if (saysNoUnit(text)) return null;
  const read = parseTarget(`1(${text})`);
  return read.kind === 'quantitative' ? read.unit : null;
}

/**
 * The operator or unit a quantity carries that its row's columns contradict, the operator first as it reads first;
 * null when they agree or either side is silent. `op` and `unit` are the columns as read (`canonicalOp`,
 * `columnUnit`).
 */
export function columnClash(written: Quantity, op: Op | null, unit: string | null): ColumnClash | null {
  if (op && written.op !== null && written.op !== op)
    return { column: 'operator', columnSays: op, valueSays: written.op };
  if (unit !== null && written.unit !== null && unitsDisagree(written.unit, unit))
    return { column: 'unit', columnSays: unit, valueSays: written.unit };
  return null;
}

/** Spellings of one unit: what a 计量单位 pick list and a person write differently. */
const UNIT_SPELLINGS: Readonly<Record<string, string>> = {
  百分率: '%',
  百分数: '%',
  h: '小时',
  时: '小时',
  日: '天',
  min: '分钟',
};
const MONEY_UNITS = new Set(['元', '万元', '亿元']);

/** A unit in one spelling: lower case, no 个 before it (个工作日); the per-period part (次/年) kept. */
function unitSpelling(unit: string): string {
  const base = unit
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^个(?=.)/, '');
  return UNIT_SPELLINGS[base] ?? base;
}

/** A unit as compared: one spelling and no per-period part (次/年 is a count of 次). */
function unitKey(unit: string): string {
  const spelled = unitSpelling(unit).split('/')[0]!;
  return UNIT_SPELLINGS[spelled] ?? spelled;
}

/**
 * Whether a 计量单位 cell already says `unit` (null: no unit): the same unit in another spelling (`工作日` for
 * 个工作日, `百分比` for %), or with the period it is counted in (`次/年` for 次); `/` says there is none. A fix that
 * moves the unit out of the value leaves such a cell alone: writing 次 over `次/年` would drop the period. Only
 * these: `万人` does not say 人, nor `人次` 人.
 */
export function columnSaysUnit(columnText: string, unit: string | null): boolean {
  if (unit === null) return saysNoUnit(columnText);
  const column = columnUnit(columnText);
  if (column === null) return false;
  const [said, own] = [unitSpelling(column), unitSpelling(unit)];
  return said === own || said.startsWith(`${own}/`);
}

/**
 * Whether a 计量单位 cell holds text that is neither a unit this tool reads nor a way of saying there is none
 * (`个（件）`): the row has a unit, and no fix may write over it.
 */
export function unreadableUnit(columnText: string): boolean {
  return columnUnit(columnText) === null && !saysNoUnit(columnText);
}

/** Words before a unit that scale it or make it another measure: 万人 is ten thousand 人, 平方米 an area. */
const SCALED = /^(?:万|千|百|十|亿|平方|立方|公)$/;
/** Words after a unit that make it another measure: 分钟 are minutes where 分 are points. */
const REMEASURED = /^钟/;

/**
 * Whether the value's unit and the column's say different things. Only a plain contradiction counts: a unit inside
 * the other is the same count, written more or less fully (`次` under `场次` or `次/年`, `5个工作日` under `工作日`);
 * `人次` under `场` is not, nor `元` under `万元` or `人` under `万人` (ten thousand times apart), `米` under `平方米`.
 */
function unitsDisagree(written: string, column: string): boolean {
  const [a, b] = [unitKey(written), unitKey(column)];
  if (a === b) return false;
  if (MONEY_UNITS.has(a) && MONEY_UNITS.has(b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const at = long.indexOf(short);
  if (at < 0) return true;
  return SCALED.test(long.slice(0, at)) || REMEASURED.test(long.slice(at + short.length));
}

/** Reads one 指标值 cell. Never throws: anything unrecognised is qualitative text or malformed with a reason. */
export function parseTarget(text: string): TargetValue {
  const original = text.trim();
  const ascii = toHalfWidth(original);
  if (squeeze(ascii) === '') return { kind: 'empty', placeholder: null };
  if (PLACEHOLDER.test(ascii)) return { kind: 'empty', placeholder: original };
  const time = scanTime(original);
  if (time?.kind === 'time') return { kind: 'time', text: original, latest: time.latest };
  if (time?.kind === 'invalid') return malformed(original, 'impossible date');
  const quantity = parseQuantity(original, ascii);
  if (quantity) return quantity;
  const reason = malformedReason(ascii);
  if (reason) return malformed(original, reason);
  return { kind: 'qualitative', text: original, vague: isVague(ascii) };
}

function malformed(text: string, reason: string): Malformed {
  return { kind: 'malformed', text, reason };
}

/** `original` and `ascii` have equal length, so offsets found in one slice the other. */
function parseQuantity(original: string, ascii: string): Quantity | Malformed | null {
  const m = QUANTITY.exec(ascii);
  const g = m?.groups;
  const at = m?.indices?.groups;
  if (!g || !at || g.num === undefined) return null;
  const written = (name: string) => {
    const span = at[name];
    return span ? original.slice(span[0], span[1]) : '';
  };
  const prefix = written('prefix').trim();
  if (prefix !== '' && g.op === undefined && g.suffix === undefined) return null;
  if (g.op !== undefined && g.suffix !== undefined && !NEUTRAL_PREFIX_OPS.has(g.op)) {
    return malformed(original, 'doubled operator');
  }
  const unit = unitOf(g.paren, g.glued);
  if (typeof unit === 'object') return unit === null ? null : malformed(original, unit.reason);
  const opText = [written('op'), written('suffix')].filter((t) => t !== '').join('…');
  const numberText = g.num.replace(/,/g, '');
  return {
    kind: 'quantitative',
    op: operatorOf(g.op, g.suffix),
    opText,
    opSuffix: g.suffix !== undefined,
    number: Number(numberText),
    numberText,
    decimals: numberText.split('.')[1]?.length ?? 0,
    unit: unit === '' ? null : unit,
    unitStyle: g.paren !== undefined ? 'paren' : g.glued !== undefined ? 'glued' : 'none',
    spaceBeforeUnit: (g.space ?? '') !== '',
    prefix,
  };
}

/** A suffix decides the operator: with `达90%以上` only the suffix says "or more". */
function operatorOf(prefixOp: string | undefined, suffixOp: string | undefined): Op | null {
  if (suffixOp !== undefined) return SUFFIX_SPELLINGS[suffixOp] ?? null;
  return prefixOp === undefined ? null : (OP_SPELLINGS[prefixOp] ?? null);
}

/** The canonical unit ('' for none), a reason it is malformed, or null when the "unit" is really prose. */
function unitOf(paren: string | undefined, glued: string | undefined): string | { reason: string } | null {
  if (paren !== undefined) {
    const unit = squeeze(paren);
    if (unit === '') return { reason: 'empty unit' };
    if (/^[\d.,\s]+$/.test(unit) || HAS_OP_SYMBOL.test(unit)) return { reason: 'not a unit in parentheses' };
    if (UNIT_APPROXIMATE.test(unit)) return { reason: 'approximate value' };
    return UNIT_ALIASES[unit] ?? unit;
  }
  if (glued === undefined) return '';
  if (UNIT_APPROXIMATE.test(glued)) return { reason: 'approximate value' };
  if (NOT_A_UNIT_END.test(glued)) return null;
  return UNIT_ALIASES[glued] ?? glued;
}

/** Why a value with operators or digits fits neither grammar; null when it is ordinary text. */
function malformedReason(ascii: string): string | null {
  const hasDigit = /\d/.test(ascii);
  const opTokens = [...ascii.matchAll(OP_TOKENS)];
  if (!hasDigit && opTokens.length === 0) return null;
  if (!parenthesesBalance(ascii)) return 'unbalanced parentheses';
  if (APPROXIMATE.test(ascii)) return 'approximate value';
  if (opTokens.length > 0) return operatorProblem(ascii, opTokens);
  return leadingNumberProblem(ascii);
}

function parenthesesBalance(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function operatorProblem(ascii: string, tokens: readonly RegExpMatchArray[]): string {
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const gap = ascii.slice((prev.index ?? 0) + prev[0].length, tokens[i]!.index ?? 0);
    if (gap.trim() === '') return 'doubled operator';
  }
  if (tokens.length > 1) return 'more than one operator';
  const token = tokens[0]!;
  if (token[0] === '≠') return 'unsupported operator ≠';
  const index = token.index ?? 0;
  const before = ascii.slice(0, index);
  const after = ascii.slice(index + token[0].length).trim();
  if (!/\d/.test(after)) return /\d/.test(before) ? 'operator after the number' : 'operator without a number';
  if (/\d/.test(before)) return 'number before the operator';
  if (!/^-?\d/.test(after)) return 'text between operator and number';
  return leadingNumberProblem(after) ?? 'stray text after the number';
}

const LEADING_NUMBER = new RegExp(String.raw`^(?:(?:${PREFIX_OPS})\s*)?(-?[\d.,]*\d[\d.,]*)\s*(.*)$`, 'su');
const WHOLE_NUMBER = new RegExp(`^${NUMBER}$`);

/** A value that opens with a number (after an optional word operator) but is not a quantity. */
function leadingNumberProblem(ascii: string): string | null {
  const m = LEADING_NUMBER.exec(ascii);
  if (!m) return null;
  const [, number = '', rest = ''] = m;
  const unitOrEnd = rest === '' || /^[%‰(]/.test(rest);
  if (unitOrEnd && !WHOLE_NUMBER.test(number)) return 'invalid number';
  if (/^(?:[%‰]|\([^()]*\))\s*\S/.test(rest)) return 'stray text after the unit';
  return null;
}

function isVague(ascii: string): boolean {
  const s = squeeze(ascii);
  return !/\d/.test(s) && VAGUE_OPENINGS.some((w) => s.startsWith(w));
}

/** Writes a quantity in a form's style: `≥90(%)`, `≥90 (%)` or `≥90%`; no unit gives `≥90`. */
export function formatQuantity(
  parts: { readonly op: Op | null; readonly numberText: string; readonly unit: string | null },
  style: TargetStyle,
): string {
  const head = `${parts.op ?? ''}${parts.numberText}`;
  if (parts.unit === null || parts.unit === '') return head;
  if (style.unitStyle === 'glued') return `${head}${parts.unit}`;
  return `${head}${style.spaceBeforeUnit ? ' ' : ''}(${parts.unit})`;
}

/** The Shanghai 2023+ system style, `≥90(%)`. */
export const SYSTEM_STYLE: TargetStyle = { unitStyle: 'paren', spaceBeforeUnit: false };

/**
 * How a form writes units, by majority of the quantities that have one. A tie or no evidence gives `fallback` (the
 * Shanghai 2023+ system style unless the caller knows the form's era); the space before `(` needs a strict majority
 * because system exports mix both.
 */
export function prevailingStyle(values: readonly Quantity[], fallback: TargetStyle = SYSTEM_STYLE): TargetStyle {
  const withUnit = values.filter((v) => v.unit !== null && v.unitStyle !== 'none');
  const paren = withUnit.filter((v) => v.unitStyle === 'paren');
  const glued = withUnit.length - paren.length;
  const spaced = paren.filter((v) => v.spaceBeforeUnit).length;
  const unitStyle = glued === paren.length ? fallback.unitStyle : glued > paren.length ? 'glued' : 'paren';
  return { unitStyle, spaceBeforeUnit: paren.length === 0 ? fallback.spaceBeforeUnit : spaced * 2 > paren.length };
}
