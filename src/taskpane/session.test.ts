import { parseGridText } from '../core/grid-text';
import { formGridText } from '../core/testing/form-builder';
import { MemoryHost } from '../hosts/memory/memory-host';
import type { LibraryIndicator } from '../library/schema';
import { ignoreKey } from '../core/ignored';
import { Session } from './session';

const TRAINING_CLASSES: LibraryIndicator = {
  id: 'x',
  types: ['common'],
  level1: '产出指标',
  level2: '数量指标',
  name: '培训班次',
  target: '≥4次',
  unit: '次',
  direction: 'higher',
  definition: '举办的培训班次数',
  keywords: [],
};

const ASCII_OPERATOR = formGridText({ indicators: [['产出指标', '数量指标', '培训人次', '>=1500人次']] });

async function checked(text = ASCII_OPERATOR) {
  const store = new Map<string, string>();
  const settings = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
  const host = new MemoryHost(parseGridText(text), undefined, settings);
  const session = new Session(host, 'zh-CN');
  await session.check();
  return { host, session, store };
}

const cellText = async (host: MemoryHost, text: string) =>
  (await host.read()).flatMap((g) => g.cells).filter((c) => c.text === text).length;

const fixOf = (session: Session, ruleId: string) => {
  const finding = session
    .getState()
    .forms.flatMap((f) => f.findings)
    .find((f) => f.ruleId === ruleId);
  if (!finding?.fix) throw new Error(`no fix for ${ruleId}`);
  return finding;
};

