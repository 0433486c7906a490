// F-7 (unverified relation, so a warning): the whole project's fiscal money covers this year's fiscal money.
import { defineRule } from './rule';
import { fiscalShort, showMoney } from './support';

export default defineRule(
  {
    id: 'fund-fiscal-covers-annual',
    catalog: ['F-7'],
    severity: 'warning',
    description: {
      zh: '项目财政资金应不少于当年财政拨款与上年结转资金之和',
      en: 'Project fiscal funds should cover this year’s appropriation plus carry-over',
    },
    messages: {
      short: {
        zh: '项目资金中的财政资金 {fiscal} 少于当年财政拨款与上年结转资金之和 {annual}：整个项目的财政资金应包含当年使用的财政资金。请核对这几项金额。',
        en: 'Project fiscal funds {fiscal} are less than this year’s appropriation plus carry-over, {annual}: the whole project’s fiscal money should include what is used this year. Check these amounts.',
      },
    },
  },
  (form, context) => {
    const short = fiscalShort(form);
    if (!short) return;
    const { fiscal, annual } = short;
    context.report({
      messageId: 'short',
      data: { fiscal: fiscal.text, annual: showMoney(annual, fiscal, form) },
      cell: fiscal.cell,
      actual: fiscal.text,
    });
  },
);
