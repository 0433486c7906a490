import { buildForm, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import { lintForm } from '../lint';
import rule from './fund-total-sum';

/** 财政资金 typed short by 90,000 in the project column, the annual column right (示例-常见错误-机关服务费). */
const fiscalShort = formGridText({
  funds: {
    total: '2,760,000.00',
    totalFiscal: '2,670,000.00',
    totalOther: '0.00',
    annual: '2,760,000.00',
    annualFiscal: '2,760,000.00',
    annualCarryover: '0.00',
    annualOther: '0.00',
  },
});

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
    {
      name: 'a part typed short: raising it mends F-1 and F-7 together and comes first; lowering the total would put it below the annual request (F-3) and is not offered',
      grid: fiscalShort,
      errors: [
        {
          messageId: 'mismatch',
          suggestions: [[['2,670,000.00', '2,760,000.00']], [['0.00', '90,000.00']]],
        },
      ],
    },
  ],
});

describe('fund-total-sum’s expected reading', () => {
  it('names no reading for the total when the total is not what should change', () => {
    const [finding] = lintForm(buildForm(fiscalShort), { rules: [rule] });
    expect(finding?.ruleId).toBe('fund-total-sum');
    expect(finding?.expected).toBeUndefined();
  });
});
