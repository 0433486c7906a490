import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './target-malformed';

const one = (value: string) => formGridText({ indicators: [['产出指标', '数量指标', '培训班次', value]] });
const HEAD = '项目名称 | 培训 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位';
/** A row of a budget-system export: 计算符号 | 指标值 | 计量单位. */
const split = (operator: string, value: string, unit = '次') =>
  `${HEAD}\n产出指标 | 培训班次 | ${operator} | ${value} | ${unit}`;
/** Two rows of an export whose 计算符号 and 计量单位 cells are each merged over both. */
const mergedUnder = (value: string) =>
  `${HEAD}\n产出指标 | 培训班次 | ≥ | 4 | 次\n产出指标 | 讲座场次 | ^ | ${value} | ^`;

testRule(rule, {
  valid: [
    { grid: one('≥4(次)') },
    { grid: one('按期完成') },
    { grid: one('1小时内响应，3小时内抵达现场') },
    { grid: one('') },
    { name: 'the operator written in both places alike', grid: split('≥', '≥4') },
    { name: 'the unit written in both places alike', grid: split('≥', '4(次)') },
    { name: '百分比 in the unit column and % in the value', grid: split('≥', '95%', '百分比') },
    { name: 'a unit the column extends (次 under 次/年)', grid: split('≥', '2次', '次/年') },
    { name: 'a unit column saying there is none', grid: split('≥', '95%', '无') },
    { name: 'a unit column holding a slash', grid: split('≥', '95%', '/') },
    { name: 'a merged unit cell the value repeats', grid: mergedUnder('6(次)') },
    // One unit, spelled or written more fully one way than the other: no contradiction.
    ...(
      [
        ['5个工作日', '工作日'],
        ['95%', '百分率'],
        ['2小时', 'h'],
        ['10日', '天'],
        ['5kb', 'KB'],
        ['5次', '场次'],
        ['95%', '不涉及'],
        ['95%', '定量'],
      ] as const
    ).map(([value, unit]) => ({ name: `${value} under ${unit}`, grid: split('≥', value, unit) })),
  ],
  invalid: [
    { name: 'doubled operator', grid: one('≥≥4(次)'), errors: [{ messageId: 'malformed', actual: '≥≥4(次)' }] },
    { name: 'operator after the number', grid: one('4次≥'), errors: [{ messageId: 'malformed' }] },
    { name: 'operator without number', grid: one('≥(次)'), errors: [{ messageId: 'malformed' }] },
    {
      name: 'the 计算符号 column and the value disagree',
      grid: split('≥', '≤4'),
      errors: [{ messageId: 'conflict', actual: '≤4', severity: 'error' }],
    },
    {
      name: 'the 计量单位 column and the value disagree',
      grid: split('≥', '500(人次)', '场'),
      errors: [{ messageId: 'unitConflict', actual: '500(人次)', severity: 'error' }],
    },
    {
      name: 'yuan in the value under a column of 万元: ten thousand times apart',
      grid: split('≤', '5元', '万元'),
      errors: [{ messageId: 'unitConflict', actual: '5元' }],
    },
    // Another size or another measure: people under 万人, metres under 平方米, points under 分钟.
    ...[
      ['5000人', '万人'],
      ['200米', '平方米'],
      ['90分', '分钟'],
    ].map(([value, unit]) => ({
      name: `${value} under ${unit}`,
      grid: split('≥', value!, unit),
      errors: [{ messageId: 'unitConflict', actual: value }],
    })),
    {
      name: 'yuan under 亿元',
      grid: split('≤', '5(元)', '亿元'),
      errors: [{ messageId: 'unitConflict' }],
    },
    {
      name: 'the operator agrees, the unit does not: the unit is named',
      grid: split('≥', '≥4(场)'),
      errors: [{ messageId: 'unitConflict' }],
    },
    {
      name: 'another operator under a 计算符号 cell merged over several rows',
      grid: mergedUnder('≤6'),
      errors: [{ messageId: 'conflictShared', actual: '≤6' }],
    },
    {
      name: 'another unit under a 计量单位 cell merged over several rows',
      grid: mergedUnder('6(场)'),
      errors: [{ messageId: 'unitConflictShared', actual: '6(场)' }],
    },
  ],
});
