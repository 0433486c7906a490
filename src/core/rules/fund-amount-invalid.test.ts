import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-amount-invalid';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { grid: form2018GridText() },
    { grid: formGridText({ funds: { total: '', totalFiscal: '', totalOther: '' } }) },
  ],
  invalid: [
    {
      name: 'letters in an amount',
      grid: formGridText({ funds: { annualCarryover: '约5万' } }),
      errors: [{ messageId: 'malformed', actual: '约5万' }],
    },
    { name: 'negative', grid: formGridText({ funds: { totalOther: '-5.00' } }), errors: [{ messageId: 'negative' }] },
    {
      name: 'annual request blank',
      grid: formGridText({ funds: { annual: '', annualFiscal: '', annualCarryover: '', annualOther: '' } }),
      errors: [{ messageId: 'missingAnnual' }],
    },
    {
      name: '2018 this-year budget 0',
      grid: form2018GridText({ budgetYear: '0', components: '无' }),
      errors: [{ messageId: 'missingAnnual' }],
    },
  ],
});
