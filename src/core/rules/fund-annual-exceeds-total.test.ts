import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-annual-exceeds-total';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { name: 'blank total', grid: formGridText({ funds: { total: '', totalFiscal: '', totalOther: '' } }) },
  ],
  invalid: [
    {
      name: 'annual above total',
      grid: formGridText({ funds: { total: '900,000.00', totalFiscal: '900,000.00' } }),
      errors: [{ messageId: 'exceeds', actual: '1,000,000.00' }],
    },
  ],
});