describe('Session', () => {
  it('applies a fix, records it in the history and re-checks', async () => {
    const { host, session } = await checked();
    const finding = fixOf(session, 'target-format');
    await session.apply(finding.fix!, finding.message, finding.ruleId);
    expect(await cellText(host, '≥1500人次')).toBe(1);
    const state = session.getState();
    expect(state.history).toHaveLength(1);
    expect(state.generation).toBe(2);
    expect(state.forms.flatMap((f) => f.findings).some((f) => f.ruleId === 'target-format')).toBe(false);
    expect(state.notice).toMatchObject({ kind: 'success' });
  });

  it('undoes a change, and refuses to undo over text typed since', async () => {
    const { host, session } = await checked();
    const finding = fixOf(session, 'target-format');
    await session.apply(finding.fix!, finding.message, finding.ruleId);
    const [entry] = session.getState().history;
    await session.undo(entry!.id);
    expect(await cellText(host, '>=1500人次')).toBe(1);
    expect(session.getState().history[0]!.undone).toBe(true);

    await session.apply(fixOf(session, 'target-format').fix!, 'again', 'target-format');
    const [again] = session.getState().history;
    host.type(again!.edits[0]!.cell, '≥1600人次');
    await session.undo(again!.id);
    expect(await cellText(host, '≥1600人次')).toBe(1);
    expect(session.getState().history[0]!.undone).toBe(false);
    expect(session.getState().notice).toMatchObject({ kind: 'warning' });
  });

  it('undoes what it can of a change to several cells, keeps a cell typed in since, and leaves no 撤销 to repeat', async () => {
    const { host, session } = await checked(
      formGridText({
        indicators: [
          ['产出指标', '数量指标', '培训人次', '>=1500(人次)'],
          ['产出指标', '质量指标', '考试合格率', '>=90(%)'],
        ],
      }),
    );
    const fixes = session
      .getState()
      .forms.flatMap((f) => f.findings)
      .filter((f) => f.ruleId === 'target-format');
    expect(fixes).toHaveLength(2);
    await session.apply(
      fixes.flatMap((f) => f.fix!),
      '全部应用',
      'target-format',
    );
    const [entry] = session.getState().history;
    host.type(entry!.edits[0]!.cell, '≥1600(人次)');
    await session.undo(entry!.id);
    expect(await cellText(host, '≥1600(人次)')).toBe(1);
    expect(await cellText(host, '>=90(%)')).toBe(1);
    expect(session.getState().history[0]!.undone).toBe(true);
    expect(session.getState().notice).toMatchObject({ kind: 'warning', zh: expect.stringContaining('1 处') });
  });

  it('refuses a fix when the person typed in the cell after the check, and says so', async () => {
    const { host, session } = await checked();
    const finding = fixOf(session, 'target-format');
    host.type(finding.cell, '≥1800人次');
    await session.apply(finding.fix!, finding.message, finding.ruleId);
    expect(await cellText(host, '≥1800人次')).toBe(1);
    expect(session.getState().history).toHaveLength(0);
    expect(session.getState().notice?.zh).toContain('未覆盖');
  });

  it('remembers ignored findings in the document settings, until the cell text changes', async () => {
    const { host, session, store } = await checked();
    const finding = fixOf(session, 'target-format');
    await session.ignore(finding);
    expect(JSON.parse(store.get('jixiao.ignored')!)).toEqual([ignoreKey(finding)]);

    const reopened = new Session(host, 'zh-CN');
    await reopened.restore();
    await reopened.check();
    const visible = reopened.getState().forms.flatMap((f) => reopened.visible(f.findings));
    expect(visible.some((f) => f.ruleId === 'target-format')).toBe(false);

    host.type(finding.cell, '>=1600人次');
    await reopened.check();
    const again = reopened.getState().forms.flatMap((f) => reopened.visible(f.findings));
    expect(again.some((f) => f.ruleId === 'target-format')).toBe(true);
  });

  it('shows an ignored total again when its parts change, though its own text does not', async () => {
    const { host, session } = await checked(formGridText({ funds: { annualFiscal: '900,000.00' } }));
    const sumOf = (s: Session) =>
      s
        .getState()
        .forms.flatMap((f) => s.visible(f.findings))
        .filter((f) => f.ruleId === 'fund-annual-sum');
    const [sum] = sumOf(session);
    expect(sum!.actual).toBe('1,000,000.00');
    await session.ignore(sum!);
    expect(sumOf(session)).toEqual([]);
    const fiscal = session.getState().forms[0]!.form.funds.annualFiscal!;
    host.type(fiscal.cell, '800,000.00');
    await session.check();
    // The request is not what should change here (lowering it would part it from the one-year total): what its
    // parts add up to changed.
    expect(sumOf(session).map((f) => [f.actual, f.expected, f.basis])).toEqual([
      ['1,000,000.00', undefined, ['800,000.00']],
    ]);
  });

  it('全部忽略 ignores every shown finding of one rule, and a new one of that rule still shows', async () => {
    const { host, session, store } = await checked(
      formGridText({
        indicators: [
          ['产出指标', '数量指标', '培训人次', '>=1500人次'],
          ['产出指标', '质量指标', '培训合格率', '>=95%'],
          ['产出指标', '时效指标', '培训按期完成率', '按期完成'],
        ],
      }),
    );
    const all = session.getState().forms.flatMap((f) => f.findings);
    const ofRule = session.findingsOf('target-format');
    expect(ofRule).toHaveLength(2);
    await session.ignoreAll('target-format');
    expect(JSON.parse(store.get('jixiao.ignored')!)).toEqual(ofRule.map(ignoreKey));
    const shown = session.getState().forms.flatMap((f) => session.visible(f.findings));
    expect(shown).toEqual(all.filter((f) => f.ruleId !== 'target-format'));
    expect(session.findingsOf('target-format')).toEqual([]);

    // The same kind of mistake written anew: shown, an old decision does not hide it.
    const timeliness = session.getState().forms[0]!.form.indicators.find((i) => i.name === '培训按期完成率')!;
    host.type(timeliness.targetCell, '>=98%');
    await session.check();
    expect(session.findingsOf('target-format').map((f) => f.actual)).toEqual(['>=98%']);
  });

  it('applies all safe fixes of one rule across the document in one batch', async () => {
    const { host, session } = await checked(
      formGridText({
        indicators: [
          ['产出指标', '数量指标', '培训人次', '>=1500人次'],
          ['产出指标', '质量指标', '培训合格率', '>=95%'],
        ],
      }),
    );
    const fixes = session.fixesOf('target-format');
    expect(fixes).toHaveLength(2);
    await session.apply(fixes, 'all', 'target-format');
    expect(await cellText(host, '≥1500人次')).toBe(1);
    expect(session.getState().history[0]!.edits).toHaveLength(2);
  });

  it('shades the visible findings when marking is on, and clears them when off', async () => {
    const { host, session } = await checked();
    await session.setMarking(true);
    const findings = session.getState().forms.flatMap((f) => f.findings);
    expect(host.marks).toHaveLength(findings.length);
    await session.ignore(fixOf(session, 'target-format'));
    expect(host.marks).toHaveLength(findings.length - 1);
    await session.setMarking(false);
    expect(host.marks).toEqual([]);
  });

  it('writes the shown findings as 审核意见 comments, one per cell, and takes them away again', async () => {
    const { host, session } = await checked(
      formGridText({
        indicators: [
          ['产出指标', '数量指标', '培训人次', '>=1500人次'],
          ['产出指标', '质量指标', '合格率', '提升'],
        ],
      }),
    );
    const findings = session.getState().forms.flatMap((f) => f.findings);
    const cells = new Set(findings.map((f) => JSON.stringify(f.cell)));
    expect(cells.size).toBeGreaterThan(1);
    await session.ignore(fixOf(session, 'target-format'));
    await session.writeReviewComments();
    const shown = findings.filter((f) => f.ruleId !== 'target-format');
    expect([...host.comments.values()].map((c) => c.cell)).toEqual(
      [...new Set(shown.map((f) => JSON.stringify(f.cell)))].map((c) => JSON.parse(c)),
    );
    for (const f of shown) expect([...host.comments.values()].some((c) => c.text.includes(f.message))).toBe(true);
    expect([...host.comments.values()].every((c) => c.text.startsWith('【审核意见】'))).toBe(true);
    expect(session.getState().notice).toMatchObject({
      kind: 'success',
      zh: `已在 ${host.comments.size} 个单元格写入审核意见批注。`,
    });
    await session.removeReviewComments();
    expect(host.comments.size).toBe(0);
    expect(session.getState().notice?.zh).toMatch(/^已删除 \d+ 条审核意见批注。$/);
  });

  it('says so when the comments cannot be written, and the pane goes on', async () => {
    const { host, session } = await checked();
    host.comment = () => Promise.reject(new Error('文档受保护'));
    await session.writeReviewComments();
    expect(session.getState()).toMatchObject({
      status: 'ready',
      notice: { kind: 'error', zh: '无法写入审核意见批注：文档受保护' },
    });
  });

  it('undoes a change at its cell’s new address once rows were inserted above it', async () => {
    // After the insert, the fixed cell's old address holds its neighbour, whose text equals the fix's text: undone
    // by its old address, the neighbour would change.
    const { host, session } = await checked(
      formGridText({
        indicators: [
          ['产出指标', '数量指标', '培训期数', '≥5(期)'],
          ['产出指标', '质量指标', '合格人次', '≥1500(人次)'],
          ['产出指标', '质量指标', '考试人次', '>=1500(人次)'],
        ],
      }),
    );
    const fix = session
      .getState()
      .forms.flatMap((f) => f.findings)
      .find((f) => f.actual === '>=1500(人次)' && f.fix)!;
    await session.apply(fix.fix!, fix.message, fix.ruleId);
    await session.insertIndicator(0, TRAINING_CLASSES);
    const applied = session.getState().history.find((h) => h.kind === 'edit')!;
    expect(applied.stale).toBe(false);
    await session.undo(applied.id);
    const texts = (await host.read()).flatMap((g) => g.cells.map((c) => c.text));
    expect(texts.filter((t) => t === '≥1500(人次)')).toHaveLength(1);
    expect(texts.filter((t) => t === '>=1500(人次)')).toHaveLength(1);
    expect(texts).toContain('培训班次');
    expect(session.getState().history.find((h) => h.id === applied.id)!.undone).toBe(true);
  });

  it('keeps a finding ignored when rows inserted above move its cell, in the pane and in what the document keeps', async () => {
    const { host, session, store } = await checked(
      formGridText({
        indicators: [
          ['产出指标', '数量指标', '培训期数', '≥5(期)'],
          ['产出指标', '质量指标', '考试人次', '>=1500(人次)'],
        ],
      }),
    );
    const shown = () =>
      session
        .getState()
        .forms.flatMap((f) => session.visible(f.findings))
        .filter((f) => f.ruleId === 'target-format');
    await session.ignore(shown()[0]!);
    expect(shown()).toEqual([]);
    await session.insertIndicator(0, TRAINING_CLASSES);
    expect(await cellText(host, '培训班次')).toBeTruthy();
    expect(shown()).toEqual([]);
    // The CLI reads the same list from the file: the saved key names the cell's new row.
    const reopened = new Session(host, 'zh-CN');
    await reopened.restore();
    await reopened.check();
    expect(
      reopened
        .getState()
        .forms.flatMap((f) => reopened.visible(f.findings))
        .map((f) => f.ruleId),
    ).not.toContain('target-format');
    expect(JSON.parse(store.get('jixiao.ignored')!)).toHaveLength(1);
  });

  it('says nothing of a reference figure for a target in words', async () => {
    const { session } = await checked(formGridText({ indicators: [['产出指标', '数量指标', '', '']] }));
    await session.insertIndicator(0, { ...TRAINING_CLASSES, name: '培训计划落实情况', target: '按计划完成', unit: '' });
    expect(session.getState().notice?.zh).toBe('已将“培训计划落实情况”填入数量指标的空行。');
  });

  it('writes a suggestion into the empty row of its block as an edit that can be undone', async () => {
    const blank = formGridText({
      indicators: [
        ['产出指标', '数量指标', '', ''],
        ['满意度指标', '服务对象满意度指标', '', ''],
      ],
    });
    const { host, session } = await checked(blank);
    const rowCount = (await host.read())[0]!.rowCount;
    await session.insertIndicator(0, TRAINING_CLASSES);
    const state = session.getState();
    expect(state.forms[0]!.form.indicators.map((i) => [i.level2, i.name, i.target])).toEqual([
      ['数量指标', '培训班次', '≥4(次)'],
    ]);
    expect((await host.read())[0]!.rowCount).toBe(rowCount);
    // The library's 4 is one project's figure: the person is told to set this project's own.
    expect(state.notice?.zh).toBe(
      '已将“培训班次”填入数量指标的空行。指标值“≥4次”是指标库的参考值，请按本项目的实际目标修改。',
    );
    // Once the form is being filled, the re-check lists the 二级 still left empty.
    const emptyRows = (s: typeof state) =>
      s.forms[0]!.findings.filter((f) => f.ruleId === 'structure-empty-row').map((f) => f.message);
    expect(emptyRows(state)).toEqual([expect.stringContaining('“服务对象满意度指标”下没有任何三级指标')]);
    const entry = state.history[0]!;
    expect([entry.kind, entry.ruleId, entry.edits.length]).toEqual(['edit', 'x', 2]);
    await session.undo(entry.id);
    expect(session.getState().forms[0]!.form.indicators).toEqual([]);
    expect(session.getState().forms[0]!.form.openRows).toHaveLength(2);
    expect(emptyRows(session.getState())).toEqual([]);
  });

  it('keeps a damaged ignore setting from breaking the pane', async () => {
    const { host } = await checked();
    await host.saveSetting('jixiao.ignored', '{not json');
    const session = new Session(host, 'zh-CN');
    await session.restore();
    expect(session.getState().ignored.size).toBe(0);
  });

  describe('compared with last year', () => {
    const lastYear = parseGridText(formGridText({ year: '2023' }));
    const lowered = formGridText({
      indicators: [
        ['产出指标', '数量指标', '举办培训班次', '≥4(次)'],
        ['产出指标', '数量指标', '培训人次', '≥150(人次)'],
        ['满意度指标', '服务对象满意度指标', '培训学员满意度', '≥90(%)'],
      ],
    });
    const yearFindings = (session: Session) =>
      session
        .getState()
        .forms.flatMap((f) => f.findings)
        .filter((f) => f.ruleId === 'target-below-last-year');

    it('adds last year’s findings to the form’s, restores a target and keeps comparing after each re-check', async () => {
      const { host, session } = await checked(lowered);
      expect(yearFindings(session)).toEqual([]);
      await session.setLastYear('2023年申报表.docx', lastYear, []);
      const state = session.getState();
      expect(state.notice).toMatchObject({ kind: 'success' });
      expect(state.comparisons[0]?.comparison.kept).toHaveLength(3);
      expect(state.comparisons[0]?.comparison.dropped.map((i) => i.name)).toEqual([
        '培训出勤率',
        '培训计划按期完成率',
        '学员考核通过率',
        '长效管理机制健全性',
      ]);
      const [finding] = yearFindings(session);
      expect(finding?.actual).toBe('≥150(人次)');
      const restore = finding!.suggestions![0]!;
      await session.apply(restore.edits, restore.message, finding!.ruleId);
      expect(await cellText(host, '≥200(人次)')).toBe(1);
      expect(yearFindings(session)).toEqual([]);
      expect(session.getState().comparisons[0]).not.toBeNull();
    });

    it('says so when last year’s file holds no form, or no form of this document’s projects', async () => {
      const { session } = await checked(lowered);
      await session.setLastYear('笔记.docx', parseGridText('姓名 | 张三'), []);
      expect(session.getState()).toMatchObject({ lastYear: null, notice: { kind: 'warning' } });
      const twoOthers = parseGridText(
        [formGridText({ projectName: '党建经费' }), formGridText({ projectName: '生活驿站运行经费' })].join('\n'),
      );
      await session.setLastYear('2023年汇总表.docx', twoOthers, []);
      expect(session.getState().lastYear?.forms).toHaveLength(2);
      expect(session.getState().notice).toMatchObject({
        kind: 'warning',
        zh: expect.stringContaining('没有与本文档同名'),
      });
      expect(session.getState().comparisons).toEqual([null]);
    });

    it('keeps last year’s form with the document: reopened, the pane compares again without asking', async () => {
      const { host, session } = await checked(lowered);
      await session.setLastYear('2023年申报表.docx', lastYear, []);
      expect(session.getState().notice?.zh).toContain('已随本文档保存，下次打开时仍会比较。');
      const reopened = new Session(host, 'zh-CN');
      await reopened.restore();
      expect(reopened.getState().lastYear).toMatchObject({ name: '2023年申报表.docx', kept: true });
      await reopened.check();
      expect(yearFindings(reopened).map((f) => f.actual)).toEqual(['≥150(人次)']);
      // 不再比较 forgets it for the next opening too.
      await reopened.clearLastYear();
      const again = new Session(host, 'zh-CN');
      await again.restore();
      expect(again.getState().lastYear).toBeNull();
    });

    it('compares a file too large to keep, says it is not kept, and forgets the one kept before', async () => {
      const { host, session, store } = await checked(lowered);
      await session.setLastYear('2023年申报表.docx', lastYear, []);
      const long = '很长的说明'.repeat(120_000);
      const huge = parseGridText(formGridText({ year: '2023', goalAnnual: long }));
      await session.setLastYear('2023年大文件.docx', huge, []);
      expect(session.getState().lastYear).toMatchObject({ name: '2023年大文件.docx', kept: false });
      expect(session.getState().notice?.zh).toContain('文件较大，未随本文档保存，下次打开时需重新选择。');
      expect(yearFindings(session)).toHaveLength(1);
      expect(store.get('jixiao.lastYear')).toBe('');
      const reopened = new Session(host, 'zh-CN');
      await reopened.restore();
      expect(reopened.getState().lastYear).toBeNull();
    });

    it('says so when the document refuses the setting, and still compares', async () => {
      const { host, session } = await checked(lowered);
      jest.spyOn(host, 'saveSetting').mockRejectedValue(new Error('settings are read-only'));
      await session.setLastYear('2023年申报表.docx', lastYear, []);
      expect(session.getState().lastYear).toMatchObject({ kept: false });
      expect(session.getState().notice?.zh).toContain('未能随本文档保存（文档不允许保存设置）');
      expect(yearFindings(session)).toHaveLength(1);
    });

    it('keeps only the tables that hold forms', async () => {
      const { session, store } = await checked(lowered);
      const withNotes = [{ ...parseGridText('备注 | 无')[0]!, id: 'notes' }, ...lastYear];
      await session.setLastYear('2023年申报表.docx', withNotes, []);
      const kept = JSON.parse(store.get('jixiao.lastYear')!) as { grids: { id: string }[] };
      expect(kept.grids.map((g) => g.id)).toEqual(lastYear.map((g) => g.id));
    });

    it.each([
      ['not JSON', '{not json'],
      ['another shape', JSON.stringify({ schemaVersion: 2, name: 'x', grids: [] })],
      [
        'a cell outside its table',
        JSON.stringify({
          schemaVersion: 1,
          name: 'x.docx',
          grids: [
            {
              id: 'g',
              rowCount: 1,
              colCount: 1,
              cells: [{ row: 0, col: 3, rowSpan: 1, colSpan: 1, text: '项目名称', ref: {} }],
            },
          ],
        }),
      ],
    ])('ignores a kept setting that is %s: no comparison, no error', async (_, text) => {
      const { host } = await checked(lowered);
      await host.saveSetting('jixiao.lastYear', text);
      const session = new Session(host, 'zh-CN');
      await session.restore();
      await session.check();
      expect(session.getState()).toMatchObject({ lastYear: null, status: 'ready' });
    });

    it('stops comparing when cleared', async () => {
      const { session } = await checked(lowered);
      await session.setLastYear('2023年申报表.docx', lastYear, []);
      expect(yearFindings(session)).toHaveLength(1);
      await session.clearLastYear();
      expect(yearFindings(session)).toEqual([]);
      expect(session.getState().comparisons).toEqual([null]);
    });
  });
});
