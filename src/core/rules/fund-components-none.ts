// F-12 (info): 项目当年投入资金构成 = 无 is acceptable only when the project really has no sub-items.
import { defineRule } from './rule';

export default defineRule(
  {
    id: 'fund-components-none',
    catalog: ['F-12'],
    severity: 'info',
    description: {
      zh: '当年投入资金构成填“无”时请确认确无子项目',
      en: 'Sub-item breakdown given as “无”: confirm there are no sub-items',
    },
    messages: {
      none: {
        zh: '项目当年投入资金构成填写为“{actual}”：只有项目确实没有子项目时才可以这样填，否则评审无法看出资金用在哪里。如有子项目，请逐项列出名称和预算金额。',
        en: 'The sub-item breakdown says "{actual}": that is only right when the project has no sub-items; otherwise reviewers cannot see where the money goes. If there are sub-items, list each with its amount.',
      },
    },
  },
  (form, context) => {
    const none = form.funds.componentsNone;
    if (none?.cell)
      context.report({ messageId: 'none', data: { actual: none.text }, cell: none.cell, actual: none.text });
  },
);
