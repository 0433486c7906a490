// Time expressions accepted as 时效 targets (domain-rules §2.5): deadlines, periods and duration commitments.
import { isValidDay } from './dates';
import { toHalfWidth } from './normalize';
import type { PartialDate, TimeValue } from './types';

/** Punctuality words that promise "on time" or "within the year" without naming a date. */
const UNDATED =
  /^(?:(?:及时|准时|按时|按期|如期|按计划|按进度|按要求)(?:完成)?|(?:全年|年内|年度内|本年内|本年度内|当年)(?:完成)?|(?:当天|当日)(?:完成)?)$/;
/** Year-end words name December of an unwritten year. */
const YEAR_END = /^(?:年底|年末|年终)(?:之前|以前|前)?(?:完成)?$/;

// Years are limited to 19xx/20xx so that a plain amount such as `1500.05` is never read as a date.
const YEAR = String.raw`(?:19|20)\d{2}`;
const MENTION_PARTS = [
  String.raw`(?<y1>${YEAR})(?<s1>[-/.])(?<m1>\d{1,2})\k<s1>(?<d1>\d{1,2})(?!\d)`,
  String.raw`(?:(?<y2>${YEAR})年)?(?<m2>\d{1,2})月(?:(?<d2>\d{1,2})[日号]|份|底|末|上旬|中旬|下旬)?`,
  // A dotted year-month needs a two-digit month (`2021.01`); `2021.5` reads as a decimal number.
  String.raw`(?<y3>${YEAR})(?:[-/](?<m3>\d{1,2})|\.(?<m3b>\d{2}))(?!\d)`,
  // `2023年度` is a budget year in running text, not a deadline.
  String.raw`(?<y4>${YEAR})年(?!度)(?:底|末)?`,
  // `3个工作日内`, `1小时内`; `30分钟以内` stays a quantity with a suffix operator, and `内容` is a word.
  String.raw`(?<span>\d+(?:\.\d+)?个?(?:分钟|小时|天|日|工作日|周|星期|个月|年)内(?![容部涵外]))`,
];
const MENTION = new RegExp(MENTION_PARTS.map((p) => String.raw`(?<![\d.])(?:${p})`).join('|'), 'gu');

// Private-use characters stand for the mentions in the skeleton that the grammar below reads.
const DATE_MARK = '\uE000';
const SPAN_MARK = '\uE001';
const LEAD = /^(?:分别于|分别|计划于|预计于|截止到|截至到|截止|截至|预计|计划|力争|争取|每年|于|在|自|从)/;
const DEADLINE = /^(?:之前|以前|前|以内|内|为止|止)/;
const JOIN = /^(?:以及|[-~—–、,;至到及和与或])/;
const VERB = /^(?:完成|开始|启动|结束|开展|实施|举办|召开|上线|验收|交付|办结|发放|拨付|到位)/;
const NOT_TIME_REST = /[\d=<>≥≤≧≦≠%‰]/;

export type TimeScan =
  { readonly kind: 'time'; readonly latest: PartialDate | null } | { readonly kind: 'invalid' } | null;

/** A time value, or null when the text is not a time expression (or names an impossible date). */
export function parseTimeExpression(text: string): TimeValue | null {
  const scan = scanTime(text);
  return scan?.kind === 'time' ? { kind: 'time', text: text.trim(), latest: scan.latest } : null;
}

/** Like parseTimeExpression, but tells a time expression with an impossible date (`2月30日前`) from other text. */
export function scanTime(text: string): TimeScan {
  const compact = toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[\uE000\uE001]/g, '?');
  if (UNDATED.test(compact)) return { kind: 'time', latest: null };
  if (YEAR_END.test(compact)) return { kind: 'time', latest: { year: null, month: 12, day: null } };
  const dates: (PartialDate | null)[] = [];
  let spans = 0;
  const skeleton = compact.replace(MENTION, (...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    if (groups.span !== undefined) {
      spans++;
      return SPAN_MARK;
    }
    dates.push(mentionDate(groups));
    return DATE_MARK;
  });
  if (dates.length === 0 && spans === 0) return null;
  if (NOT_TIME_REST.test(skeleton)) return null;
  if (dates.length === 0) return { kind: 'time', latest: null };
  if (!fitsDeadlineGrammar(skeleton)) return null;
  if (dates.some((d) => d === null)) return { kind: 'invalid' };
  return { kind: 'time', latest: latestOf(withInheritedYears(dates as PartialDate[])) };
}

function mentionDate(g: Record<string, string | undefined>): PartialDate | null {
  const num = (s: string | undefined) => (s === undefined ? null : Number(s));
  const year = num(g.y1 ?? g.y2 ?? g.y3 ?? g.y4);
  // A bare year (`2024年`, `2024年底`) means the end of that year.
  const month = num(g.m1 ?? g.m2 ?? g.m3 ?? g.m3b) ?? 12;
  const day = num(g.d1 ?? g.d2);
  if (month < 1 || month > 12) return null;
  if (day !== null && !isValidDay(year, month, day)) return null;
  return { year, month, day };
}

/** `[lead] date [deadline] (join date [deadline])* [tail]`; free text may follow a deadline or a verb. */
function fitsDeadlineGrammar(skeleton: string): boolean {
  let rest = skeleton.replace(LEAD, '');
  let marked = false;
  for (;;) {
    if (!rest.startsWith(DATE_MARK)) return false;
    rest = rest.slice(DATE_MARK.length);
    const deadline = DEADLINE.exec(rest);
    marked = deadline !== null;
    if (deadline) rest = rest.slice(deadline[0].length);
    const join = JOIN.exec(rest);
    if (!join || !rest.slice(join[0].length).startsWith(DATE_MARK)) break;
    rest = rest.slice(join[0].length);
  }
  if (rest.includes(DATE_MARK)) return false;
  return rest === '' || marked || VERB.test(rest);
}

// In `2021年1月-12月` the second month belongs to the year written first.
function withInheritedYears(dates: readonly PartialDate[]): PartialDate[] {
  let year: number | null = null;
  return dates.map((d) => {
    if (d.year !== null) year = d.year;
    return d.year === null ? { ...d, year } : d;
  });
}

/** A month without a day sorts as its last day: `12月底前` is later than `12月15日`. */
function sortKey(d: PartialDate): number {
  return ((d.year ?? 0) * 100 + d.month) * 100 + (d.day ?? 99);
}

function latestOf(dates: readonly PartialDate[]): PartialDate | null {
  let latest: PartialDate | null = null;
  for (const d of dates) if (latest === null || sortKey(d) > sortKey(latest)) latest = d;
  return latest;
}
