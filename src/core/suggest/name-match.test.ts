import {
  bigrams,
  dice,
  isNamed,
  nameKey,
  namesOf,
  nameSimilarity,
  sameIndicator,
  sameIndicatorName,
} from './name-match';

describe('sameIndicatorName', () => {
  // Pairs a reviewer reads as one indicator written two ways.
  it.each([
    ['培训完成率', '培训完成情况'],
    ['参训人数', '参训人员数量'],
    ['运维工作完成及时性', '运维工作完成及时率'],
    ['课程设计、设置', '课程设计、设置情况'],
    ['课程设计和设置', '课程设计、设置'],
    ['“两新”党组织活动数量', '两新党组织活动数'],
    ['系统可用率（正常运行率）', '系统可用率'],
    ['平台运维服务完成率', '运维服务完成率'],
    ['数字电视平台运维服务完成率', '运维服务完成率'],
    ['是否支持政务信息系统整合', '支持政务信息系统整合'],
    ['印发内刊数量', '印发内刊期数'],
    ['全年培训班次', '培训班次'],
    ['培训计划完成度', '培训计划按期完成率'],
    ['长效管理机制有效性', '长效管理里机制有效性'],
    ['培训学员满意度', '学员满意度'],
    ['群众满意度', '党员群众满意度'],
    ['满意度', '满意率'],
    ['安全事故发生次数', '安全事故发生情况'],
    ['培训出勤率', '培训人员出勤率'],
    ['ＢＵＧ出现率', 'bug出现率'],
    ['考务完成量', '考务完成数'],
    ['年度运维报告', '年度运维报告完成数'],
  ])('%s ≈ %s', (a, b) => {
    expect(sameIndicatorName(a, b)).toBe(true);
    expect(sameIndicatorName(b, a)).toBe(true);
  });

  // Pairs that look alike but measure different things (several sit side by side in one seed form).
  it.each([
    ['培训人数', '培训天数'],
    ['培训班次', '培训人次'],
    ['举办基层党建大型活动场次', '举办基层党建小型活动场次'],
    ['两新党建活动及时开展率', '区域化党建活动及时开展率'],
    ['管理人员满意度', '系统使用人员满意度'],
    ['培训学员满意度', '参会人员满意度'],
    ['活动完成率', '大型活动完成及时率'],
    ['工作日故障响应时间', '非工作日故障响应及抵达现场时间'],
    ['课题调研完成率', '课题按时结题率'],
    ['工作质量达标率', '工作完成率'],
    ['学习学时完成率', '学习学时完成及时率'],
    ['活动完成率', '活动完成及时率'],
    ['设施维修完成率', '设施维修质量完成率'],
    ['培训人数', '培训合格人数'],
    ['事业单位审计数', '事业单位审计完成'],
    ['服务对象满意度', '服务对象知晓率'],
    ['设施维修完成率', '设施维修质量达标率'],
    ['满意度', '培训学员满意度'],
    ['采购计划完成率', '采购计划完成时间'],
    ['设备使用率', '设备使用年限'],
    ['活动参与率', '活动参与人次'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameIndicatorName(a, b)).toBe(false);
    expect(sameIndicatorName(b, a)).toBe(false);
  });

  it('is reflexive for any name', () => {
    for (const name of ['率', '数量', 'a', '', '（）', '满意度', '是否'])
      expect(sameIndicatorName(name, name)).toBe(true);
  });
});

describe('library indicators with aliases', () => {
  const service = { name: '运维服务完成率', aliases: ['平台日常维护工作完成率'] };

  it('knows an indicator by its name and by each alias, under any spelling', () => {
    expect(namesOf(service)).toEqual(['运维服务完成率', '平台日常维护工作完成率']);
    expect(namesOf({ name: '巡检次数' })).toEqual(['巡检次数']);
    expect(isNamed(service, '运维服务完成情况')).toBe(true);
    expect(isNamed(service, '平台日常维护工作完成情况')).toBe(true);
    expect(isNamed(service, '运维服务验收达标率')).toBe(false);
  });

  it('takes two entries sharing a name or alias for one indicator', () => {
    expect(sameIndicator(service, { name: '平台日常维护工作完成率' })).toBe(true);
    expect(sameIndicator({ name: '平台日常维护工作完成率' }, service)).toBe(true);
    expect(sameIndicator(service, { name: '巡检次数', aliases: ['设备巡检次数'] })).toBe(false);
  });
});

describe('nameKey', () => {
  it.each([
    ['培训完成率', '培训完成'],
    ['培训完成情况', '培训完成'],
    ['参训人员数量', '参训人员'],
    ['工作质量', '工作质量'],
    ['并发量支持', '并发量支持'],
    ['援派干部培训完成及时性', '援派干部培训完成及时'],
    ['课程设计和设置', '课程设计设置'],
    ['是否支撑基层工作开展', '支撑基层工作开展'],
    ['满意度', '满意'],
    ['数量', '数量'],
    ['＞=９０％', '90'],
  ])('%s → %s', (name, key) => expect(nameKey(name)).toBe(key));

  it('drops bracketed text on request', () => {
    expect(nameKey('系统可用率（正常运行率）', { keepBracketed: false })).toBe('系统可用');
  });
});

describe('bigrams and dice', () => {
  it('counts shared bigrams once each', () => {
    expect(bigrams('培训人')).toEqual(['培训', '训人']);
    expect(bigrams('培')).toEqual(['培']);
    expect(dice(bigrams('参训人'), bigrams('参训人员'))).toBeCloseTo(0.8);
    expect(dice(['aa', 'aa'], ['aa'])).toBeCloseTo(2 / 3);
    expect(dice([], [])).toBe(1);
  });

  it('grades names for ranking', () => {
    expect(nameSimilarity('培训出勤率', '培训出勤率')).toBe(1);
    expect(nameSimilarity('培训出勤率', '会议出勤率')).toBeGreaterThan(nameSimilarity('培训出勤率', '系统可用率'));
  });
});
