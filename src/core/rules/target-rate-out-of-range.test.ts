import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-rate-out-of-range';

const one = (name: string, value: string) => formGridText({ indicators: [['产出指标', '质量指标', name, value]] });

testRule(rule, {
  valid: [
    { grid: one('验收合格率', '=100(%)') },
    { grid: one('验收合格率', '≥0(%)') },
    { grid: one('平台访问量增长率', '≥150(%)') },
    { grid: one('内容差错率', '≤3(‰)') },
  ],
  invalid: [
    { name: 'over 100%', grid: one('培训出勤率', '≥950(%)'), errors: [{ messageId: 'outOfRange', actual: '≥950(%)' }] },
    { name: 'negative', grid: one('培训出勤率', '≥-5%'), errors: [{ messageId: 'outOfRange' }] },
    { name: 'over 1000‰', grid: one('内容差错率', '≤1200(‰)'), errors: [{ messageId: 'outOfRange' }] },
  ],
});
