import { DEFAULT_INDICATORS, formGridText } from '../testing/form-builder';
import type { IndicatorRow } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-indicator-count';

const many = (n: number): IndicatorRow[] =>
  Array.from({ length: n }, (_, i) => ['产出指标', '数量指标', `活动${i + 1}场次`, '≥1(次)'] as const);

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { grid: formGridText({ indicators: many(30) }) },
    { name: 'an organisation allowing 40', grid: formGridText({ indicators: many(40) }), options: { max: 40 } },
    {
      name: 'an organisation content with 3 indicators and one output',
      grid: formGridText({ indicators: DEFAULT_INDICATORS.slice(3, 6) }),
      options: { min: 3, minOutputs: 1 },
    },
  ],
  invalid: [
    {
      name: '2024 seed 专户项目经费: 3 rows',
      grid: formGridText({
        indicators: [
          ['产出指标', '数量指标', '工作完成率', '=100.00(%)'],
          ['产出指标', '质量指标', '工作达标率', '=100.00(%)'],
          ['效益指标', '可持续影响指标', '长效管理机制健全性', '建立健全'],
        ],
      }),
      errors: [{ messageId: 'tooFew' }],
    },
    {
      name: 'one output only',
      grid: formGridText({
        indicators: [...DEFAULT_INDICATORS.slice(3), ['效益指标', '社会效益指标', '知晓率', '≥80(%)']],
      }),
      errors: [{ messageId: 'fewOutputs' }],
    },
    {
      name: 'more than 30',
      grid: formGridText({ indicators: many(31) }),
      errors: [{ messageId: 'tooMany', severity: 'info' }],
    },
    {
      name: 'an organisation asking for 8 indicators and 5 outputs',
      grid: formGridText(),
      options: { min: 8, minOutputs: 5 },
      errors: [{ messageId: 'tooFew' }, { messageId: 'fewOutputs' }],
    },
    {
      name: 'an organisation advising at most 20',
      grid: formGridText({ indicators: many(21) }),
      options: { max: 20 },
      errors: [{ messageId: 'tooMany', severity: 'info' }],
    },
  ],
});
