// Style (info): amounts written the way the form's system prints them — `#,##0.00` in 2023+ Shanghai forms —
// and without full-width digits, spaces or Chinese commas; the value never changes.
import { formatMoney, YUAN_SIGN } from '../values/money';
import type { MoneyStyle } from '../values/types';
import { defineRule } from './rule';
import { labelledAmounts } from './support';

const SHANGHAI_2023: MoneyStyle = { thousands: true, decimals: 2, suffix: '' };
/** Excel's 会计专用 fill parts the yuan sign from the number (`¥ 2,880,000.00`): how it shows, not how it is written. */
const FILL_AFTER_SIGN = new RegExp(String.raw`^(-?${YUAN_SIGN.source})\s+`);

export default defineRule(
  {
    id: 'fund-format',
    catalog: ['§3.4'],
    severity: 'info',
    description: { zh: '金额写法不规范', en: 'Non-standard amount format' },
    messages: {
      format: {
        zh: '{label}“{actual}”的写法不规范：申报系统的金额统一写作“{expected}”（千分位逗号、两位小数、半角数字），统一后便于复算和核对。可自动改为“{expected}”，金额不变。',
        en: '{label} "{actual}" is not written the standard way: the filing system prints amounts as "{expected}" (thousands commas, two decimals, half-width digits), which is easier to re-add and check. It can be changed to "{expected}" automatically; the amount stays the same.',
      },
    },
  },
  (form, context) => {
    for (const [label, amount] of labelledAmounts(form)) {
      if (amount.fen === null || amount.style === null) continue;
      // Older templates accepted `2880000` and `6430000.00` alike: only characters are normalised there.
      const style = form.template === 'sh-2023' ? { ...SHANGHAI_2023, suffix: amount.style.suffix } : amount.style;
      const expected = formatMoney(amount.fen, style, form.funds.unit);
      if (expected === amount.text.trim().replace(FILL_AFTER_SIGN, '$1')) continue;
      context.report({
        messageId: 'format',
        data: { label, actual: amount.text, expected },
        cell: amount.cell,
        actual: amount.text,
        expected: [expected],
        fix: [{ cell: amount.cell, before: amount.text, text: expected }],
      });
    }
  },
);
