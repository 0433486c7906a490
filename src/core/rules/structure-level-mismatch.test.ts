import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-level-mismatch';

const one = (l1: string, l2: string) => formGridText({ indicators: [[l1, l2, '培训学员满意度', '≥90(%)']] });

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { grid: one('满意度指标', '服务对象满意度 指标') },
    { grid: one('产出指标', '成本指标') },
    { grid: one('成本指标', '经济成本指标') },
    { grid: form2018GridText({ indicators: [['效果目标', '满意度目标', '≥90%']] }) },
  ],
  invalid: [
    {
      name: '2018 seed 满意度目标 under 影响力目标',
      grid: form2018GridText({ indicators: [['影响力目标', '满意度目标', '用户满意度达90%']] }),
      errors: [{ messageId: 'wrongParent', actual: '满意度目标' }],
    },
    {
      name: 'satisfaction under 效益',
      grid: one('效益指标', '服务对象满意度指标'),
      errors: [{ messageId: 'wrongParent' }],
    },
    { name: 'unknown 二级', grid: one('产出指标', '产出效果'), errors: [{ messageId: 'unknownLevel2' }] },
    { name: 'unknown 一级', grid: one('工作指标', '数量指标'), errors: [{ messageId: 'unknownLevel1' }] },
  ],
});
