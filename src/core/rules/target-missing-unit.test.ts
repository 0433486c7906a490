import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-missing-unit';

const one = (name: string, value: string) => formGridText({ indicators: [['产出指标', '数量指标', name, value]] });
/** A budget-system export with a 计量单位 column. */
const withUnitColumn = (name: string, value: string, unit: string) =>
  `项目名称 | 设备采购 | < | <\n一级指标 | 三级指标 | 指标值 | 计量单位\n产出指标 | ${name} | ${value} | ${unit}`;

testRule(rule, {
  valid: [
    { grid: one('预算执行率', '≥90(%)') },
    { grid: one('培训时长（小时）', '≥32') },
    { grid: one('课程设置', '合理') },
    { grid: one('举办场次', '=5场次') },
    { name: 'a satisfaction of 0: target-satisfaction-value proposes a whole value', grid: one('学员满意度', '0') },
    { name: 'the 计量单位 column gives the unit', grid: withUnitColumn('采购设备数量', '≥20', '台') },
    {
      name: 'a 计量单位 cell this tool cannot read still gives one',
      grid: withUnitColumn('采购设备数量', '≥20', '台（套）'),
    },
  ],
  invalid: [
    {
      name: 'a 计量单位 cell saying there is none: the unit goes there',
      grid: withUnitColumn('培训人数', '≥20', '/'),
      errors: [{ messageId: 'missing', suggestions: [[['/', '人']]] }],
    },
    {
      name: 'rate without % (2018 预算执行率 ≥90)',
      grid: one('预算执行率', '≥90'),
      errors: [{ messageId: 'missing', actual: '≥90', suggestions: [[['≥90', '≥90(%)']]] }],
    },
    {
      name: 'people count',
      grid: one('在线学习招生人数', '≤150000'),
      errors: [{ messageId: 'missing', suggestions: [[['≤150000', '≤150000(人)']]] }],
    },
    {
      name: 'accident count',
      grid: one('安全事故发生情况', '=0'),
      errors: [{ messageId: 'missing', suggestions: [[['=0', '=0(次)']]] }],
    },
    {
      name: 'no unit can be inferred',
      grid: one('信息共享', '≥90'),
      // No “≥90(单位)” placeholder for the reviewer to copy: the common units named instead.
      errors: [{ messageId: 'missingAny', suggestions: [] }],
    },
    {
      name: 'a physical measure in 度 gets no % example',
      grid: one('室内温度', '≤26'),
      errors: [{ messageId: 'missingAny', suggestions: [] }],
    },
    {
      name: 'a quality up to 100 gets % as the example, not written in (2018 表3 项目管理制度执行的有效性)',
      grid: one('项目管理制度执行的有效性', '≥95'),
      errors: [{ messageId: 'missing', suggestions: [] }],
    },
    {
      name: 'a low satisfaction needs its unit too (an organisation may accept it)',
      grid: one('学员满意度', '≥75'),
      errors: [{ messageId: 'missing', suggestions: [[['≥75', '≥75(%)']]] }],
    },
  ],
});
