import { formGridText } from '../testing/form-builder';
import type { IndicatorRow } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-format';

const rows = (...values: string[]): IndicatorRow[] =>
  values.map((v, i) => ['产出指标', '数量指标', `指标${i + 1}率`, v]);
const grid = (...values: string[]) => formGridText({ indicators: rows(...values) });

testRule(rule, {
  valid: [
    { name: 'canonical paren style', grid: grid('≥90(%)', '=100(%)') },
    { name: 'glued style of a 2020 form', grid: grid('=100%', '≥90%', '=50场次') },
    { name: 'spaced system export kept', grid: grid('=100.00 (%)', '≥4.00(次)') },
    { name: 'qualitative values untouched', grid: grid('及时', '合理') },
  ],
  invalid: [
    {
      name: 'ASCII operator and glued unit in a paren-style form (issue example)',
      grid: grid('>=90%', '=100(%)', '≥4(次)'),
      errors: [{ messageId: 'normalise', actual: '>=90%' }],
      fixed: [['>=90%', '≥90(%)']],
    },
    {
      name: 'keeps the form’s decimals',
      grid: grid('>=90%', '=100.00(%)', '≥4.00(次)'),
      errors: [{ messageId: 'normalise' }],
      fixed: [['>=90%', '≥90.00(%)']],
    },
    {
      name: '2020 <=100% in a glued form',
      grid: grid('<=100%', '=100%', '>=90%'),
      errors: [{ messageId: 'normalise' }, { messageId: 'normalise' }],
      fixed: [
        ['<=100%', '≤100%'],
        ['>=90%', '≥90%'],
      ],
    },
    {
      name: 'word operator',
      grid: grid('大于等于10000kb'),
      errors: [{ messageId: 'normalise' }],
      fixed: [['大于等于10000kb', '≥10000kb']],
    },
    {
      name: 'full-width characters',
      grid: grid('＞＝９０％', '≥90(%)'),
      errors: [{ messageId: 'normalise' }],
      fixed: [['＞＝９０％', '≥90(%)']],
    },
    {
      name: 'suffix operator',
      grid: grid('95%以上', '≥90(%)'),
      errors: [{ messageId: 'normalise' }],
      fixed: [['95%以上', '≥95(%)']],
    },
    {
      name: 'no operator (2018 人员到位率 100%)',
      grid: grid('100%', '=100%'),
      errors: [{ messageId: 'noOperatorMax', suggestions: [[['100%', '=100%']]] }],
    },
    {
      name: 'no operator below the maximum',
      grid: grid('95%', '=100%'),
      errors: [{ messageId: 'noOperator', suggestions: [[['95%', '=95%']], [['95%', '≥95%']]] }],
    },
    {
      name: 'no operator on a defect: a ceiling is offered',
      grid: grid('15%', '=100%').replace('指标1率', '上线后缺陷率'),
      errors: [{ messageId: 'noOperator', suggestions: [[['15%', '=15%']], [['15%', '≤15%']]] }],
    },
    {
      name: 'a blank 计量单位 column: the unit stays in the value',
      grid: '项目名称 | 设备购置 | < | <\n一级指标 | 三级指标 | 指标值 | 计量单位\n产出指标 | 验收合格率 | >=90% | ',
      errors: [{ messageId: 'normalise' }],
      fixed: [['>=90%', '≥90%']],
    },
    {
      name: 'a 计量单位 column: the value cell keeps no unit',
      grid: '项目名称 | 设备购置 | < | <\n一级指标 | 三级指标 | 指标值 | 计量单位\n产出指标 | 购置设备数量 | >=12 | 台\n产出指标 | 验收合格率 | =100 | %',
      errors: [{ messageId: 'normalise' }],
      fixed: [['>=12', '≥12']],
    },
  ],
});
