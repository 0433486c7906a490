import { formGridText } from '../testing/form-builder';
import { testRule } from '../testing/rule-tester';
import rule from './date-deadline-outside-period';

const one = (value: string, endDate = '2024-12-31') =>
  formGridText({ endDate, indicators: [['产出指标', '时效指标', '培训开班及时性', value]] });

testRule(rule, {
  valid: [
    { grid: one('10月前') },
    { grid: one('12月底前') },
    { grid: one('分别4月底及12月底前完成') },
    { grid: one('2024年12月31日前') },
    { grid: one('及时') },
    { grid: one('6月底前', '2024-06-30') },
  ],
  invalid: [
    { name: 'next year', grid: one('2025年3月底前'), errors: [{ messageId: 'afterEnd', actual: '2025年3月底前' }] },
    { name: 'after a mid-year end', grid: one('12月底前', '2024-06-30'), errors: [{ messageId: 'afterEnd' }] },
  ],
});
