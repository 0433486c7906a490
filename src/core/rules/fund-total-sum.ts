// F-1: 项目资金总额 = 财政资金 + 其他资金 (whole-project column); a blank total is "not filled" (F-5), not an error.
import { defineRule } from './rule';
import { totalIdentity } from '../fund-identities';
import { checkSum, reportSumMismatch } from './support';

export default defineRule(
  {
    id: 'fund-total-sum',
    catalog: ['F-1', 'F-5', 'R-18'],
    severity: 'error',
    restsOnOtherCells: true,
    description: {
      zh: '项目资金总额应等于财政资金与其他资金之和',
      en: 'Total project funds must equal fiscal plus other funds',
    },
    messages: {
      mismatch: {
        zh: '项目资金总额 {total} 不等于财政资金与其他资金之和 {sum}（相差 {diff}）：总额必须由各资金来源加总而来，财政审核会逐项复算。请改正总额或其中一项来源。',
        en: 'Total project funds {total} do not equal fiscal plus other funds, {sum} (off by {diff}): the total must add up from its sources, and finance staff re-add it. Correct the total or one of the sources.',
      },
      setWhole: { zh: '把项目资金总额改为 {amount}', en: 'Change the total to {amount}' },
      setPart: { zh: '把{part}改为 {amount}', en: 'Change {part} to {amount}' },
    },
  },
  (form, context) => {
    const result = checkSum(form, totalIdentity(form));
    reportSumMismatch(context, form, result);
  },
);
