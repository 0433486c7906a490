import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-cost-exceeds-budget';

// The default form requests 1,000,000.00 元 this year.
const one = (name: string, value: string) => formGridText({ indicators: [['成本指标', '经济成本指标', name, value]] });

testRule(rule, {
  valid: [
    { grid: one('项目总成本', '≤1000000(元)') },
    { grid: one('项目总成本', '≤100(万元)') },
    { grid: one('成本控制率', '≤100(%)') },
    { grid: one('项目金额', '=5(万元)') },

    {
      name: 'a multi-year project: a whole-project cost within the total',
      grid: formGridText({
        goalTotalLabel: '项目总目标 (2024年-2026年)',
        endDate: '2026-12-31',
        funds: { total: '3,000,000.00', totalFiscal: '3,000,000.00' },
        indicators: [['成本指标', '经济成本指标', '项目总成本', '≤3000000(元)']],
      }),
    },
    {
      name: 'money the project wants to bring in is no cost',
      grid: formGridText({ indicators: [['效益指标', '经济效益指标', '带动社会投资金额', '=1000(万元)']] }),
    },
  ],
  invalid: [
    {
      name: '万元 over the budget',
      grid: one('项目总成本', '≤120(万元)'),
      errors: [{ messageId: 'exceeds', actual: '≤120(万元)' }],
    },
    { name: '元 over the budget', grid: one('运维总成本', '≤1000000.01(元)'), errors: [{ messageId: 'exceeds' }] },
  ],
});
