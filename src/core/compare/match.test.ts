import type { IndicatorRow } from '../testing/form-builder';
import { buildForm, formGridText } from '../testing/form-builder';
import { matchIndicators } from './match';

const form = (indicators: IndicatorRow[]) => buildForm(formGridText({ indicators }));
const names = (inds: readonly { name: string }[]) => inds.map((i) => i.name);

describe('matchIndicators', () => {
  it('keeps rows of the same name under another spelling, drops and adds the rest', () => {
    const previous = form([
      ['产出指标', '数量指标', '举办培训班次', '≥4(次)'],
      ['产出指标', '质量指标', '培训出勤率', '≥95(%)'],
      ['满意度指标', '服务对象满意度指标', '学员培训满意度', '≥90(%)'],
    ]);
    const current = form([
      ['产出指标', '数量指标', '举办培训班次数', '≥5(次)'],
      ['产出指标', '数量指标', '培训人次', '≥200(人次)'],
      ['满意度指标', '服务对象满意度指标', '培训学员满意度', '≥90(%)'],
    ]);
    const m = matchIndicators(previous, current);
    expect(m.kept.map((k) => [k.previous.name, k.current.name])).toEqual([
      ['举办培训班次', '举办培训班次数'],
      // Reworded, in the same dimension: one satisfaction measure.
      ['学员培训满意度', '培训学员满意度'],
    ]);
    expect(names(m.dropped)).toEqual(['培训出勤率']);
    expect(names(m.added)).toEqual(['培训人次']);
  });

  it('does not join alike names of different dimensions', () => {
    const previous = form([['产出指标', '质量指标', '课程验收合格率', '=100(%)']]);
    const current = form([['满意度指标', '服务对象满意度指标', '课程验收满意度', '≥90(%)']]);
    const m = matchIndicators(previous, current);
    expect(m.kept).toEqual([]);
    expect(names(m.dropped)).toEqual(['课程验收合格率']);
  });

  it('joins two names of one library indicator (its aliases)', () => {
    const previous = form([['产出指标', '数量指标', '平台日常维护工作完成率', '=100(%)']]);
    const current = form([['产出指标', '数量指标', '运维服务完成率', '=100(%)']]);
    expect(matchIndicators(previous, current).kept).toEqual([]);
    const library = [{ name: '运维服务完成率', aliases: ['平台日常维护工作完成率'] }];
    expect(names(matchIndicators(previous, current, library).kept.map((k) => k.previous))).toEqual([
      '平台日常维护工作完成率',
    ]);
  });

  it('matches each row once, the exact name first', () => {
    const previous = form([
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90(%)'],
      ['满意度指标', '服务对象满意度指标', '培训学员满意度', '≥95(%)'],
    ]);
    const current = form([['满意度指标', '服务对象满意度指标', '培训学员满意度', '≥95(%)']]);
    const m = matchIndicators(previous, current);
    expect(m.kept.map((k) => k.previous.target)).toEqual(['≥95(%)']);
    expect(names(m.dropped)).toEqual(['学员满意度']);
  });
});
