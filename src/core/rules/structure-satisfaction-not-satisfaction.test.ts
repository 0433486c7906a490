import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-satisfaction-not-satisfaction';

const sat = (name: string, value: string) =>
  formGridText({ indicators: [['满意度指标', '服务对象满意度指标', name, value]] });

testRule(rule, {
  valid: [{ grid: sat('培训学员满意度', '≥90(%)') }, { grid: sat('运维满意度', '≥90(%)') }],
  invalid: [
    {
      name: '2023 seed 壮大党员队伍',
      grid: sat('壮大党员队伍', '不断吸纳各方面先进分子入党'),
      errors: [{ messageId: 'notSatisfaction', actual: '壮大党员队伍' }],
    },
    {
      name: '2023 seed complaints under 满意度',
      grid: sat('收到涉及技术运维的信访投诉数量', '≤8(件)'),
      errors: [{ messageId: 'notSatisfaction' }],
    },
  ],
});
