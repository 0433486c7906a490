import { isCapName, isCostName, isCountName, isDefectName, isRateName } from './name-kind';

describe('indicator name kinds', () => {
  it.each([
    ['安全事故发生次数', true],
    ['系统各功能模块上线后bug出现率', true],
    ['有责投诉率', true],
    ['卫生脏乱超过1小时未清理次数', true],
    ['平台故障处置率', false],
    ['工作日故障响应时间', false],
    ['承诺年度系统无安全事故运行时间', false],
    ['培训出勤率', false],
  ])('defect: %s → %s', (name, expected) => expect(isDefectName(name)).toBe(expected));

  it.each([
    ['人均培训成本', true],
    ['运维总成本', true],
    ['政府采购节支率', false],
    ['相关支出标准符合财政规定', false],
  ])('cost: %s → %s', (name, expected) => expect(isCostName(name)).toBe(expected));

  it.each([
    ['课题调研完成率', true],
    ['培训学员满意度', true],
    ['培训计划完成度', true],
    ['年度', false],
    ['信息化程度', false],
  ])('rate: %s → %s', (name, expected) => expect(isRateName(name)).toBe(expected));

  it('counts and caps', () => {
    expect(isCountName('在线学习招生人数')).toBe(true);
    expect(isCountName('课程设置')).toBe(false);
    expect(isCapName('参会人数上限')).toBe(true);
  });
});
