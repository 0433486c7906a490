// a deadline in a target (`12月底前`, `2025年3月`) outside the planned project period.
import type { PartialDate, SimpleDate } from '../values/types';
import { defineRule } from './rule';
import { formYear, plannedPeriod } from './support';

/** Orders a possibly partial deadline against a date: a month-only deadline spans that whole month. */
function compare(deadline: PartialDate, year: number, date: SimpleDate): number {
  if (year !== date.year) return year - date.year;
  if (deadline.month !== date.month) return deadline.month - date.month;
  return deadline.day === null ? 0 : deadline.day - date.day;
}

export default defineRule(
  {
    id: 'date-deadline-outside-period',
    catalog: ['R-15'],
    severity: 'warning',
    description: { zh: '完成时限不在项目计划期内', en: 'Deadline outside the planned project period' },
    messages: {
      afterEnd: {
        zh: '“{name}”的完成时限“{actual}”晚于项目计划完成日期 {end}：绩效目标必须在项目期内实现，评审会认为时限与计划矛盾。请把时限改到 {end} 之前，或修改计划完成日期。',
        en: 'The deadline "{actual}" of "{name}" is after the planned completion date {end}: targets must be met within the project period, so reviewers see a contradiction. Move the deadline before {end}, or change the completion date.',
      },
      beforeStart: {
        zh: '“{name}”的完成时限“{actual}”早于项目计划开始日期 {start}：项目尚未开始就要求完成，时限与计划矛盾。请核对时限或计划开始日期。',
        en: 'The deadline "{actual}" of "{name}" is before the planned start date {start}: it asks for completion before the project begins. Check the deadline or the start date.',
      },
    },
  },
  (form, context) => {
    const { start, end } = plannedPeriod(form);
    const budgetYear = formYear(form);
    for (const ind of form.indicators) {
      if (ind.value.kind !== 'time' || !ind.value.latest) continue;
      const deadline = ind.value.latest;
      // A deadline without a year (`6月底前`) may fall in any calendar year of the period (a school year runs
      // September to June); it is outside only if it fits none of them.
      const years =
        deadline.year !== null
          ? [deadline.year]
          : start && end
            ? Array.from({ length: end.year - start.year + 1 }, (_, i) => start.year + i)
            : budgetYear !== null
              ? [budgetYear]
              : [];
      if (years.length === 0) continue;
      const afterEnd = end !== null && years.every((y) => compare(deadline, y, end) > 0);
      const beforeStart = start !== null && years.every((y) => compare(deadline, y, start) < 0);
      const messageId = afterEnd ? 'afterEnd' : beforeStart ? 'beforeStart' : null;
      if (!messageId) continue;
      context.report({
        messageId,
        data: {
          name: ind.name,
          actual: ind.target,
          end: form.fields.endDate?.text ?? '',
          start: form.fields.startDate?.text ?? '',
        },
        cell: ind.targetCell,
        actual: ind.target,
      });
    }
  },
);
