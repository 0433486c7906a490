// Year on year: the 同名项目上年预算额 of a 2018/2020 form is the money last year's form asked for this project
// (domain-rules §3.2–3.3); a different figure is a typo, the wrong project, or an adjusted budget worth a note.
import { formatMoney } from '../values/money';
import { defineRule } from '../rules/rule';
import type { Rule } from '../rules/rule';
import { fieldEdit, filled } from '../rules/support';
import type { MoneyStyle } from '../values/types';
import type { LastYear } from './last-year';
import { annualFen, yearGap } from './last-year';

const PLAIN: MoneyStyle = { thousands: false, decimals: 0, suffix: '' };

export const meta = {
  id: 'fund-last-year-budget',
  catalog: ['§3.2', '§3.3'],
  severity: 'info',
  description: {
    zh: '同名项目上年预算额与上年申报表不一致',
    en: 'Last year’s budget differs from last year’s form',
  },
  messages: {
    differs: {
      zh: '同名项目上年预算额 {actual} 与上年申报表的当年预算 {previous} 不一致（相差 {diff}）：两者是同一笔钱，除非上年预算经过调整。请核对；若上年预算有调整，以调整后的批复数为准。',
      en: 'Last year’s budget {actual} differs from what last year’s form asked for, {previous} (off by {diff}): they are the same money unless last year’s budget was adjusted. Check it; if it was adjusted, the adjusted approved amount stands.',
    },
    setPrevious: { zh: '改为上年申报表的 {amount}', en: 'Change it to last year’s {amount}' },
  },
} as const;

export default function fundLastYearBudget(last: LastYear): Rule {
  return defineRule(meta, (form, context) => {
    const stated = form.funds.lastYearBudget;
    const asked = annualFen(last.form);
    // Only the form of the year just before speaks for "上年": a 2018 form says nothing of 2019's budget.
    if (!filled(stated) || asked === null || yearGap(last.form, form) !== 1 || stated.fen === asked) return;
    const style = stated.style ?? PLAIN;
    const money = (fen: number) => formatMoney(fen, style, form.funds.unit);
    context.report({
      messageId: 'differs',
      data: { actual: stated.text, previous: money(asked), diff: money(Math.abs(stated.fen - asked)) },
      cell: stated.cell,
      actual: stated.text,
      expected: [money(asked)],
      suggestions: [
        { messageId: 'setPrevious', data: { amount: money(asked) }, edits: [fieldEdit(stated, money(asked))] },
      ],
    });
  });
}
