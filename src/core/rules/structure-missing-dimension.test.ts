import { DEFAULT_INDICATORS, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-missing-dimension';

const without = (l1: string) => DEFAULT_INDICATORS.filter((r) => r[0] !== l1);

testRule(rule, {
  valid: [
    { grid: formGridText() },
    { name: 'an organisation not asking for cost', grid: formGridText({ year: '2026' }), options: { costFrom: 9999 } },
  ],
  invalid: [
    {
      name: 'no satisfaction (2024 seed 专户项目经费)',
      grid: formGridText({ indicators: without('满意度指标') }),
      errors: [{ messageId: 'satisfaction' }],
    },
    { name: 'no outcome', grid: formGridText({ indicators: without('效益指标') }), errors: [{ messageId: 'outcome' }] },
    { name: 'no output', grid: formGridText({ indicators: without('产出指标') }), errors: [{ messageId: 'output' }] },
    { name: '2025 form without cost', grid: formGridText({ year: '2025' }), errors: [{ messageId: 'cost' }] },
    {
      name: 'an organisation asking for cost from 2024',
      grid: formGridText({ year: '2024' }),
      options: { costFrom: 2024 },
      errors: [{ messageId: 'cost' }],
    },
  ],
});
