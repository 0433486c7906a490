// a deadline in a target (`12月底前`, `2025年3月`) later than the planned completion date.
import { parseDate } from '../values/dates';
import type { PartialDate, SimpleDate } from '../values/types';
import { defineRule } from './rule';

/** Compares a possibly partial deadline with a date; a month-only deadline means the end of that month. */
function isAfter(deadline: PartialDate, end: SimpleDate): boolean {
  const year = deadline.year ?? end.year;
  if (year !== end.year) return year > end.year;
  if (deadline.month !== end.month) return deadline.month > end.month;
  return deadline.day !== null && deadline.day > end.day;
}

export default defineRule(
  {
    id: 'date-deadline-outside-period',
    catalog: ['R-15'],
    severity: 'warning',
    description: { zh: '完成时限晚于项目计划完成日期', en: 'Deadline later than the planned completion date' },
    messages: {
      afterEnd: {
        zh: '“{name}”的完成时限“{actual}”晚于项目计划完成日期 {end}：绩效目标必须在项目期内实现，评审会认为时限与计划矛盾。请把时限改到 {end} 之前，或修改计划完成日期。',
        en: 'The deadline "{actual}" of "{name}" is after the planned completion date {end}: targets must be met within the project period, so reviewers see a contradiction. Move the deadline before {end}, or change the completion date.',
      },
    },
  },
  (form, context) => {
    const end = form.fields.endDate ? parseDate(form.fields.endDate.text) : null;
    if (!end) return;
    for (const ind of form.indicators) {
      if (ind.value.kind !== 'time' || !ind.value.latest || !isAfter(ind.value.latest, end)) continue;
      context.report({
        messageId: 'afterEnd',
        data: { name: ind.name, actual: ind.target, end: form.fields.endDate!.text },
        cell: ind.targetCell,
        actual: ind.target,
      });
    }
  },
);
