import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './date-period-invalid';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { name: '2018 dates 2018/1/1', grid: form2018GridText() },
    {
      name: 'multi-year project including the budget year',
      grid: formGridText({ startDate: '2023-07-01', endDate: '2025-06-30' }),
    },
    { name: 'month-only dates', grid: formGridText({ startDate: '2024年1月', endDate: '2024年12月' }) },
  ],
  invalid: [
    {
      name: 'unreadable',
      grid: formGridText({ startDate: '2024-13-01' }),
      errors: [{ messageId: 'unreadable', actual: '2024-13-01' }],
    },
    {
      name: 'reversed',
      grid: formGridText({ startDate: '2024-12-31', endDate: '2024-01-01' }),
      errors: [{ messageId: 'reversed', severity: 'error' }],
    },
    {
      name: 'copied from last year',
      grid: formGridText({ startDate: '2023-01-01', endDate: '2023-12-31' }),
      errors: [{ messageId: 'outsideYear' }],
    },
  ],
});
