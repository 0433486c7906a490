import { parseGridText } from '../grid-text';
import { check } from '../lint';
import { formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-weight-sum';

/** A form of a province whose template weighs each 三级 (名称 | 指标值 | 权重). */
const weighted = (...rows: [name: string, weight: string][]) =>
  [
    '项目名称 | 文化活动 | < | <',
    '一级指标 | 三级指标 | 指标值 | 权重',
    ...rows.map(([name, weight], i) => `${i < 2 ? '产出指标' : '效益指标'} | ${name} | ≥90(%) | ${weight}`),
  ].join('\n');

testRule(rule, {
  valid: [
    { name: 'no weight column (Shanghai)', grid: formGridText() },
    {
      name: 'weights adding up to 100',
      grid: weighted(['活动完成率', '40'], ['验收合格率', '30'], ['群众满意度', '30']),
    },
    {
      name: 'with % and 分, and decimals',
      grid: weighted(['活动完成率', '33.33%'], ['验收合格率', '33.33分'], ['群众满意度', '33.34']),
    },
    { name: 'a weight column nobody uses', grid: weighted(['活动完成率', ''], ['验收合格率', ''], ['群众满意度', '']) },
  ],
  invalid: [
    {
      name: 'weights adding up to 90',
      grid: weighted(['活动完成率', '40'], ['验收合格率', '30'], ['群众满意度', '20']),
      errors: [{ messageId: 'sum', actual: '90', severity: 'error' }],
    },
    {
      name: 'weights adding up to more than 100, in 分 (a scored template)',
      grid: weighted(['活动完成率', '50分'], ['验收合格率', '40分'], ['群众满意度', '20.5分']),
      errors: [{ messageId: 'sum', actual: '110.5' }],
    },
    {
      name: 'one weight left blank: that row, not the sum, with what is left of 100 to fill in',
      grid: weighted(['活动完成率', '40'], ['验收合格率', ''], ['群众满意度', '30']),
      errors: [{ messageId: 'blank', actual: '', severity: 'warning', suggestions: [[['', '30']]] }],
    },
    {
      name: 'two weights left blank, or nothing left of 100: no number to offer',
      grid: weighted(['活动完成率', '100'], ['验收合格率', ''], ['群众满意度', '']),
      errors: [
        { messageId: 'blank', suggestions: [] },
        { messageId: 'blank', suggestions: [] },
      ],
    },
    {
      name: 'a 权重（%） header with its unit, and a 分值 one',
      grid: weighted(['活动完成率', '40'], ['验收合格率', '30'], ['群众满意度', '20']).replace('| 权重', '| 权重（%）'),
      errors: [{ messageId: 'sum', actual: '90' }],
    },
    {
      grid: weighted(['活动完成率', '40'], ['验收合格率', '30'], ['群众满意度', '20']).replace('| 权重', '| 分值'),
      errors: [{ messageId: 'sum', actual: '90' }],
    },
    {
      name: 'a weight in words',
      grid: weighted(['活动完成率', '四十'], ['验收合格率', '30'], ['群众满意度', '30']),
      errors: [{ messageId: 'notNumber', actual: '四十', severity: 'warning' }],
    },
  ],
});

describe('structure-weight-sum messages', () => {
  it('says the sum and how far it is from 100', () => {
    const [checked] = check(parseGridText(weighted(['活动完成率', '40'], ['验收合格率', '30'], ['群众满意度', '20'])));
    const finding = checked!.findings.find((f) => f.ruleId === 'structure-weight-sum')!;
    expect(finding.message).toBe(
      '本表各三级指标的权重合计为 90，不等于 100（相差 10）：预算系统要求权重合计为 100，否则无法保存，评审也无法据此打分。请调整各指标的权重，使合计为 100。',
    );
  });
});
