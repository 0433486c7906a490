import {
  isCapName,
  isCostName,
  isCountName,
  isDefectName,
  isPositiveRateName,
  isRateName,
  isResponseTimeName,
  isSatisfactionName,
} from './name-kind';

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

describe('name kinds found in review', () => {
  it.each([
    ['安全事故应急演练次数', false],
    ['投诉受理及时率', false],
    ['违规行为查处率', false],
    ['数据错误率', true],
    ['人员流动率', true],
    ['设备返修率', true],
    ['项目延期率', true],
    ['不满意率', true],
    ['报修超时次数', true],
    ['重大故障发生数', true],
    ['收到涉及技术运维的信访投诉数量', true],
  ])('defect: %s → %s', (name, expected) => expect(isDefectName(name)).toBe(expected));

  it.each([
    ['验收合格率', true],
    ['培训出勤率', true],
    ['平台故障处置率', true],
    ['数据错误率', false],
    ['不满意率', false],
    ['成本控制率', false],
  ])('positive rate: %s → %s', (name, expected) => expect(isPositiveRateName(name)).toBe(expected));

  it('tells satisfaction from dissatisfaction', () => {
    expect(isSatisfactionName('培训学员满意度')).toBe(true);
    expect(isSatisfactionName('不满意率')).toBe(false);
  });

  it('knows response times', () => {
    expect(isResponseTimeName('工作日故障响应时间')).toBe(true);
    expect(isResponseTimeName('年度服务可用时间')).toBe(false);
  });
});

describe('name kinds found in the second review', () => {
  it.each([
    ['流动人口服务覆盖率', false],
    ['水土流失治理率', false],
    ['投诉热线接通率', false],
    ['故障诊断准确率', false],
    ['事故救援人数', false],
    ['未完成率', true],
    ['不及时率', true],
    ['逾期未办结率', true],
    ['负面舆情数量', true],
    ['客户流失率', true],
  ])('defect: %s → %s', (name, expected) => expect(isDefectName(name)).toBe(expected));

  it.each([
    ['巡检频率', false],
    ['工作效率', false],
    ['课题完成率（%）', true],
  ])('rate: %s → %s', (name, expected) => expect(isRateName(name)).toBe(expected));

  it('does not take money the project wants as a cost', () => {
    expect(isCostName('补贴发放金额')).toBe(false);
    expect(isCostName('带动社会投资金额')).toBe(false);
    expect(isCostName('单场活动成本')).toBe(true);
  });
});
