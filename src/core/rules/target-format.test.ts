import { formGridText } from '../testing/form-builder';
import type { IndicatorRow } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-format';

const rows = (...values: string[]): IndicatorRow[] =>
  values.map((v, i) => ['产出指标', '数量指标', `指标${i + 1}率`, v]);
const grid = (...values: string[]) => formGridText({ indicators: rows(...values) });
/** A budget-system export: operator, value and unit each in a column of its own. */
const columns = (header: string, ...rows: string[]) =>
  `项目名称 | 文化活动 | < | < | <\n一级指标 | 三级指标 | ${header} | 指标值 | 度量单位\n${rows.join('\n')}`;

testRule(rule, {
  valid: [
    { name: 'canonical paren style', grid: grid('≥90(%)', '=100(%)') },
    { name: 'glued style of a 2020 form', grid: grid('=100%', '≥90%', '=50场次') },
    { name: 'spaced system export kept', grid: grid('=100.00 (%)', '≥4.00(次)') },
    { name: 'qualitative values untouched', grid: grid('及时', '合理') },
    {
      name: 'operator and unit in their own columns, the pick list’s spelling kept',
      grid: columns('计算符号', '产出指标 | 举办活动场次 | ≥ | 20 | 场次', '产出指标 | 验收合格率 | 大于等于 | 95 | %'),
    },
    {
      name: 'an operator and a unit written once for several rows, in cells merged over them',
      grid: columns(
        '计算符号',
        '产出指标 | 举办活动场次 | ≥ | 20 | 场次',
        '产出指标 | 参与人次 | ^ | 500 | 人次',
        '产出指标 | 验收合格率 | = | 100 | %',
        '产出指标 | 设施完好率 | ≥ | 95 | ^',
      ),
    },
    {
      name: 'a unit the 计量单位 cell does not say, nor contradict, stays in the value: the column is not shortened',
      grid: columns('计算符号', '产出指标 | 举办活动场次 | ≥ | 20场次 | 次', '产出指标 | 参训人数 | ≥ | 300人 | 人次'),
    },
    {
      name: 'a 指标性质 column: 定性 beside a qualitative value, ＝ beside a number',
      grid: columns('指标性质', '效益指标 | 群众文化生活 | 定性 | 有效丰富 | ', '产出指标 | 验收合格率 | ＝ | 100 | %'),
    },
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
      errors: [{ messageId: 'operatorInWords' }],
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
      errors: [{ messageId: 'operatorInWords' }],
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
    {
      name: 'an empty 计算符号 cell: the missing operator goes into it, the value and unit cells stay',
      grid: columns('计算符号', '产出指标 | 举办活动场次 |  | 20 | 场次', '产出指标 | 验收合格率 |  | 100 | %'),
      errors: [
        { messageId: 'noOperator', actual: '20', suggestions: [[['', '=']], [['', '≥']]] },
        { messageId: 'noOperatorMax', actual: '100', suggestions: [[['', '=']]] },
      ],
    },
    {
      name: 'an empty 计算符号 cell merged over two rows: the missing operator goes into each value, not the shared cell',
      grid: columns('计算符号', '产出指标 | 举办活动场次 |  | 20 | 场次', '产出指标 | 参与人次 | ^ | 500 | 人次'),
      errors: [
        { messageId: 'noOperator', actual: '20', suggestions: [[['20', '=20']], [['20', '≥20']]] },
        { messageId: 'noOperator', actual: '500', suggestions: [[['500', '=500']], [['500', '≥500']]] },
      ],
    },
    {
      name: 'a 指标性质 column of directions is no place for an operator: it goes into the value',
      grid: columns('指标性质', '产出指标 | 举办活动场次 | 正向指标 | 20 | 场次', '产出指标 | 验收合格率 |  | 100 | %'),
      errors: [
        { messageId: 'noOperator', suggestions: [[['20', '=20']], [['20', '≥20']]] },
        { messageId: 'noOperatorMax', suggestions: [[['100', '=100']]] },
      ],
    },
    {
      name: 'an operator column: the value cell is styled without it',
      grid: columns('计算符号', '产出指标 | 举办活动场次 | ≥ | 20次 | ', '产出指标 | 验收合格率 | = | 100 | %'),
      errors: [{ messageId: 'normalise', actual: '20次' }],
      fixed: [['20次', '20(次)']],
    },
    {
      name: 'a 计量单位 cell that says the unit more fully keeps its words: 次/年 stays, the value drops its 次',
      grid: columns(
        '计算符号',
        '产出指标 | 设备巡检次数 | ≥ | 2次 | 次/年',
        '产出指标 | 故障响应时长 | ≤ | 5个工作日 | 工作日',
        '产出指标 | 验收合格率 | = | 100% | 百分比',
      ),
      errors: [
        { messageId: 'normalise', actual: '2次', expected: ['≥2次/年'] },
        { messageId: 'normalise', actual: '5个工作日', expected: ['≤5工作日'] },
        { messageId: 'normalise', actual: '100%', expected: ['=100%'] },
      ],
      fixed: [
        ['2次', '2'],
        ['5个工作日', '5'],
        ['100%', '100'],
      ],
    },
    {
      name: 'a value that says the unit more fully moves it into the 计量单位 cell',
      grid: columns('计算符号', '产出指标 | 设备巡检次数 | ≥ | 2次/年 | 次', '产出指标 | 验收合格率 | = | 100 | %'),
      errors: [{ messageId: 'normalise', actual: '2次/年' }],
      fixed: [
        ['2次/年', '2'],
        ['次', '次/年'],
      ],
    },
    {
      name: 'a 计量单位 cell this tool cannot read is never written over: the unit stays in the value',
      grid: columns('计算符号', '产出指标 | 采购设备数量 | ≥ | 20台 | 台（套）', '产出指标 | 验收合格率 | = | 100 | %'),
      errors: [{ messageId: 'normalise', actual: '20台', expected: ['≥20(台)'] }],
      fixed: [['20台', '20(台)']],
    },
  ],
});
