import type { Indicator } from '../form';
import type { IndicatorRow } from '../testing/form-builder';
import { buildForm, form2018GridText, formGridText } from '../testing/form-builder';
import type { TargetChange } from './target-change';
import { targetChange } from './target-change';

const row = (row: IndicatorRow): Indicator => buildForm(formGridText({ indicators: [row] })).indicators[0]!;
const completion = (value: string) => row(['产出指标', '时效指标', '培训计划按期完成率', value]);
const count = (value: string) => row(['产出指标', '数量指标', '举办培训班次', value]);
const cost = (value: string) => row(['成本指标', '经济成本指标', '人均培训成本', value]);
const incidents = (value: string) => row(['效益指标', '社会效益指标', '重大故障发生数', value]);
const hours = (value: string) => row(['产出指标', '质量指标', '单次课程时长', value]);
const quality = (value: string) => row(['产出指标', '质量指标', '课件验收合格率', value]);

const cases: [string, Indicator, Indicator, TargetChange][] = [
  ['a rate promised in full, now less', completion('=100(%)'), completion('≥95(%)'), 'weaker'],
  ['a rate floor raised to the full promise', completion('≥95(%)'), completion('=100(%)'), 'stronger'],
  ['the same promise written the 2020 way and the 2024 way', completion('=100%'), completion('=100(%)'), 'same'],
  ['`=20` and `≥20` promise the same twenty', count('=20(次)'), count('≥20(次)'), 'same'],
  ['fewer sessions', count('≥20(次)'), count('≥16(次)'), 'weaker'],
  ['a bare number read as `=`', count('20次'), count('≥18(次)'), 'weaker'],
  ['a cost ceiling raised', cost('≤500(元)'), cost('≤600(元)'), 'weaker'],
  ['a cost ceiling lowered', cost('≤500(元)'), cost('≤450(元)'), 'stronger'],
  ['an incident count allowed to grow from none', incidents('=0(次)'), incidents('≤1(次)'), 'weaker'],
  ['a floor turned into a ceiling: no better or worse to tell', completion('≥95(%)'), completion('≤100(%)'), 'changed'],
  [
    'a unit left out: the number still compares',
    row(['满意度指标', '服务对象满意度指标', '群众满意度', '≥90(%)']),
    row(['满意度指标', '服务对象满意度指标', '群众满意度', '0']),
    'weaker',
  ],
  ['another unit', count('≥20(次)'), count('≥20(场)'), 'changed'],
  ['`=` of a measure with no better side, another number', hours('=2(小时)'), hours('=3(小时)'), 'changed'],
  ['`=` of a measure with no better side, the same number', hours('=2(小时)'), hours('=2(小时)'), 'same'],
  [
    'a ≥ on a measure with no better side still says which way is better',
    hours('≥2(小时)'),
    hours('≥1(小时)'),
    'weaker',
  ],
  ['a number turned into words', quality('=100(%)'), quality('合格'), 'toQualitative'],
  ['an on-time rate turned into time words', completion('=100(%)'), completion('按期完成'), 'toQualitative'],
  [
    'an on-time rate turned into a deadline (a measure still)',
    completion('=100(%)'),
    completion('2024年6月底前'),
    'changed',
  ],
  ['words turned into a number', quality('合格'), quality('=100(%)'), 'toQuantitative'],
  ['the same words, spaced differently', quality('全部 合格'), quality('全部合格'), 'same'],
  ['other words', quality('合格'), quality('优良'), 'changed'],
];

describe('targetChange', () => {
  it.each(cases)('%s', (_, previous, current, expected) => {
    expect(targetChange(previous, current)).toBe(expected);
  });

  it('compares a 2018 row (glued units, no 二级) with a 2024 row', () => {
    const form2018 = buildForm(form2018GridText({ indicators: [['产出目标', '课件制作数量', '≥20部']] }));
    const now = row(['产出指标', '数量指标', '课件制作数量', '≥15(部)']);
    expect(targetChange(form2018.indicators[0]!, now)).toBe('weaker');
  });
});
