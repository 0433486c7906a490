// a 时效 (timeliness) row whose target is neither a deadline, a duration nor an on-time rate.
import { isTimeliness } from '../levels';
import { mentionsTime } from '../name-kind';
import { defineRule } from './rule';

export default defineRule(
  {
    id: 'target-timeliness-not-time',
    catalog: ['R-15'],
    severity: 'warning',
    description: { zh: '时效指标的目标值不是时间要求', en: 'Timeliness target that is not about time' },
    messages: {
      notTime: {
        zh: '“{name}”在时效指标下，目标值“{actual}”却不是时间要求：时效指标考核“什么时候完成、多快完成”。请写成如“12月底前”“≤30(分钟)”或“=100(%)”（按时完成率）。',
        en: '"{name}" is a timeliness indicator, but its target "{actual}" says nothing about time: timeliness is about when or how fast. Write e.g. "12月底前", "≤30(分钟)" or "=100(%)" (on-time rate).',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      if (!isTimeliness(ind) || ind.value.kind !== 'qualitative' || mentionsTime(ind.target)) continue;
      context.report({
        messageId: 'notTime',
        data: { name: ind.name, actual: ind.target },
        cell: ind.targetCell,
        actual: ind.target,
      });
    }
  },
);
