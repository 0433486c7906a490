// F-8: every amount is a number ≥ 0, and the annual request (or this year's budget) is filled and > 0.
import type { AmountName } from '../form';
import { defineRule } from './rule';
import { AMOUNT_LABELS, labelledAmounts } from './support';

export default defineRule(
  {
    id: 'fund-amount-invalid',
    catalog: ['F-8', 'R-18'],
    severity: 'error',
    description: {
      zh: '金额必须是不小于 0 的数字，年度申请额必须大于 0',
      en: 'Amounts must be numbers ≥ 0 and the annual request must be > 0',
    },
    messages: {
      malformed: {
        zh: '{label}“{actual}”不是可识别的金额：金额栏只能填写数字（可带千分位逗号和两位小数），否则无法复算。请写成如“1,842,000.00”。',
        en: '{label} "{actual}" is not a readable amount: amount cells take digits only (thousands commas and two decimals allowed), or the sums cannot be checked. Write e.g. "1,842,000.00".',
      },
      negative: {
        zh: '{label}为负数（{actual}）：资金金额不能小于 0。请改正该金额。',
        en: '{label} is negative ({actual}): amounts cannot be below 0. Correct it.',
      },
      missingAnnual: {
        zh: '{label}为空或为 0：申报表必须写明本年度申请的资金，否则无法安排预算。请填写本年度申请金额。',
        en: '{label} is blank or 0: the form must state this year’s request, or no budget can be arranged. Fill in the amount requested this year.',
      },
    },
  },
  (form, context) => {
    const amounts = labelledAmounts(form);
    for (const [label, amount] of amounts) {
      if (amount.malformed !== null)
        context.report({
          messageId: 'malformed',
          data: { label, actual: amount.text },
          cell: amount.cell,
          actual: amount.text,
        });
      else if (amount.fen !== null && amount.fen < 0)
        context.report({
          messageId: 'negative',
          data: { label, actual: amount.text },
          cell: amount.cell,
          actual: amount.text,
        });
    }
    const yearly = form.funds.annual ?? form.funds.budgetYear;
    const name: AmountName = form.funds.annual ? 'annual' : 'budgetYear';
    if (yearly && yearly.malformed === null && (yearly.fen === null || yearly.fen === 0))
      context.report({
        messageId: 'missingAnnual',
        data: { label: AMOUNT_LABELS[name] },
        cell: yearly.cell,
        actual: yearly.text,
      });
  },
);
