import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule, { stripHtml } from './text-html-remnant';

describe('stripHtml', () => {
  it.each([
    ['<p>保障平台稳定运行。</p>', '保障平台稳定运行。'],
    ['第一段<br/>第二段', '第一段\n第二段'],
    ['A&nbsp;&amp;&nbsp;B', 'A & B'],
    ['<p class="x">文字</p>', '文字'],
    ['<p>一是服务。</p> <p>二是开发。</p>', '一是服务。\n二是开发。'],
    ['≥90(%)', '≥90(%)'],
    ['&lt;p&gt;完成培训&lt;/p&gt;', '完成培训'],
    ['&amp;nbsp;A', 'A'],
    ['<div>一</div><div>二</div>', '一\n二'],
  ])('%s', (input, output) => expect(stripHtml(input)).toBe(output));
});

testRule(rule, {
  valid: [{ grid: formGridText() }, { grid: formGridText({ goalAnnual: '满意度≥90%，投诉<5%' }) }],
  invalid: [
    {
      name: '2023/2024 seed <p> in goal texts',
      grid: formGridText({ goalTotal: '<p>保障系统稳定运行。</p>', goalAnnual: '<p>保障系统稳定运行。</p>' }),
      errors: [{ messageId: 'html' }, { messageId: 'html' }],
      fixed: [
        ['<p>保障系统稳定运行。</p>', '保障系统稳定运行。'],
        ['<p>保障系统稳定运行。</p>', '保障系统稳定运行。'],
      ],
    },
    {
      name: 'label and value in one cell keep the label',
      grid: '项目名称：<p>党建经费</p> | 项目类别：特定目标类\n一级指标 | 三级指标\n产出指标 | 培训班次',
      errors: [{ messageId: 'html' }],
      fixed: [['项目名称：<p>党建经费</p>', '项目名称：党建经费']],
    },
  ],
});
