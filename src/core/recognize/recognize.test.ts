import { parseGridText } from '../grid-text';
import { recognize } from '.';

const one = (text: string) => {
  const forms = recognize(parseGridText(text));
  expect(forms).toHaveLength(1);
  return forms[0]!;
};

describe('recognize', () => {
  it('reads another province’s variant: other labels, amounts in 万元, an extra 绩效标准 column', () => {
    const form = one(`
> 项目支出绩效目标申报表
项目支出名称 | 乡村文化活动补助 | 主管部门 | 县文化和旅游局 | <
实施单位 | 县文化馆 | 项目类别 | 特定目标类 | <
资金总额(万元) | 164万元 | 年度资金总额 | 164.00 | <
其中：财政拨款 | 150.00 | 其中：财政拨款 | 150.00 | <
其他资金 | 14.00 | 其他资金 | 14.00 | <
一级指标 | 二级指标 | 三级指标 | 指标值及单位 | 绩效标准
产出指标 | 数量指标 | 举办文化活动场次 | ≥20场次 | 计划标准
^ | 质量指标 | 活动验收合格率 | 100% | 计划标准
效益指标 | 社会效益指标 | 群众参与人次 | ≥5000人次 | 历史标准
满意度指标 | 社会公众或服务对象满意度指标 | 群众满意度 | ≥90% | 行业标准
`);
    expect(form.template).toBe('generic');
    expect(form.fields.projectName?.text).toBe('乡村文化活动补助');
    expect(form.fields.department?.text).toBe('县文化和旅游局');
    expect(form.funds.unit).toBe('万元');
    expect(form.funds.total?.fen).toBe(164_0000_00);
    expect(form.funds.annual?.fen).toBe(164_0000_00);
    expect(form.funds.totalFiscal?.fen).toBe(150_0000_00);
    expect(form.funds.annualFiscal?.fen).toBe(150_0000_00);
    expect(form.funds.totalOther?.fen).toBe(14_0000_00);
    expect(form.funds.annualOther?.fen).toBe(14_0000_00);
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual([
      ['产出指标', '数量指标', '举办文化活动场次', '≥20场次'],
      ['产出指标', '质量指标', '活动验收合格率', '100%'],
      ['效益指标', '社会效益指标', '群众参与人次', '≥5000人次'],
      ['满意度指标', '社会公众或服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
  });

  it('combines a separate 计量单位 column with the value', () => {
    const form = one(`
项目名称 | 设备购置 | < | <
一级指标 | 三级指标 | 指标值 | 计量单位
产出指标 | 购置设备数量 | =12 | 台
`);
    expect(form.indicators[0]!.value).toMatchObject({ kind: 'quantitative', op: '=', number: 12, unit: '台' });
    expect(form.indicators[0]!.target).toBe('=12');
  });

  it('reads a budget-system export: the operator in a 计算符号 column, the unit in a 度量单位 one', () => {
    const form = one(`
项目名称 | 文化活动 | < | < | <
一级指标 | 三级指标 | 计算符号 | 指标值 | 度量单位
产出指标 | 举办活动场次 | ≥ | 20 | 场次
产出指标 | 验收合格率 | 大于等于 | 95 | %
产出指标 | 故障响应时间 | ≤ | ≤30 | 分钟
效益指标 | 群众文化生活 | 定性 | 有效丰富 |
`);
    expect(form.indicators.map((i) => [i.operatorText, i.target, i.unitText])).toEqual([
      ['≥', '20', '场次'],
      ['大于等于', '95', '%'],
      ['≤', '≤30', '分钟'],
      ['定性', '有效丰富', ''],
    ]);
    expect(form.indicators.map((i) => i.value)).toMatchObject([
      { kind: 'quantitative', op: '≥', number: 20, unit: '场次' },
      { kind: 'quantitative', op: '≥', number: 95, unit: '%' },
      // An operator written in the value too is read once.
      { kind: 'quantitative', op: '≤', number: 30, unit: '分钟' },
      { kind: 'qualitative', text: '有效丰富' },
    ]);
    expect(form.indicators[0]!.operatorCell).toEqual(expect.objectContaining({ col: 2 }));
  });

  it('takes 指标性质 for the operator column where it holds one, and nothing from it where it does not', () => {
    const form = one(`
项目名称 | 文化活动 | < | < | <
一级指标 | 三级指标 | 指标性质 | 指标值 | 计量单位
产出指标 | 举办活动场次 | ＞ | 20 | 场次
产出指标 | 验收合格率 | 正向指标 | =95 | %
`);
    expect(form.indicators.map((i) => i.value)).toMatchObject([
      { kind: 'quantitative', op: '>', number: 20 },
      { kind: 'quantitative', op: '=', number: 95 },
    ]);
  });

  it('prefers a 计算符号 column to a 指标性质 one, and reads nothing from a 指标性质 without operators', () => {
    const both = one(`
项目名称 | 文化活动 | < | < | < | <
一级指标 | 三级指标 | 指标性质 | 计算符号 | 指标值 | 计量单位
产出指标 | 举办活动场次 | 定量 | ≥ | 20 | 场次
`);
    expect(both.indicators[0]!).toMatchObject({ operatorText: '≥', value: { op: '≥', number: 20 } });
    expect(both.indicators[0]!.operatorCell).toEqual(expect.objectContaining({ col: 3 }));
    const direction = one(`
项目名称 | 文化活动 | < | < | <
一级指标 | 三级指标 | 指标性质 | 指标值 | 计量单位
产出指标 | 举办活动场次 | 正向指标 | 20 | 场次
产出指标 | 验收合格率 |  | 95 | %
`);
    expect(direction.indicators.map((i) => [i.operatorCell, i.operatorText, i.value.kind])).toEqual([
      [null, null, 'quantitative'],
      [null, null, 'quantitative'],
    ]);
  });

  it('reads an operator or unit cell merged over several rows for each row, and takes it as none’s own', () => {
    const form = one(`
项目名称 | 文化活动 | < | < | <
一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位
产出指标 | 验收合格率 | ≥ | 95 | %
产出指标 | 设施完好率 | ^ | 98 | ^
产出指标 | 举办活动场次 | = | 20 | 场次
`);
    expect(form.indicators.map((i) => [i.operatorText, i.unitText, i.operatorCell, i.unitCell])).toEqual([
      ['≥', '%', null, null],
      ['≥', '%', null, null],
      ['=', '场次', expect.objectContaining({ row: 4, col: 2 }), expect.objectContaining({ row: 4, col: 4 })],
    ]);
    expect(form.indicators.map((i) => i.value)).toMatchObject([
      { kind: 'quantitative', op: '≥', number: 95, unit: '%' },
      { kind: 'quantitative', op: '≥', number: 98, unit: '%' },
      { kind: 'quantitative', op: '=', number: 20, unit: '场次' },
    ]);
  });

  it('takes the cells of an indicator two grid rows tall (a split 备注 column) as its own', () => {
    const form = one(`
项目名称 | 文化活动 | < | < | < | <
一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位 | 备注
产出指标 | 设施完好率 | ≤ | 95 | % | 甲
^ | ^ | ^ | ^ | ^ | 乙
`);
    expect(form.indicators.map((i) => [i.operatorCell, i.unitCell])).toEqual([
      [expect.objectContaining({ row: 2, col: 2 }), expect.objectContaining({ row: 2, col: 4 })],
    ]);
  });

  it('reads no unit from a value cell that spans the 计量单位 column', () => {
    const form = one(`
项目名称 | 文化活动 | < | < | <
一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位
效益指标 | 群众文化生活 | 定性 | 有效丰富 | <
产出指标 | 举办活动场次 | ≥ | 20 | <
`);
    expect(form.indicators.map((i) => [i.unitText, i.unitCell, i.value.kind])).toEqual([
      [null, null, 'qualitative'],
      [null, null, 'quantitative'],
    ]);
    expect(form.indicators[1]!.value).toMatchObject({ op: '≥', number: 20, unit: null });
  });

  it('carries 一级/二级 down through blank cells as well as merges', () => {
    const form = one(`
项目名称 | 培训 | < | <
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 培训班次 | ≥4(次)
 |  | 培训人次 | ≥200(人次)
 | 质量指标 | 出勤率 | ≥95(%)
效益指标 |  | 考核通过率 | ≥90(%)
`);
    expect(form.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['效益指标', null],
    ]);
  });

  it('keeps empty indicator rows apart, under their 一级/二级, as places to write (not indicators to check)', () => {
    const form = one(`
项目名称 | 培训 | < | <
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 | 培训班次 | ≥4(次)
^ | 质量指标 |  |
效益指标 | 社会效益指标 |  |
^ |  |  |
`);
    expect(form.indicators.map((i) => i.name)).toEqual(['培训班次']);
    expect(form.openRows.map((r) => [r.row, r.level1, r.level2])).toEqual([
      [3, '产出指标', '质量指标'],
      [4, '效益指标', '社会效益指标'],
      [5, '效益指标', '社会效益指标'],
    ]);
  });

  it('reads a blank template (no project name, no indicator yet) as a form', () => {
    const form = one(`
一级指标 | 二级指标 | 三级指标 | 指标值
产出指标 | 数量指标 |  |
满意度指标 | 服务对象满意度指标 |  |
`);
    expect(form.indicators).toEqual([]);
    expect(form.openRows.map((r) => r.level2)).toEqual(['数量指标', '服务对象满意度指标']);
  });

  it('does not take an empty row without any 一级/二级 for a place to write', () => {
    const form = one(`
项目名称 | 培训 | < | <
一级指标 | 二级指标 | 三级指标 | 指标值
 |  |  |
产出指标 | 数量指标 | 培训班次 | ≥4(次)
`);
    expect(form.openRows).toEqual([]);
  });

  it('takes a value from below its label when the row holds only labels', () => {
    const form = one(`
项目名称 | 主管部门 | 实施单位
会务保障经费 | 市政府办公厅 | 市机关事务管理局
`);
    expect([form.fields.projectName?.text, form.fields.department?.text, form.fields.implementer?.text]).toEqual([
      '会务保障经费',
      '市政府办公厅',
      '市机关事务管理局',
    ]);
  });

  it('splits a table holding two forms without title rows', () => {
    const forms = recognize(
      parseGridText(
        `
项目名称 | 甲项目
一级指标 | 三级指标 | 指标值
产出指标 | 甲数量 | =1(个)
项目名称 | 乙项目
一级指标 | 三级指标 | 指标值
产出指标 | 乙数量 | =2(个)
`.replace(/^项目名称 \| (.)项目$/gm, '项目名称 | $1项目 | <'),
      ),
    );
    expect(forms.map((f) => [f.index, f.fields.projectName?.text, f.indicators.map((i) => i.name)])).toEqual([
      [0, '甲项目', ['甲数量']],
      [1, '乙项目', ['乙数量']],
    ]);
  });

  it('skips tables that are not forms, without noise, and numbers forms across tables', () => {
    const forms = recognize(
      parseGridText(`
=== contacts
姓名 | 电话
张三 | 021-12345678
=== budget-detail
支出科目 | 金额
办公费 | 10,000.00
=== form
项目名称 | 党建经费 | <
一级指标 | 三级指标 | 指标值
产出指标 | 活动场次 | ≥4(次)
`),
    );
    expect(forms.map((f) => [f.index, f.gridId])).toEqual([[0, 'form']]);
  });

  it('returns no form for an empty document', () => {
    expect(recognize([])).toEqual([]);
    expect(recognize(parseGridText('a'))).toEqual([]);
  });
});
