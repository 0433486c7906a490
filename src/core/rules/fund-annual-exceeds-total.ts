// F-3: this year's request cannot exceed the whole project's funds (when the total is filled).
import { defineRule } from './rule';
import { annualOverTotal } from './support';

export default defineRule(
  {
    id: 'fund-annual-exceeds-total',
    catalog: ['F-3', 'R-18'],
    severity: 'error',
    description: {
      zh: '年度资金申请总额不应超过项目资金总额',
      en: 'The annual request must not exceed the total project funds',
    },
    messages: {
      exceeds: {
        zh: '年度资金申请总额 {annual} 大于项目资金总额 {total}：一年申请的钱不可能多于整个项目的钱。请核对两处金额（单年项目两者应相等）。',
        en: 'The annual request {annual} is larger than the total project funds {total}: one year cannot need more than the whole project. Check both amounts (for a one-year project they are equal).',
      },
    },
  },
  (form, context) => {
    const over = annualOverTotal(form);
    if (!over) return;
    const { total, annual } = over;
    context.report({
      messageId: 'exceeds',
      data: { annual: annual.text, total: total.text },
      cell: annual.cell,
      actual: annual.text,
    });
  },
);
