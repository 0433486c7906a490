import { form2018GridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-last-year-overspent';

testRule(rule, {
  valid: [
    {
      name: '2018 seed 9,912,000 ≤ 10,310,000',
      grid: form2018GridText({ lastYearBudget: '10310000', lastYearSpent: '9912000' }),
    },
    { name: 'new project: both blank', grid: form2018GridText({ lastYearBudget: '', lastYearSpent: '' }) },
  ],
  invalid: [
    {
      grid: form2018GridText({ lastYearBudget: '200000', lastYearSpent: '250000' }),
      errors: [{ messageId: 'overspent', actual: '250000' }],
    },
  ],
});
