import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './date-deadline-outside-period';

const one = (value: string, endDate = '2024-12-31', startDate = '2024-01-01') =>
  formGridText({ startDate, endDate, indicators: [['产出指标', '时效指标', '培训开班及时性', value]] });

testRule(rule, {
  valid: [
    { grid: one('10月前') },
    { grid: one('12月底前') },
    { grid: one('分别4月底及12月底前完成') },
    { grid: one('2024年12月31日前') },
    { grid: one('及时') },
    { grid: one('6月底前', '2024-06-30') },
    {
      name: 'a project running into next year: 12月底前 is in the budget year',
      grid: one('12月底前', '2025-06-30', '2024-03-01'),
    },

    {
      name: 'a school-year project: 6月底前 is next June',
      grid: one('6月底前', '2026-08-31', '2025-09-01').replace('(2024年度)', '(2025年度)'),
    },
  ],
  invalid: [
    { name: 'next year', grid: one('2025年3月底前'), errors: [{ messageId: 'afterEnd', actual: '2025年3月底前' }] },
    { name: 'after a mid-year end', grid: one('12月底前', '2024-06-30'), errors: [{ messageId: 'afterEnd' }] },
    {
      name: 'before the start',
      grid: one('2月底前', '2024-12-31', '2024-04-01'),
      errors: [{ messageId: 'beforeStart' }],
    },
  ],
});
