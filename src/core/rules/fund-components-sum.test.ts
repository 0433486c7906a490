import { form2018GridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-components-sum';

testRule(rule, {
  valid: [
    { grid: form2018GridText() },
    {
      name: '2018 seed: 1,070,000 + 1,100,000 + 710,000 = 2,880,000',
      grid: form2018GridText({
        budgetTotal: '2880000',
        budgetYear: '2880000',
        components: [
          ['数字互动电视平台运维', '1070000'],
          ['IPTV平台运维', '1100000'],
          ['高清平台云服务', '710000'],
        ],
      }),
    },
    { name: 'no sub-items (无)', grid: form2018GridText({ components: '无' }) },
  ],
  invalid: [
    {
      name: 'one sub-item changed',
      grid: form2018GridText({
        budgetTotal: '10310000',
        budgetYear: '10310000',
        components: [
          ['平台内容建设及学员', '6430000.00'],
          ['系统运维及学习支持', '3800000.00'],
        ],
      }),
      errors: [
        {
          messageId: 'mismatch',
          actual: '10310000',
          suggestions: [[['10310000', '10230000']], [['6430000.00', '6510000.00']], [['3800000.00', '3880000.00']]],
        },
      ],
    },
  ],
});
