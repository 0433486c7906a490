import { form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-satisfaction-value';

const one = (name: string, value: string) =>
  formGridText({ indicators: [['满意度指标', '服务对象满意度指标', name, value]] });

testRule(rule, {
  valid: [
    { grid: one('培训学员满意度', '≥90(%)') },
    { grid: one('系统使用人员满意度', '≥80(%)') },
    { grid: one('投诉数量', '=0(件)') },
    { name: 'an organisation accepting 70', grid: one('学员满意度', '≥70(%)'), options: { min: 70 } },
    {
      name: 'a 计量单位 cell this tool cannot read gives the number a scale it cannot judge',
      grid: '项目名称 | 培训 | < | <\n一级指标 | 三级指标 | 指标值 | 计量单位\n满意度指标 | 学员满意度 | ≥75 | 分（百分制）',
    },
  ],
  invalid: [
    {
      name: 'zero (2018 社会公众或服务对象满意值 0)',
      grid: form2018GridText({ indicators: [['效果目标', '社会公众或服务对象满意值', '0']] }),
      errors: [{ messageId: 'zero', severity: 'error', suggestions: [[['0', '≥90%']]] }],
    },
    {
      name: 'low (2018 在学人员满意度 ≥70.00%)',
      grid: form2018GridText({ indicators: [['效果目标', '在学人员满意度', '≥70.00%']] }),
      errors: [{ messageId: 'low', severity: 'warning', suggestions: [[['≥70.00%', '≥90.00%']]] }],
    },
    {
      name: 'full',
      grid: one('群众满意度', '=100(%)'),
      errors: [{ messageId: 'full', suggestions: [[['=100(%)', '≥90(%)']]] }],
    },
    {
      name: 'an organisation asking for 85 at least, proposing 95',
      grid: one('系统使用人员满意度', '≥80(%)'),
      options: { min: 85, usual: 95 },
      errors: [{ messageId: 'low', suggestions: [[['≥80(%)', '≥95(%)']]] }],
    },
    {
      name: 'the floor above the usual target: the proposal is the floor',
      grid: one('系统使用人员满意度', '≥90(%)'),
      options: { min: 92 },
      errors: [{ messageId: 'low', suggestions: [[['≥90(%)', '≥92(%)']]] }],
    },
  ],
});
