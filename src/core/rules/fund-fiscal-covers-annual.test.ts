import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-fiscal-covers-annual';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { name: 'blank total block', grid: formGridText({ funds: { total: '', totalFiscal: '', totalOther: '' } }) },
  ],
  invalid: [
    {
      name: 'fiscal total below this year’s fiscal money',
      grid: formGridText({ funds: { total: '1,000,000.00', totalFiscal: '800,000.00', totalOther: '200,000.00' } }),
      errors: [{ messageId: 'short', actual: '800,000.00' }],
    },
  ],
});
