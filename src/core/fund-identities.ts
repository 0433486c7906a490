// The fund identities a form must satisfy (F-1, F-2, the 2018 sub-item sum) as data: the rules check them,
// the pane's fund card shows them with their amounts.
import type { Amount, Form } from './form';

export interface IdentityTerm {
  readonly label: string;
  readonly amount: Amount | null;
}

export interface FundIdentity {
  /** Catalogue id (domain-rules §3). */
  readonly id: 'F-1' | 'F-2' | 'components';
  readonly whole: IdentityTerm;
  readonly parts: readonly IdentityTerm[];
}

export type IdentityStatus =
  | { readonly kind: 'holds'; readonly sum: number }
  | { readonly kind: 'differs'; readonly sum: number; readonly whole: number }
  /** Blank total (F-5), no filled part, or a malformed amount: nothing to compare. */
  | { readonly kind: 'unchecked' };

export const AMOUNT_LABELS = {
  total: '项目资金总额',
  totalFiscal: '财政资金（项目资金）',
  totalOther: '其他资金（项目资金）',
  annual: '年度资金申请总额',
  annualFiscal: '当年财政拨款',
  annualCarryover: '上年结转资金',
  annualOther: '其他资金（年度）',
  budgetTotal: '项目总预算',
  budgetYear: '项目当年预算',
  lastYearBudget: '同名项目上年预算额',
  lastYearSpent: '同名项目上年预算执行数',
} as const;

const term = (label: string, amount: Amount | null): IdentityTerm => ({ label, amount });

/** A = A1 + A2 (whole-project column, 2023+). */
export function totalIdentity(form: Form): FundIdentity {
  const { total, totalFiscal, totalOther } = form.funds;
  return {
    id: 'F-1',
    whole: term(AMOUNT_LABELS.total, total),
    parts: [term(AMOUNT_LABELS.totalFiscal, totalFiscal), term(AMOUNT_LABELS.totalOther, totalOther)],
  };
}

/** B = B1 + B2 + B3 (this-year column, 2023+). */
export function annualIdentity(form: Form): FundIdentity {
  const { annual, annualFiscal, annualCarryover, annualOther } = form.funds;
  return {
    id: 'F-2',
    whole: term(AMOUNT_LABELS.annual, annual),
    parts: [
      term(AMOUNT_LABELS.annualFiscal, annualFiscal),
      term(AMOUNT_LABELS.annualCarryover, annualCarryover),
      term(AMOUNT_LABELS.annualOther, annualOther),
    ],
  };
}

/** 项目当年预算 = Σ 子项目 (2018 项目当年投入资金构成). */
export function componentsIdentity(form: Form): FundIdentity {
  return {
    id: 'components',
    whole: term(AMOUNT_LABELS.budgetYear, form.funds.budgetYear),
    parts: form.funds.components.map((c) => term(c.name.text, c.amount)),
  };
}

/** The identities that apply to this form: those whose whole or parts appear on it. */
export function fundIdentities(form: Form): FundIdentity[] {
  return [totalIdentity(form), annualIdentity(form), componentsIdentity(form)].filter(
    (identity) => identity.whole.amount !== null || identity.parts.some((p) => p.amount !== null),
  );
}

const hasValue = (a: Amount | null): a is Amount & { fen: number } => a !== null && a.fen !== null;

/** Blank parts count as 0; a malformed amount or a blank whole leaves the identity unchecked. */
export function identityStatus(identity: FundIdentity): IdentityStatus {
  const { whole, parts } = identity;
  const amounts = parts.map((p) => p.amount);
  if (!hasValue(whole.amount) || amounts.some((a) => a !== null && a.malformed !== null)) return { kind: 'unchecked' };
  const present = amounts.filter(hasValue);
  if (present.length === 0) return { kind: 'unchecked' };
  const sum = present.reduce((s, a) => s + a.fen, 0);
  return sum === whole.amount.fen ? { kind: 'holds', sum } : { kind: 'differs', sum, whole: whole.amount.fen };
}
