import { form2018GridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-year-exceeds-total-budget';

testRule(rule, {
  valid: [{ grid: form2018GridText() }, { grid: form2018GridText({ budgetTotal: '3000000' }) }],
  invalid: [
    { grid: form2018GridText({ budgetTotal: '900000' }), errors: [{ messageId: 'exceeds', actual: '1000000' }] },
  ],
});
