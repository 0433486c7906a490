// Project dates a reviewer checks first: readable, start before end, and the budget year inside the period.
import { compareDates, parsePlanDate } from '../values/dates';
import { defineRule } from './rule';
import { formYear } from './support';

export default defineRule(
  {
    id: 'date-period-invalid',
    catalog: ['§4.3', 'R-15'],
    severity: 'warning',
    description: {
      zh: '计划起止日期无法识别、颠倒或与预算年度不符',
      en: 'Planned dates unreadable, reversed, or outside the budget year',
    },
    messages: {
      unreadable: {
        zh: '{label}“{actual}”不是可识别的日期：无法据此核对完成时限。请写成“2024-01-01”或“2024年1月1日”。',
        en: '{label} "{actual}" is not a readable date, so deadlines cannot be checked against it. Write e.g. "2024-01-01" or "2024年1月1日".',
      },
      reversed: {
        zh: '计划完成日期 {end} 早于计划开始日期 {start}：起止日期颠倒了。请核对两个日期。',
        en: 'The planned completion date {end} is before the start date {start}: the dates are reversed. Check both.',
      },
      outsideYear: {
        zh: '本表是 {year} 年度的申报表，但项目计划期 {start} 至 {end} 不包含 {year} 年：年度目标无法在项目期内实现。请核对年度或起止日期。',
        en: 'This is a {year} form, but the planned period {start} to {end} does not include {year}: the annual targets cannot fall within it. Check the year or the dates.',
      },
    },
  },
  (form, context) => {
    const { startDate, endDate, year } = form.fields;
    const read = (field: typeof startDate, label: string) => {
      if (!field?.cell || field.text.trim() === '') return null;
      const date = parsePlanDate(field.text, field === startDate ? 'start' : 'end');
      if (!date)
        context.report({
          messageId: 'unreadable',
          data: { label, actual: field.text },
          cell: field.cell,
          actual: field.text,
        });
      return date;
    };
    const start = read(startDate, '计划开始日期');
    const end = read(endDate, '计划完成日期');
    if (!start || !end || !endDate?.cell) return;
    const data = { start: startDate!.text, end: endDate.text };
    if (compareDates(start, end) > 0) {
      context.report({ messageId: 'reversed', data, cell: endDate.cell, actual: endDate.text, severity: 'error' });
      return;
    }
    const budgetYear = year ? formYear(form) : null;
    if (budgetYear !== null && (budgetYear < start.year || budgetYear > end.year))
      context.report({
        messageId: 'outsideYear',
        data: { ...data, year: budgetYear },
        cell: endDate.cell,
        actual: endDate.text,
      });
  },
);
