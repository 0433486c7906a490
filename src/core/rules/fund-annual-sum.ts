// F-2: 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金 (this-year column).
import { defineRule } from './rule';
import { annualIdentity } from '../fund-identities';
import { checkSum, reportSumMismatch } from './support';

export default defineRule(
  {
    id: 'fund-annual-sum',
    catalog: ['F-2', 'R-18'],
    severity: 'error',
    restsOnOtherCells: true,
    description: {
      zh: '年度资金申请总额应等于当年财政拨款、上年结转资金与其他资金之和',
      en: 'Annual request must equal this year’s appropriation plus carry-over plus other funds',
    },
    messages: {
      mismatch: {
        zh: '年度资金申请总额 {total} 不等于当年财政拨款、上年结转资金与其他资金之和 {sum}（相差 {diff}）：年度申请额必须由这三项加总，预算审核会复算。请改正总额或其中一项。',
        en: 'The annual request {total} does not equal appropriation + carry-over + other funds, {sum} (off by {diff}): it must add up from these three, and the budget review re-adds it. Correct the total or one part.',
      },
      setWhole: { zh: '把年度资金申请总额改为 {amount}', en: 'Change the annual request to {amount}' },
      setPart: { zh: '把{part}改为 {amount}', en: 'Change {part} to {amount}' },
    },
  },
  (form, context) => {
    // F-8 among the relations checkSum keeps: parts that add to nothing (all 0 or shown as dashes) never suggest 0.
    const result = checkSum(form, annualIdentity(form));
    reportSumMismatch(context, form, result);
  },
);
