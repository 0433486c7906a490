// F-9 (2018 forms): the 子项目 amounts of 项目当年投入资金构成 add up to 项目当年预算.
import { defineRule } from './rule';
import { componentsIdentity } from '../fund-identities';
import { checkSum, reportSumMismatch } from './support';

export default defineRule(
  {
    id: 'fund-components-sum',
    catalog: ['F-9', 'R-18'],
    severity: 'error',
    restsOnOtherCells: true,
    description: {
      zh: '子项目预算金额之和应等于项目当年预算',
      en: 'Sub-item amounts must add up to this year’s budget',
    },
    messages: {
      mismatch: {
        zh: '项目当年预算 {total} 不等于各子项目预算金额之和 {sum}（相差 {diff}）：当年投入资金构成就是当年预算的分解，两者必须一致。请改正当年预算或某个子项目金额。',
        en: 'This year’s budget {total} does not equal the sum of the sub-item amounts, {sum} (off by {diff}): the sub-items break down this year’s budget and must add up to it. Correct the budget or one sub-item.',
      },
      setWhole: { zh: '把项目当年预算改为 {amount}', en: 'Change this year’s budget to {amount}' },
      setPart: { zh: '把子项目“{part}”改为 {amount}', en: 'Change sub-item "{part}" to {amount}' },
    },
  },
  (form, context) => {
    if (form.funds.components.length === 0) return;
    const result = checkSum(form, componentsIdentity(form));
    reportSumMismatch(context, form, result);
  },
);
