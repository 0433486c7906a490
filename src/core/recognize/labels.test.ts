import { isTitle, labelKey, matchLabel, titleYear } from './labels';

describe('matchLabel', () => {
  it.each([
    ['项目名称', 'field', 'projectName'],
    ['项目支出名称', 'field', 'projectName'],
    ['项目名称：', 'field', 'projectName'],
    ['项 目 名 称', 'field', 'projectName'],
    ['计划开始日期：', 'field', 'startDate'],
    ['开始时间', 'field', 'startDate'],
    ['申报单位名称', 'field', 'implementer'],
    ['总目标及阶段性目标：', 'field', 'goalTotal'],
    ['年度绩效目标', 'field', 'goalAnnual'],
    ['项目资金总额', 'amount', 'total'],
    ['年度资金申请总额', 'amount', 'annual'],
    ['其中：当年财政拨款', 'amount', 'annualFiscal'],
    ['项目总预算（元）：', 'amount', 'budgetTotal'],
    ['同名项目上年预算执行数（元）', 'amount', 'lastYearSpent'],
    ['其中：财政资金', 'sided-amount', null],
    ['其他资金', 'sided-amount', null],
    ['一级指标', 'header', 'level1'],
    ['分解目标内容', 'header', 'level1'],
    ['年度(/项目)指标值', 'header', 'target'],
    ['指标值及单位', 'header', 'target'],
    ['绩效 指标', 'header', 'name'],
    ['子项目名称', 'components-header', 'name'],
    ['项目当年投入资金构成', 'components-block', null],
    ['项目 绩效 目标', 'other', null],
    ['备注', 'other', null],
  ])('%s is a %s label', (text, kind, key) => {
    const m = matchLabel(text);
    expect(m?.meaning.kind).toBe(kind);
    if (key && m) expect(Object.values(m.meaning)).toContain(key);
  });

  it.each(['经常性专项业务费', '中共上海市委组织部', '1,842,000.00', '≥90(%)', '', '培训学员满意度'])(
    '%s is not a label',
    (text) => expect(matchLabel(text)).toBeNull(),
  );

  it('reads units and notes in parentheses', () => {
    expect(matchLabel('项目资金 (元)')?.unit).toBe('元');
    expect(matchLabel('项目资金(万元)')?.unit).toBe('万元');
    expect(matchLabel('项目总目标 (2023年 -2023年)')).toMatchObject({ note: '2023年-2023年', unit: null });
  });

  it('splits a label and its value sharing one cell, keeping the prefix for write-back', () => {
    expect(matchLabel('项目名称： 电教远教工作经费')).toMatchObject({
      inlineValue: '电教远教工作经费',
      labelPrefix: '项目名称： ',
    });
    expect(matchLabel('申报单位名称：上海市党建服务中心')).toMatchObject({ inlineValue: '上海市党建服务中心' });
    expect(matchLabel('说明：无')).toBeNull();
  });

  it('normalises label keys', () => expect(labelKey(' 其中：财政资金： ')).toBe('财政资金'));
});

describe('titles', () => {
  it.each([
    ['财政项目支出绩效目标申报表', true],
    ['财政项目支出绩效目标表', true],
    ['上海市财政支出项目绩效目标申报表', true],
    ['上海市党建服务中心2024年度项目绩效目标汇总表', false],
    ['项目名称', false],
  ])('%s → %s', (text, expected) => expect(isTitle(text)).toBe(expected));

  it.each([
    ['(2024年度)', '2024'],
    ['（2020年度）', '2020'],
    ['(2018年)', '2018'],
    ['( 2023 年度 )', '2023'],
    ['2024年度项目', null],
  ])('%s → %s', (text, year) => expect(titleYear(text)).toBe(year));
});
