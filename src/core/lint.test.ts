import { parseGridText } from './grid-text';
import { check, lintForm } from './lint';
import { allRules } from './rules';
import { buildForm, formGridText } from './testing/form-builder';

describe('lint', () => {
  const form = buildForm(
    formGridText({
      funds: { annual: '999.00' },
      indicators: [
        ['产出指标', '数量指标', '在线学习招生人数', '≤150000'],
        ['产出指标', '质量指标', '培训出勤率', '>=95%'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '0'],
      ],
    }),
  );

  it('stamps rule id and severity and sorts findings in reading order (fields, funds, indicators)', () => {
    const findings = lintForm(form);
    const order = findings.map((f) => f.ruleId);
    expect(order.indexOf('fund-annual-sum')).toBeLessThan(order.indexOf('target-inverted-operator'));
    expect(order.indexOf('target-inverted-operator')).toBeLessThan(order.indexOf('target-satisfaction-value'));
    for (const f of findings) expect(allRules.map((r) => r.meta.id)).toContain(f.ruleId);
  });

  it('renders messages in Chinese by default and English on request', () => {
    const zh = lintForm(form).find((f) => f.ruleId === 'target-inverted-operator')!;
    const en = lintForm(form, { lang: 'en' }).find((f) => f.ruleId === 'target-inverted-operator')!;
    expect(zh.message).toContain('在线学习招生人数');
    expect(zh.message).toMatch(/请改为/);
    expect(en.message).toMatch(/^"在线学习招生人数" is something you want more of/);
  });

  it('keeps only the real proposal on a value that must change (no style note beside an error)', () => {
    const onZero = lintForm(form).filter((f) => f.actual === '0');
    expect(onZero.map((f) => f.ruleId)).toEqual(['target-satisfaction-value']);
  });

  it('has unique, sorted rule ids with a catalogue entry each', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const catalogue = new Set(allRules.flatMap((r) => r.meta.catalog));
    for (let n = 1; n <= 19; n++) expect(catalogue).toContain(`R-${String(n).padStart(2, '0')}`);
    for (let n = 1; n <= 12; n++) expect(catalogue).toContain(`F-${n}`);
  });

  it('checks whole documents: forms and findings together', () => {
    const checked = check(parseGridText(formGridText()));
    expect(checked).toHaveLength(1);
    expect(checked[0]!.findings).toEqual([]);
  });
});

describe('lint on rows sharing a merged 计算符号 cell', () => {
  const grids = parseGridText(
    '项目名称 | 运维 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 设施完好率 | ≤ | 95 | %\n产出指标 | 维修达标率 | ^ | 90 | %\n产出指标 | 验收合格率 | ≤ | 98 | %',
  );
  const inverted = (lang: 'zh-CN' | 'en') =>
    check(grids, { lang })[0]!.findings.filter((f) => f.ruleId === 'target-inverted-operator');

  it('offers no button where the fix would change the merged cell, and says why', () => {
    const [first, second, own] = inverted('zh-CN');
    for (const f of [first!, second!]) {
      expect(f.suggestions).toBeUndefined();
      expect(f.message).toMatch(
        /请改为“≥\d+\(%\)”.*（这一行的计算符号或计量单位在与其他行合并的单元格中，无法单独修改：只改这一行须先拆分该单元格/,
      );
    }
    // The row with a cell of its own keeps its button and its plain message.
    expect(own!.suggestions).toHaveLength(1);
    expect(own!.message).not.toMatch(/合并/);
    expect(inverted('en')[0]!.message).toMatch(/\(This row's operator or unit is in a cell merged with other rows/);
  });
});
