import { canonicalLevel2, dimensionOf, isCategoryLabel, level1Entry } from './levels';
import { buildForm, form2018GridText, formGridText } from './testing/form-builder';

describe('canonical levels (domain-rules §1.4)', () => {
  it.each([
    ['数量', null, '数量指标'],
    ['产出进度', null, '时效指标'],
    ['服务对象满意度 指标', null, '服务对象满意度指标'],
    ['社会公众或服务对象满意度指标', null, '服务对象满意度指标'],
    ['环境效益', null, '生态效益指标'],
    ['长效管理', null, '可持续影响指标'],
    ['成本指标', '产出指标', '成本指标'],
    ['成本指标', '成本指标', '经济成本指标'],
    ['产出效果', null, null],
    ['产出数量指标', null, '数量指标'],
    ['产出时效指标', null, '时效指标'],
    ['生态环境效益指标', null, '生态效益指标'],
    ['社会公众满意度指标', null, '服务对象满意度指标'],
  ])('%s (under %s) → %s', (text, level1, expected) => expect(canonicalLevel2(text, level1)).toBe(expected));

  it.each([
    ['产出指标', '产出指标'],
    ['效果目标', '效果目标'],
    ['投入和管理目标', '投入与管理'],
    ['工作指标', null],
  ])('一级 %s → %s', (text, expected) => expect(level1Entry(text)?.canonical ?? null).toBe(expected));

  it('recognises category labels written as indicators', () => {
    expect(isCategoryLabel('质量目标')).toBe(true);
    expect(isCategoryLabel('培训出勤率')).toBe(false);
  });

  it('derives the dimension of 2023 and 2018 rows', () => {
    const modern = buildForm(formGridText());
    expect(modern.indicators.map(dimensionOf)).toEqual([
      'output',
      'output',
      'output',
      'output',
      'outcome',
      'outcome',
      'satisfaction',
    ]);
    const old = buildForm(
      form2018GridText({
        indicators: [
          ['投入和管理目标', '预算执行率', '≥90%'],
          ['效果目标', '在学人员满意度', '≥90%'],
          ['效果目标', '社会效益目标', '平台正常运行'],
          ['影响力目标', '市管干部覆盖率', '=100%'],
        ],
      }),
    );
    expect(old.indicators.map(dimensionOf)).toEqual(['management', 'satisfaction', 'outcome', 'outcome']);
  });
});
