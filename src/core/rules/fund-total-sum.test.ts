import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-total-sum';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    {
      name: 'blank total is not filled (F-5)',
      grid: formGridText({ funds: { total: '', totalFiscal: '', totalOther: '' } }),
    },
    {
      name: 'other funds only',
      grid: formGridText({ funds: { total: '100,000.00', totalFiscal: '0.00', totalOther: '100,000.00' } }),
    },
  ],
  invalid: [
    {
      name: 'one amount changed',
      grid: formGridText({ funds: { total: '1,842,000.00', totalFiscal: '1,824,000.00', totalOther: '0.00' } }),
      errors: [
        {
          messageId: 'mismatch',
          actual: '1,842,000.00',
          suggestions: [
            [['1,842,000.00', '1,824,000.00']],
            [['1,824,000.00', '1,842,000.00']],
            [['0.00', '18,000.00']],
          ],
        },
      ],
    },
  ],
});
