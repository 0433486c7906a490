import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-annual-sum';

testRule(rule, {
  valid: [
    { grid: formGridText() },
    {
      name: '2024 seed: funded only by 其他资金',
      grid: formGridText({
        funds: { annual: '100,000.00', annualFiscal: '0.00', annualCarryover: '0.00', annualOther: '100,000.00' },
      }),
    },
    {
      name: 'exact in fen (0.10 + 0.20 = 0.30)',
      grid: formGridText({
        funds: { annual: '0.30', annualFiscal: '0.10', annualCarryover: '0.20', annualOther: '0.00' },
      }),
    },
    {
      name: 'accounting zeros (dashes) add as 0',
      grid: formGridText({
        funds: { annual: '100,000.00', annualFiscal: ' -   ', annualCarryover: '—', annualOther: '100,000.00' },
      }),
    },
  ],
  invalid: [
    {
      name: 'the request where a dash shows zero: the fix writes the amount in its neighbours’ style',
      grid: formGridText({
        funds: { annual: '1,000,000.00', annualFiscal: ' -   ', annualCarryover: '0.00', annualOther: '0.00' },
      }),
      errors: [
        {
          messageId: 'mismatch',
          // Not 0 for the request itself: F-8 wants more than nothing asked for.
          suggestions: [[['-', '1,000,000.00']], [['0.00', '1,000,000.00']], [['0.00', '1,000,000.00']]],
        },
      ],
    },
    {
      name: 'amounts shown with a yuan sign: the fix keeps it',
      grid: formGridText({
        funds: { annual: '¥1,000,000.00', annualFiscal: '¥900,000.00', annualCarryover: '¥0.00', annualOther: '¥0.00' },
      }),
      errors: [
        {
          messageId: 'mismatch',
          // Lowering the request to ¥900,000.00 would part it from the one-year project's total (F-4): not offered.
          suggestions: [[['¥900,000.00', '¥1,000,000.00']], [['¥0.00', '¥100,000.00']], [['¥0.00', '¥100,000.00']]],
        },
      ],
    },
    {
      name: 'a two-year project whose appropriation outgrows the project’s fiscal funds (F-7): lowering it mends both and comes before raising the request, which would leave F-7',
      grid: formGridText({
        endDate: '2025-12-31',
        funds: {
          total: '2,000,000.00',
          totalFiscal: '1,050,000.00',
          totalOther: '950,000.00',
          annual: '1,000,000.00',
          annualFiscal: '1,100,000.00',
          annualCarryover: '0.00',
          annualOther: '0.00',
        },
      }),
      errors: [
        {
          messageId: 'mismatch',
          suggestions: [[['1,100,000.00', '1,000,000.00']], [['1,000,000.00', '1,100,000.00']]],
        },
      ],
    },
    {
      name: 'carry-over forgotten in the total',
      grid: formGridText({
        funds: {
          annual: '1,000,000.00',
          annualFiscal: '1,000,000.00',
          annualCarryover: '50,000.00',
          annualOther: '0.00',
        },
      }),
      errors: [
        {
          messageId: 'mismatch',
          // Raising the request to 1,050,000.00 would exceed the project total: not offered.
          suggestions: [[['1,000,000.00', '950,000.00']], [['50,000.00', '0.00']]],
        },
      ],
    },
  ],
});
