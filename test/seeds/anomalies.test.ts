// Acceptance: every seed form is recognised, the real anomalies of the seeds are found, and the fund
// identities hold where the real forms hold them (no false alarms).
import { applyEdits } from '../../src/core/edits';
import type { Grid } from '../../src/core/grid';
import { check } from '../../src/core/lint';
import type { CheckedForm } from '../../src/core/lint';
import { loadSeed, seedFiles } from './load';

const all: { file: string; grids: Grid[]; checked: CheckedForm[] }[] = seedFiles().map((file) => {
  const grids = loadSeed(file);
  return { file, grids, checked: check(grids) };
});
const forms = all.flatMap((f) => f.checked);

function formNamed(name: string, file?: string): CheckedForm {
  const found = all
    .filter((f) => !file || f.file === file)
    .flatMap((f) => f.checked)
    .filter((c) => c.form.fields.projectName?.text === name);
  if (found.length !== 1) throw new Error(`expected one form named ${name}, found ${found.length}`);
  return found[0]!;
}

const findingsOf = (c: CheckedForm, ruleId: string) => c.findings.filter((f) => f.ruleId === ruleId);

describe('seed forms are all recognised', () => {
  it('finds 21 forms in the five documents, with their template families', () => {
    expect(all.map((f) => [f.file, f.checked.map((c) => c.form.template)])).toEqual([
      ['2018-units.grid', ['sh-2018', 'sh-2018', 'sh-2018', 'sh-2018']],
      ['2020-dangjian-center.grid', ['sh-2020', 'sh-2020', 'sh-2020']],
      ['2023-zuzhibu.grid', Array(6).fill('sh-2023')],
      ['2024-dangjian-center.grid', Array(5).fill('sh-2023')],
      ['2024-xidu.grid', Array(3).fill('sh-2023')],
    ]);
    expect(forms).toHaveLength(21);
  });

  it('names every form and gives every form indicators', () => {
    for (const { form } of forms) {
      expect(form.fields.projectName?.text).toBeTruthy();
      expect(form.indicators.length).toBeGreaterThanOrEqual(3);
      expect(form.fields.year?.text).toMatch(/^20(18|20|23|24)$/);
    }
  });

  it('reads 2018 checkbox choices and routes them by vocabulary', () => {
    const remote = formNamed('上海市党员干部现代远程网络体系运维费(非信息化项目)');
    expect(remote.form.fields.nature?.text).toBe('其他经常性项目');
    expect(remote.form.fields.fundUse?.text).toBe('政府购买服务');
    expect(formNamed('组织部弱电会议系统（运维）').form.fields.fundUse?.text).toBe('信息化建设类');
  });

  it('routes the 2020 项目类别 value to nature, and reads 申报单位 from the preamble', () => {
    const f = formNamed('电教远教工作经费', '2020-dangjian-center.grid').form;
    expect(f.fields.nature?.text).toBe('经常性专项业务费');
    expect(f.fields.category).toBeNull();
    expect(f.fields.implementer?.text).toBe('上海市党建服务中心');
  });

  it('carries 一级/二级 down through merged cells', () => {
    const f = formNamed('党建经费').form;
    const topic = f.indicators.filter((i) => i.name === '课题调研完成率');
    expect(topic.map((i) => [i.level1, i.level2])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '时效指标'],
    ]);
    expect(f.indicators.at(-1)).toMatchObject({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '参与活动对象满意度',
    });
  });
});

