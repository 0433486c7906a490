import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-format';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    {
      name: '2018 forms may write 2880000 and 6430000.00',
      grid: form2018GridText({
        components: [
          ['平台运维', '600000.00'],
          ['课件制作', '400000'],
        ],
      }),
    },
    {
      name: 'an accounting zero (a dash) is how the cell’s format shows 0, not a way of writing it',
      grid: formGridText({ funds: { annualCarryover: ' -   ' } }),
    },
    {
      name: 'a 2018 form keeps the yuan sign its amounts are written with',
      grid: form2018GridText({ budgetYear: '¥2880000' }),
    },
    {
      name: 'nor asks to close the gap Excel’s accounting format shows after the sign',
      grid: form2018GridText({ budgetYear: '¥ 2,880,000.00' }),
    },
    {
      name: 'blank amounts are not formatted',
      grid: formGridText({ funds: { total: '', totalFiscal: '', totalOther: '' } }),
    },
  ],
  invalid: [
    {
      name: 'a yuan sign in a 2023+ form: the system prints amounts without one',
      grid: formGridText({ funds: { total: '¥1,000,000.00' } }),
      errors: [{ messageId: 'format', actual: '¥1,000,000.00' }],
      fixed: [['¥1,000,000.00', '1,000,000.00']],
    },
    {
      name: 'missing separators and decimals in a 2023+ form',
      grid: formGridText({ funds: { total: '1000000' } }),
      errors: [{ messageId: 'format', actual: '1000000' }],
      fixed: [['1000000', '1,000,000.00']],
    },
    {
      name: 'full-width digits and a Chinese comma',
      grid: form2018GridText({ budgetTotal: '１，０００，０００' }),
      errors: [{ messageId: 'format' }],
      fixed: [['１，０００，０００', '1,000,000']],
    },
  ],
});
