import { DEFAULT_INDICATORS, form2018GridText, formGridText } from '../testing/form-builder';
import type { IndicatorRow } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './structure-empty-row';

const row = (i: number): IndicatorRow => DEFAULT_INDICATORS[i]!;
const quantity = row(0);
const quality = row(2);
const timeliness = row(3);
const social = row(4);
const sustainable = row(5);
const satisfaction = row(6);
/** An empty row under the same 一级/二级 as the given row. */
const emptyUnder = ([level1, level2]: IndicatorRow): IndicatorRow => [level1, level2, '', ''];

testRule(rule, {
  valid: [
    { name: 'every row filled', grid: formGridText() },
    {
      name: 'a blank template (no indicator yet): the count rule speaks for it',
      grid: formGridText({ indicators: [emptyUnder(quantity), emptyUnder(quality), emptyUnder(satisfaction)] }),
    },
    {
      name: 'a row with a name but no value is an indicator without a target (target-empty), not an empty row',
      grid: formGridText({ indicators: [...DEFAULT_INDICATORS, ['产出指标', '时效指标', '培训完成及时率', '']] }),
    },
  ],
  invalid: [
    {
      name: 'a 二级 the template lists and the form left empty',
      grid: formGridText({ indicators: [quantity, quality, emptyUnder(timeliness), social, satisfaction] }),
      errors: [{ messageId: 'emptyBlock', actual: '', severity: 'warning' }],
    },
    {
      name: 'padding: an empty row below a filled one of the same 二级 (merged 二级 cell)',
      grid: formGridText({ indicators: [quantity, emptyUnder(quantity), quality, timeliness, social, satisfaction] }),
      errors: [{ messageId: 'padding', severity: 'info' }],
    },
    {
      name: 'the template’s rows as a person leaves them half-filled: one empty 二级, one padding row',
      grid: formGridText({
        indicators: [quantity, quality, emptyUnder(quality), timeliness, social, emptyUnder(sustainable), satisfaction],
      }),
      errors: [
        { messageId: 'emptyBlock', severity: 'warning' },
        { messageId: 'padding', severity: 'info' },
      ],
    },
    {
      name: '2018 form: the block is the 一级 (no 二级 column)',
      grid: form2018GridText({
        indicators: [
          ['产出目标', '课件制作数量', '≥20部'],
          ['效果目标', '', ''],
        ],
      }),
      errors: [{ messageId: 'emptyBlock' }],
    },
  ],
});
