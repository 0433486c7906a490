// Targets of user library entries go through the engine's parser: canonical when fine, a clear reason when not.
import fc from 'fast-check';
import { parseTarget } from '../core/values/target';
import { checkTarget } from './indicator-check';

describe('checkTarget', () => {
  it.each([
    ['培训出勤率', '>=95%', '', null, { target: '≥95%', unit: '%', direction: 'higher' }],
    ['培训出勤率', '≥95(%)', '', null, { target: '≥95%', unit: '%', direction: 'higher' }],
    ['培训出勤率', '不低于95%', '', null, { target: '≥95%', unit: '%', direction: 'higher' }],
    ['培训出勤率', '≥95', '%', null, { target: '≥95%', unit: '%', direction: 'higher' }],
    ['培训出勤率', '≥95', '百分比', 'higher', { target: '≥95%', unit: '%', direction: 'higher' }],
    ['故障响应时间', '<=30分钟', '', null, { target: '≤30分钟', unit: '分钟', direction: 'lower' }],
    ['安全事故发生次数', '=0(次)', '', null, { target: '=0次', unit: '次', direction: 'lower' }],
    ['举办培训班次', '=12次', '次', null, { target: '=12次', unit: '次', direction: 'higher' }],
    ['设备巡检次数', '≥2次', '次/年', null, { target: '≥2次/年', unit: '次/年', direction: 'higher' }],
    ['设备巡检次数', '≥2次/年', '次', null, { target: '≥2次/年', unit: '次/年', direction: 'higher' }],
    ['故障处置时长', '≤5个工作日', '工作日', null, { target: '≤5工作日', unit: '工作日', direction: 'lower' }],
    ['课程设置', '合理', '', null, { target: '合理', unit: '', direction: 'qualitative' }],
    ['课程设置', '合理', '', 'qualitative', { target: '合理', unit: '', direction: 'qualitative' }],
    ['系统上线时间', '12月底前', '', null, { target: '12月底前', unit: '', direction: 'qualitative' }],
  ] as const)('%s %s (%s, %s) is fine', (name, target, unit, direction, expected) => {
    expect(checkTarget(name, target, unit, direction)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['培训出勤率', '', '', null, /为空/],
    ['培训出勤率', '≥**%', '', null, /占位/],
    ['培训出勤率', '>=>=95%', '', null, /比较符号重复/],
    ['培训出勤率', '约95%', '', null, /约数/],
    ['培训出勤率', '95%', '', null, /缺少比较符号/],
    ['培训出勤率', '≥95', '', null, /没有计量单位/],
    ['培训出勤率', '≥95%', '次', null, /不一致/],
    ['人均培训成本', '≤500元', '万元', null, /不一致/],
    ['服务人数', '≥5000人', '万人', null, /不一致/],
    ['参训人数', '≥300人', '人次', null, /不一致/],
    ['采购设备数量', '≥20', '台（套）', null, /无法识别/],
    ['采购设备数量', '≥20台', '台（套）', null, /无法识别/],
    ['培训出勤率', '≥95%', '', 'lower', /矛盾/],
    ['培训出勤率', '≥95%', '', 'qualitative', /定性/],
    ['课程设置', '合理', '', 'higher', /定性的文字/],
    ['学员能力', '进一步提升', '', null, /只说了方向/],
    ['考务完成量', '考务完成量≥1500人次', '', null, /夹带了文字/],
  ] as const)('%s %s (%s, %s) is refused', (name, target, unit, direction, message) => {
    const result = checkTarget(name, target, unit, direction);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.zh).toMatch(message);
      expect(result.en).toMatch(/[a-z]/);
    }
  });

  it('gives back targets the parser reads as what was checked, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.constantFrom('', '%', '次'), (target, unit) => {
        const result = checkTarget('指标', target, unit);
        if (!result.ok) return;
        const again = parseTarget(result.value.target);
        if (result.value.direction === 'qualitative') expect(['qualitative', 'time']).toContain(again.kind);
        else expect(again).toMatchObject({ kind: 'quantitative', unit: result.value.unit });
      }),
    );
  });
});
