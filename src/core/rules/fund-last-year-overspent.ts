// F-11: last year's execution should not exceed last year's budget; both blank is fine for new projects.
import { defineRule } from './rule';
import { filled } from './support';

export default defineRule(
  {
    id: 'fund-last-year-overspent',
    catalog: ['F-11'],
    severity: 'warning',
    description: {
      zh: '同名项目上年预算执行数不应超过上年预算额',
      en: 'Last year’s spending should not exceed last year’s budget',
    },
    messages: {
      overspent: {
        zh: '同名项目上年预算执行数 {spent} 大于上年预算额 {budget}：执行数超过预算通常是填错或单位不一致。请核对这两项金额。',
        en: 'Last year’s spending {spent} exceeds last year’s budget {budget}: spending above budget is usually a typo or a unit mix-up. Check both amounts.',
      },
    },
  },
  (form, context) => {
    const { lastYearBudget, lastYearSpent } = form.funds;
    if (!filled(lastYearBudget) || !filled(lastYearSpent) || lastYearSpent.fen <= lastYearBudget.fen) return;
    context.report({
      messageId: 'overspent',
      data: { spent: lastYearSpent.text, budget: lastYearBudget.text },
      cell: lastYearSpent.cell,
      actual: lastYearSpent.text,
    });
  },
);
