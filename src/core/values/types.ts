// Shapes of parsed cell values, shared by recognition, rules and the JSON report.

/** Canonical comparison operators (domain-rules §2.1). */
export type Op = '=' | '≥' | '≤' | '>' | '<';

/** How a quantity's unit is written: `≥90(%)` paren, `≥90%` glued, `≥90` none. */
export type UnitStyle = 'paren' | 'glued' | 'none';

export interface Quantity {
  readonly kind: 'quantitative';
  /** Canonical operator, or null when the cell has a bare number (`100%`, `0`). */
  readonly op: Op | null;
  /** The operator exactly as written (`>=`, `＞=`, `不低于`, `以上`, `达`), '' when none. */
  readonly opText: string;
  /** True when the operator came after the number (`95%以上`, `30分钟以内`). */
  readonly opSuffix: boolean;
  readonly number: number;
  /** The number as written, full-width digits made ASCII, separators removed (`100.00`, `-3`). */
  readonly numberText: string;
  /** Digits after the decimal point as written (`4.00` → 2). */
  readonly decimals: number;
  /** Canonical unit: `%` for `%`/`％`/`百分比`; otherwise as written (`次`, `名/场`, `kb`); null when none. */
  readonly unit: string | null;
  readonly unitStyle: UnitStyle;
  /** A space between the number and `(` (`=100.00 (%)`). */
  readonly spaceBeforeUnit: boolean;
  /** Text before the operator (`考务完成量≥1500人次` → `考务完成量`), '' normally. Non-empty = value embedded with a name. */
  readonly prefix: string;
}

export interface Qualitative {
  readonly kind: 'qualitative';
  readonly text: string;
  /** Comparative-only wording with no baseline (提升, 增长, 进一步加强 …), domain-rules §2.2. */
  readonly vague: boolean;
}

export interface PartialDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

export interface TimeValue {
  readonly kind: 'time';
  readonly text: string;
  /** The latest date named in the text (`分别4月底及12月底前完成` → month 12), null for 及时/全年/按期完成. */
  readonly latest: PartialDate | null;
}

export interface EmptyValue {
  readonly kind: 'empty';
  /** The placeholder written instead of a value (`*`, `XX`, `/`, `≥**%`), null for a blank cell. */
  readonly placeholder: string | null;
}

export interface Malformed {
  readonly kind: 'malformed';
  readonly text: string;
  /** Why it does not parse, in a few English words (`doubled operator`, `operator after the number`). */
  readonly reason: string;
  /** Set where the value reads on its own and its row's 计算符号 or 计量单位 column says otherwise. */
  readonly clash?: ColumnClash;
}

/** What a value contradicts of its row's 计算符号 and 计量单位 columns (budget-system exports), with both sides. */
export interface ColumnClash {
  readonly column: 'operator' | 'unit';
  /** As the column reads: the canonical operator, or the unit (`%` for `百分比`). */
  readonly columnSays: string;
  readonly valueSays: string;
}

export type TargetValue = Quantity | Qualitative | TimeValue | EmptyValue | Malformed;

/** The prevailing way a form writes its quantities, so fixes keep the form's own style. */
export interface TargetStyle {
  readonly unitStyle: 'paren' | 'glued';
  readonly spaceBeforeUnit: boolean;
}

export interface SimpleDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** How an amount is written, so a suggested amount looks like its neighbours (`1,842,000.00`, `2880000`). */
export interface MoneyStyle {
  readonly thousands: boolean;
  readonly decimals: number;
  /** Suffix written in the cell (`万元`, `元`, `万`), '' when the unit comes from the block header. */
  readonly suffix: string;
  /** `¥` where the cell shows one before the amount (an Excel 货币 or 会计专用 format); absent where it does not. */
  readonly currency?: string;
}

export type MoneyUnit = '元' | '万元';

export type ParsedMoney =
  | { readonly kind: 'blank' }
  /** `style` is null where the cell shows no digits: the `-` an accounting format (会计专用) shows for zero. */
  | { readonly kind: 'amount'; readonly fen: number; readonly style: MoneyStyle | null }
  | { readonly kind: 'malformed'; readonly reason: string };