describe('the real anomalies of the seeds are found', () => {
  it('考务完成量≥1500人次: a name inside the value', () => {
    const [f] = findingsOf(formNamed('干部考评和人才发展工作经费'), 'target-value-in-name');
    expect(f).toMatchObject({ messageId: 'inValue', actual: '考务完成量≥1500人次' });
  });

  it('在线学习招生人数 ≤150000: inverted operator', () => {
    const found = findingsOf(formNamed('在线学习工作经费'), 'target-inverted-operator');
    expect(found.map((f) => [f.actual, f.suggestions?.[0]?.edits[0]?.text])).toEqual([['≤150000', '≥150000']]);
  });

  it('社会公众或服务对象满意值 0: an error', () => {
    const found = findingsOf(formNamed('组织部弱电会议系统（运维）'), 'target-satisfaction-value');
    expect(found.map((f) => [f.actual, f.severity, f.messageId])).toEqual([['0', 'error', 'zero']]);
  });

  it('在学人员满意度 ≥70.00%: too low', () => {
    expect(findingsOf(formNamed('在线学习工作经费'), 'target-satisfaction-value').map((f) => f.messageId)).toEqual([
      'low',
    ]);
  });

  it('课题调研完成率 ≥1.00(个): a rate with a count unit, and the duplicate 课题调研完成率', () => {
    const form = formNamed('党建经费');
    expect(findingsOf(form, 'target-rate-unit-mismatch').map((f) => f.actual)).toEqual(['≥1.00(个)']);
    expect(findingsOf(form, 'structure-duplicate-indicator').map((f) => [f.messageId, f.actual])).toContainEqual([
      'duplicate',
      '课题调研完成率',
    ]);
  });

  it('壮大党员队伍 under 满意度', () => {
    const found = findingsOf(formNamed('党组织建设和党员教育管理'), 'structure-satisfaction-not-satisfaction');
    expect(found.map((f) => f.actual)).toEqual(['壮大党员队伍']);
  });

  it('<p> remnants in goal texts, with a fix that strips them', () => {
    const withHtml = forms.filter((c) => findingsOf(c, 'text-html-remnant').length > 0);
    expect(withHtml.map((c) => c.form.fields.projectName?.text).sort()).toEqual(
      ['信息化运维项目', '基层党建及队伍教育管理', '信息化建设项目', '党建经费', '干部考评和人才发展工作经费'].sort(),
    );
    for (const c of withHtml)
      for (const f of findingsOf(c, 'text-html-remnant')) expect(f.fix?.[0]?.text).not.toMatch(/<\/?p>/);
  });

  it('满意度目标 under 影响力目标 (2018)', () => {
    const found = findingsOf(
      formNamed('上海市党员干部现代远程网络体系运维费(非信息化项目)'),
      'structure-level-mismatch',
    );
    expect(found.map((f) => f.actual)).toEqual(['满意度目标']);
  });
});

describe('fund arithmetic on the real forms', () => {
  const modern = forms.filter((c) => c.form.template === 'sh-2023');

  it('both fund identities hold on every 2023/2024 form (no false alarm)', () => {
    expect(modern).toHaveLength(14);
    for (const c of modern)
      expect(c.findings.filter((f) => f.ruleId.startsWith('fund-') && f.severity === 'error')).toEqual([]);
  });

  it('a blank 项目资金总额 is not filled, not an error (F-5)', () => {
    const xidu = all.find((f) => f.file === '2024-xidu.grid')!.checked;
    for (const c of xidu) {
      expect(c.form.funds.total?.fen ?? null).toBeNull();
      expect(c.findings.filter((f) => f.ruleId.startsWith('fund-'))).toEqual([]);
    }
  });

  it('sub-item sums hold on the 2018 forms', () => {
    const old = forms.filter((c) => c.form.template === 'sh-2018');
    const withParts = old.filter((c) => c.form.funds.components.length > 0);
    expect(withParts.map((c) => c.form.funds.components.length)).toEqual([3, 2, 2]);
    for (const c of old) expect(findingsOf(c, 'fund-components-sum')).toEqual([]);
  });

  it.each([
    ['annualFiscal', 'fund-annual-sum'],
    ['totalOther', 'fund-total-sum'],
  ] as const)('changing %s makes %s fire, and each suggestion restores the sum', (amount, ruleId) => {
    const doc = all.find((f) => f.file === '2023-zuzhibu.grid')!;
    const target = doc.checked[0]!.form.funds[amount]!;
    const changed = applyEdits(doc.grids, [{ cell: target.cell, before: target.text, text: '12,345.00' }]).grids;
    const [broken] = check(changed);
    const finding = findingsOf(broken!, ruleId);
    expect(finding).toHaveLength(1);
    // Putting the changed amount back breaks no other relation and comes first; changes that would (the total of a
    // one-year project apart from its annual request, F-4; fiscal funds below this year's, F-7) are not offered.
    expect(finding[0]!.suggestions![0]!.edits).toEqual([{ cell: target.cell, before: '12,345.00', text: target.text }]);
    for (const suggestion of finding[0]!.suggestions!) {
      const repaired = applyEdits(changed, suggestion.edits);
      expect(repaired.conflicts).toEqual([]);
      expect(findingsOf(check(repaired.grids)[0]!, ruleId)).toEqual([]);
    }
    expect(finding[0]!.suggestions![0]!.edits[0]!.text).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
  });
});
