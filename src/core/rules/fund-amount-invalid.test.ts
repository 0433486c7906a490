import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-amount-invalid';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { grid: form2018GridText() },
    { grid: formGridText({ funds: { total: '', totalFiscal: '', totalOther: '' } }) },
    {
      name: 'zero as an accounting format shows it (a dash), and amounts with its yuan sign',
      grid: formGridText({
        funds: { annualCarryover: ' -   ', totalOther: ' ¥ -   ', annualFiscal: '¥ 1,000,000.00' },
      }),
    },
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
      name: 'annual request shown as an accounting zero',
      grid: formGridText({ funds: { annual: ' -   ', annualFiscal: '-', annualCarryover: '-', annualOther: '-' } }),
      errors: [{ messageId: 'missingAnnual', actual: '-' }],
    },
    {
      name: '2018 this-year budget 0',
      grid: form2018GridText({ budgetYear: '0', components: '无' }),
      errors: [{ messageId: 'missingAnnual' }],
    },
  ],
});
