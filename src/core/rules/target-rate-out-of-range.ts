// a percentage outside 0–100 (完成率 ≥120%) is impossible — except growth rates, which may exceed 100%.
import { defineRule } from './rule';

const GROWTH = /增长|增幅|提高|同比|环比|比上年|增加|倍/;

export default defineRule(
  {
    id: 'target-rate-out-of-range',
    catalog: ['R-06'],
    severity: 'error',
    description: { zh: '百分比超出 0–100% 的范围', en: 'Percentage outside 0–100%' },
    messages: {
      outOfRange: {
        zh: '“{name}”的目标值“{actual}”超出了百分比的范围 0–100%：完成率、覆盖率、满意度等比率不可能超过 100% 或小于 0。请检查是否多写了位数，或改用计数（如“≥N(个)”）。',
        en: 'The target "{actual}" of "{name}" is outside 0–100%: completion, coverage or satisfaction rates cannot exceed 100% or fall below 0. Check for an extra digit, or use a count such as "≥N(个)".',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || GROWTH.test(ind.name)) continue;
      const max = v.unit === '%' ? 100 : v.unit === '‰' ? 1000 : null;
      if (max === null || (v.number <= max && v.number >= 0)) continue;
      context.report({
        messageId: 'outOfRange',
        data: { name: ind.name, actual: ind.target },
        cell: ind.targetCell,
        actual: ind.target,
      });
    }
  },
);
