import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-single-year-total';

const differing = { total: '3,000,000.00', totalFiscal: '3,000,000.00' };

testRule(rule, {
  valid: [
    { grid: formGridText() },
    {
      name: 'multi-year project: cumulative total (F-6)',
      grid: formGridText({
        goalTotalLabel: '项目总目标 (2024年-2026年)',
        startDate: '2024-01-01',
        endDate: '2026-12-31',
        funds: differing,
      }),
    },
  ],
  invalid: [
    {
      name: 'one-year project with a larger total',
      grid: formGridText({ funds: differing }),
      errors: [
        {
          messageId: 'differs',
          actual: '3,000,000.00',
          suggestions: [
            [
              ['3,000,000.00', '1,000,000.00'],
              ['3,000,000.00', '1,000,000.00'],
            ],
          ],
        },
      ],
    },
  ],
});
