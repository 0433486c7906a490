// F-10 (2018/2020 forms): 项目当年预算 ≤ 项目总预算.
import { defineRule } from './rule';
import { yearOverTotalBudget } from './support';

export default defineRule(
  {
    id: 'fund-year-exceeds-total-budget',
    catalog: ['F-10', 'R-18'],
    severity: 'error',
    description: { zh: '项目当年预算不应超过项目总预算', en: 'This year’s budget must not exceed the total budget' },
    messages: {
      exceeds: {
        zh: '项目当年预算 {year} 大于项目总预算 {total}：当年预算是总预算的一部分，不能更多。请核对两处金额（一年期项目两者相等）。',
        en: 'This year’s budget {year} is larger than the total budget {total}: it is part of the total and cannot exceed it. Check both (for a one-year project they are equal).',
      },
    },
  },
  (form, context) => {
    const over = yearOverTotalBudget(form);
    if (!over) return;
    const { year, total } = over;
    context.report({
      messageId: 'exceeds',
      data: { year: year.text, total: total.text },
      cell: year.cell,
      actual: year.text,
    });
  },
);
