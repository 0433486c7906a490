// Helpers shared by rules: rewriting a quantity in the form's style, editing fields, fund-sum suggestions.
import type { Edit } from '../edits';
import type { Amount, CellField, Form, Indicator } from '../form';
import type { FundIdentity } from '../fund-identities';
import { AMOUNT_LABELS, fundIdentities, identityStatus } from '../fund-identities';
import { amountEntries } from '../form';
import { formatMoney } from '../values/money';
import { canonicalOp, columnSaysUnit, columnUnit, formatQuantity, unreadableUnit } from '../values/target';
import { parsePlanDate } from '../values/dates';
import type { MoneyStyle, Op, Quantity, SimpleDate, TargetStyle } from '../values/types';
import type { RuleContext, SuggestionReport } from './rule';

/** The most common number of decimals among the form's quantities (Shanghai systems print 0 or 2); null when none. */
export function prevailingDecimals(form: Form): number | null {
  const counts = new Map<number, number>();
  for (const ind of form.indicators)
    if (ind.value.kind === 'quantitative') counts.set(ind.value.decimals, (counts.get(ind.value.decimals) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [decimals, count] of counts) if (count > bestCount) [best, bestCount] = [decimals, count];
  return best;
}

/** Pads a number to the form's decimals without ever dropping digits the person wrote. */
export function withDecimals(numberText: string, decimals: number | null): string {
  if (decimals === null) return numberText;
  const [int, frac = ''] = numberText.split('.');
  if (frac.length >= decimals) return numberText;
  return `${int}.${frac.padEnd(decimals, '0')}`;
}

export interface QuantityChanges {
  readonly op?: Op | null;
  readonly unit?: string | null;
  readonly numberText?: string;
}

/** A quantity written the canonical way in the given style (no prefix text). */
export function rewriteQuantity(q: Quantity, style: TargetStyle, changes: QuantityChanges = {}): string {
  return formatQuantity(
    {
      op: changes.op === undefined ? q.op : changes.op,
      numberText: changes.numberText ?? q.numberText,
      unit: changes.unit === undefined ? q.unit : changes.unit,
    },
    style,
  );
}

/** The style a single value is already written in, for edits that should change nothing else. */
export function ownStyle(q: Quantity, fallback: TargetStyle): TargetStyle {
  return q.unitStyle === 'none' ? fallback : { unitStyle: q.unitStyle, spaceBeforeUnit: q.spaceBeforeUnit };
}

export function targetEdit(ind: Indicator, text: string): Edit {
  return { cell: ind.targetCell, before: ind.target, text };
}

export interface TargetRewrite {
  /**
   * What the row will read as a whole, for messages (`≥90(%)`), also where the operator or the unit has a column of
   * its own: the edits put each part in its cell.
   */
  readonly text: string;
  readonly edits: Edit[];
}

/**
 * Whether the row keeps its unit in a 计量单位 column (filled, or the only place a missing unit can go). One holding
 * text this tool cannot read as a unit (`个（件）`) is left as the person wrote it.
 */
export function usesUnitColumn(ind: Indicator, q: Quantity): boolean {
  if (ind.unitCell === null || hasUnreadableUnit(ind)) return false;
  return Boolean(ind.unitText) || q.unit === null;
}

/** Whether the row's 计量单位 cell holds text this tool cannot read as a unit (`分（百分制）`): it has a unit all the same. */
export const hasUnreadableUnit = (ind: Indicator): boolean => Boolean(ind.unitText && unreadableUnit(ind.unitText));

/** The pick-list entry of a 计算符号 column for a value in words. */
export const QUALITATIVE_PICK = '定性';

/**
 * Whether the row keeps its operator in a 计算符号 column: one holding an operator or 定性, or an empty one where the
 * value has none (the only place a missing operator can go). One holding 不适用 or 定量（其他） is left alone.
 */
export function usesOperatorColumn(ind: Indicator, q: Quantity): boolean {
  if (ind.operatorCell === null) return false;
  // 定性 says the row has no operator: a number written there (last year's restored) takes its place.
  if (ind.operatorText === QUALITATIVE_PICK) return true;
  return ind.operatorText ? canonicalOp(ind.operatorText) !== null : q.op === null;
}

/**
 * The operator and unit a 计算符号 or 计量单位 cell merged over this and other rows gives the row (`≥` written once
 * for a group): the row reads them, and a fix for this row alone cannot change them.
 */
export function sharedColumns(ind: Indicator): { readonly op: Op | null; readonly unit: string | null } {
  return {
    op: ind.operatorCell === null && ind.operatorText ? canonicalOp(ind.operatorText) : null,
    unit: ind.unitCell === null && ind.unitText ? columnUnit(ind.unitText) : null,
  };
}

/** Whether the row reads its operator or unit from a cell merged over other rows too (no fix may change it). */
export function sharesMergedCell(ind: Indicator): boolean {
  const shared = sharedColumns(ind);
  return shared.op !== null || shared.unit !== null;
}

/**
 * Writes a changed quantity back into an indicator row, as edits of only the cells that change. Where the
 * row keeps its unit in a 计量单位 column the unit goes there, and its operator in a 计算符号 column the operator,
 * not into the value cell; `keepPrefix` keeps text written before the operator. Where the operator or unit to
 * change is in a cell merged over several rows, there are no edits: the text says what the row should read, and
 * only the person can split the cell.
 */
export function rewriteTarget(
  ind: Indicator,
  q: Quantity,
  style: TargetStyle,
  changes: QuantityChanges & { readonly keepPrefix?: boolean } = {},
): TargetRewrite {
  const prefix = changes.keepPrefix ? q.prefix : '';
  const shared = sharedColumns(ind);
  const unitColumn = usesUnitColumn(ind, q);
  const operatorColumn = usesOperatorColumn(ind, q);
  const op = changes.op === undefined ? q.op : changes.op;
  const unit = changes.unit === undefined ? q.unit : changes.unit;
  // A column that says the unit as fully (`次/年` for the value's 次) keeps its words, and the row reads them.
  const columnReads = ind.unitText ? columnUnit(ind.unitText) : null;
  const columnKeeps = (unitColumn || shared.unit !== null) && columnSaysUnit(ind.unitText ?? '', unit);
  const rowUnit = columnKeeps && unit !== null ? columnReads : unit;
  // A column naming another unit the value's does not contradict (`场次` for 次, `人次` for 人) stays as written, and
  // so does the value's unit: which the row means is the person's to say. The value's own goes into the column only
  // where it says all the column says (次/年 over 次), or a rule changes the unit itself (% for a rate).
  const bothStay =
    unitColumn &&
    columnReads !== null &&
    !columnKeeps &&
    changes.unit === undefined &&
    !(unit !== null && columnSaysUnit(unit, columnReads));
  // The whole value is formatted again only when part of it lives in another column: target-format rewrites every
  // quantity of every form.
  const whole =
    unitColumn || operatorColumn || shared.op || shared.unit
      ? prefix + rewriteQuantity(q, style, { ...changes, unit: rowUnit })
      : null;
  if ((shared.op && op !== shared.op) || (shared.unit && !columnKeeps)) return { text: whole!, edits: [] };
  const value =
    prefix +
    rewriteQuantity(q, style, {
      ...changes,
      ...((unitColumn && !bothStay) || shared.unit ? { unit: null } : {}),
      ...(operatorColumn || shared.op ? { op: null } : {}),
    });
  const edits = value === ind.target ? [] : [targetEdit(ind, value)];
  if (operatorColumn) {
    const written = ind.operatorText ?? '';
    // The column is the system's pick list: its own spelling (大于等于) stays unless the operator changes.
    if (op !== canonicalOp(written)) edits.push({ cell: ind.operatorCell!, before: written, text: op ?? '' });
  }
  if (unitColumn && !columnKeeps && !bothStay)
    edits.push({ cell: ind.unitCell!, before: ind.unitText ?? '', text: unit ?? '' });
  return { text: whole ?? value, edits };
}

export function nameEdit(ind: Indicator, text: string): Edit {
  return { cell: ind.nameCell, before: ind.name, text };
}

/** An edit of a field's value that keeps a label sharing its cell (`项目名称：…`). */
export function fieldEdit(field: CellField, value: string): Edit {
  const prefix = field.labelPrefix ?? '';
  return { cell: field.cell, before: prefix + field.text, text: prefix + value };
}

/** The planned project period; month-only dates span their whole month. */
export function plannedPeriod(form: Form): { start: SimpleDate | null; end: SimpleDate | null } {
  const read = (text: string | undefined, edge: 'start' | 'end') => (text ? parsePlanDate(text, edge) : null);
  return { start: read(form.fields.startDate?.text, 'start'), end: read(form.fields.endDate?.text, 'end') };
}

/**
 * Whether the project runs within one calendar year: from the 项目总目标 period `(2023年-2023年)` where printed,
 * else from the planned dates; null when neither tells.
 */
export function isSingleYearProject(form: Form): boolean | null {
  if (form.goalPeriod) return form.goalPeriod.from === form.goalPeriod.to;
  const { start, end } = plannedPeriod(form);
  return start !== null && end !== null ? start.year === end.year : null;
}

/** The form's year: the title's `(2025年度)`, else the year the project starts; null when neither is written. */
export function formYear(form: Form): number | null {
  const text = form.fields.year?.text ?? form.fields.startDate?.text ?? '';
  const m = /(19|20)\d{2}/.exec(text.normalize('NFKC'));
  return m ? Number(m[0]) : null;
}

/** Every filled-in amount cell of a form with its printed label, sub-items included. */
export function labelledAmounts(form: Form): [string, Amount][] {
  return [
    ...amountEntries(form.funds).flatMap(([name, a]): [string, Amount][] => (a ? [[AMOUNT_LABELS[name], a]] : [])),
    ...form.funds.components.flatMap((c): [string, Amount][] =>
      c.amount ? [[`子项目“${c.name.text}”`, c.amount]] : [],
    ),
  ];
}

const DEFAULT_MONEY: MoneyStyle = { thousands: true, decimals: 2, suffix: '' };

/** Formats an amount like the amount cell it will replace, or like its neighbours when that one is blank. */
export function moneyLike(fen: number, amount: Amount, neighbours: readonly (Amount | null)[], form: Form): string {
  // `0.00` shows no separators only because it is short: take them from the neighbours then.
  const own = amount.style ?? neighbours.find((a) => a?.style)?.style ?? DEFAULT_MONEY;
  const style = { ...own, thousands: own.thousands || neighbours.some((a) => a?.style?.thousands) };
  return formatMoney(fen, style, form.funds.unit);
}

export function showMoney(fen: number, amount: Amount, form: Form): string {
  return moneyLike(fen, amount, [], form);
}

export const filled = (a: Amount | null): a is Amount & { fen: number } => a !== null && a.fen !== null;

/** Amount labels as printed on the forms, used in messages. */
export { AMOUNT_LABELS };

export interface SumCheck {
  readonly whole: Amount & { fen: number };
  readonly sum: number;
  /** Whether changing the whole to the sum is among the suggestions (it is not when that breaks another relation). */
  readonly wholeMayChange: boolean;
  readonly suggestions: SuggestionReport[];
}

/** The form with one amount changed, as a suggested edit would leave it. */
function withAmount(form: Form, changed: Amount, fen: number): Form {
  const swap = (a: Amount | null) => (a === changed ? { ...a, fen } : a);
  const funds = Object.fromEntries(amountEntries(form.funds).map(([name, a]) => [name, swap(a)]));
  const components = form.funds.components.map((c) => ({ ...c, amount: swap(c.amount) }));
  return { ...form, funds: { ...form.funds, ...funds, components } };
}

type FilledAmount = Amount & { fen: number };

/** F-3 broken: the annual request is larger than the project total (both filled); else null. */
export function annualOverTotal({
  funds: { total, annual },
}: Form): { total: FilledAmount; annual: FilledAmount } | null {
  return filled(total) && filled(annual) && annual.fen > total.fen ? { total, annual } : null;
}

/** F-4 broken: a one-year project whose total and annual request differ; else null. */
export function singleYearApart(form: Form): { total: FilledAmount; annual: FilledAmount } | null {
  const { total, annual } = form.funds;
  return filled(total) && filled(annual) && total.fen !== annual.fen && isSingleYearProject(form) === true
    ? { total, annual }
    : null;
}

/** F-7 broken: the project's fiscal funds and this year's fiscal money (appropriation + carry-over) above them. */
export function fiscalShort({ funds }: Form): { fiscal: FilledAmount; annual: number } | null {
  const thisYear = [funds.annualFiscal, funds.annualCarryover].filter(filled);
  if (!filled(funds.totalFiscal) || thisYear.length === 0) return null;
  const annual = thisYear.reduce((sum, a) => sum + a.fen, 0);
  return funds.totalFiscal.fen < annual ? { fiscal: funds.totalFiscal, annual } : null;
}

/** F-10 broken: 项目当年预算 above 项目总预算 (2018/2020 forms); else null. */
export function yearOverTotalBudget({
  funds: { budgetTotal, budgetYear },
}: Form): { total: FilledAmount; year: FilledAmount } | null {
  return filled(budgetTotal) && filled(budgetYear) && budgetYear.fen > budgetTotal.fen
    ? { total: budgetTotal, year: budgetYear }
    : null;
}

/**
 * The fund relations of domain-rules §3 these amounts break: the sums (F-1, F-2, F-9) and the bounds between cells
 * (F-3, F-4 for a one-year project, F-7, F-8, F-10), each as its rule judges it. A suggestion that mends one sum is
 * judged by them, so that it never breaks another relation (lowering the total below the annual request) and the one
 * that leaves fewest broken comes first (raising 财政资金 mends F-1 and F-7 together where raising 其他资金 leaves F-7).
 */
export function brokenFundRelations(form: Form): Set<string> {
  const broken = new Set<string>();
  for (const identity of fundIdentities(form))
    if (identityStatus(identity).kind === 'differs') broken.add(identity.id === 'components' ? 'F-9' : identity.id);
  if (annualOverTotal(form)) broken.add('F-3');
  if (singleYearApart(form)) broken.add('F-4');
  if (fiscalShort(form)) broken.add('F-7');
  if (filled(form.funds.annual) && form.funds.annual.fen <= 0) broken.add('F-8');
  if (yearOverTotalBudget(form)) broken.add('F-10');
  return broken;
}

/**
 * Checks a fund identity (whole = Σ parts, blank parts count as 0). Returns null when it holds or cannot be
 * checked. Suggestions: change the whole to the sum, or one filled part so the sum is restored; each only when it
 * breaks no fund relation that holds now (`brokenFundRelations`), those leaving fewest broken first.
 */
export function checkSum(form: Form, identity: FundIdentity): SumCheck | null {
  const status = identityStatus(identity);
  const whole = identity.whole.amount;
  if (status.kind !== 'differs' || !filled(whole)) return null;
  const { sum } = status;
  const all = [whole, ...identity.parts.map((p) => p.amount).filter(filled)];
  const brokenNow = brokenFundRelations(form);
  const candidates: { amount: Amount; fen: number; suggestion: SuggestionReport }[] = [];
  const propose = (amount: Amount, fen: number, messageId: string, data: Record<string, string>) => {
    if (fen < 0) return;
    const text = moneyLike(fen, amount, all, form);
    candidates.push({
      amount,
      fen,
      suggestion: {
        messageId,
        data: { ...data, amount: text },
        edits: [{ cell: amount.cell, before: amount.text, text }],
      },
    });
  };
  propose(whole, sum, 'setWhole', {});
  for (const { label, amount } of identity.parts)
    if (amount !== null) propose(amount, whole.fen - (sum - (amount.fen ?? 0)), 'setPart', { part: label });
  const judged = candidates
    .map((c) => ({ ...c, broken: brokenFundRelations(withAmount(form, c.amount, c.fen)) }))
    .filter((c) => [...c.broken].every((id) => brokenNow.has(id)))
    .sort((a, b) => a.broken.size - b.broken.size);
  return {
    whole,
    sum,
    wholeMayChange: judged.some((c) => c.amount === whole),
    suggestions: judged.map((c) => c.suggestion),
  };
}

/** Reports a failed sum with the amounts in the form's own number format (messages `mismatch`, `setWhole`, `setPart`). */
export function reportSumMismatch(context: RuleContext, form: Form, result: SumCheck | null): void {
  if (!result) return;
  const { whole, sum } = result;
  context.report({
    messageId: 'mismatch',
    data: {
      total: whole.text,
      sum: showMoney(sum, whole, form),
      diff: showMoney(Math.abs(whole.fen - sum), whole, form),
    },
    cell: whole.cell,
    actual: whole.text,
    // What the parts add up to is the ignore key's basis either way (as `expected`, it once always was).
    ...(result.wholeMayChange ? { expected: [showMoney(sum, whole, form)] } : { basis: [showMoney(sum, whole, form)] }),
    suggestions: result.suggestions,
  });
}
