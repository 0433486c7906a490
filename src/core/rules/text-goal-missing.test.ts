import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './text-goal-missing';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    {
      name: 'one-year 2024 form with a blank 项目总目标',
      grid: formGridText({ goalTotal: '', goalTotalLabel: '项目总体目标' }),
    },
  ],
  invalid: [
    { name: 'blank annual goal', grid: formGridText({ goalAnnual: '' }), errors: [{ messageId: 'annual' }] },
    {
      name: 'multi-year project without its overall goal',
      grid: formGridText({
        goalTotal: '',
        goalTotalLabel: '项目总目标 (2024年-2026年)',
        startDate: '2024-01-01',
        endDate: '2026-12-31',
      }),
      errors: [{ messageId: 'total' }],
    },
  ],
});
