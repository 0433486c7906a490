import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Edit } from '../../core/edits';
import type { CellRef, Grid } from '../../core/grid';
import { indexGrid } from '../../core/grid';
import { parseGridText } from '../../core/grid-text';
import { check } from '../../core/lint';
import { EXAMPLE_BLANK } from '../../core/testing/example-forms';
import { expectFillsEmptyRow } from '../../../test/support/fill-empty-row';
import { OfficeError } from '../../../test/support/fake-office/client';
import type { FakeWordOptions } from '../../../test/support/fake-office/word';
import { FakeWord } from '../../../test/support/fake-office/word';
import { documentXml } from '../../../test/support/office-files';
import { parseXml, readDocx } from '../file/docx';
import type { Host } from '../host';
import { MARK_COLORS } from '../office/marks';
import { settingsStore } from '../office/settings';
import { readTables } from '../ooxml/tables';
import { createWordHost } from './word-host';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const DOCUMENTS = readdirSync(EXAMPLES).filter((f) => f.endsWith('.docx'));
const MISTAKES = '示例-常见错误-生活驿站运行经费.docx';
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(EXAMPLES, name)));

function hostOver(fake: FakeWord, settings = fake.settings): Host {
  return createWordHost({
    run: fake.run,
    requirements: fake.requirements,
    parseXml,
    settings: settingsStore({ document: settings }),
  });
}

async function open(name: string, options: FakeWordOptions = {}) {
  const fake = await FakeWord.fromDocx(bytesOf(name), options);
  return { fake, host: hostOver(fake) };
}

/** The document as the .docx reader sees it now. */
const reread = (fake: FakeWord) => readTables(parseXml(fake.documentXml()));
const textAt = (grids: Grid[], ref: CellRef) =>
  indexGrid(grids[Number(ref.table)]!).at(Number(ref.row), Number(ref.col))?.text;

/** Syncs one host call takes. */
async function syncsOf<T>(fake: FakeWord, call: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = fake.app.syncs;
  const value = await call();
  return { value, syncs: fake.app.syncs - before };
}

const findingsOf = (grids: Grid[]) =>
  check(grids).flatMap((c) => c.findings.map((f) => [f.ruleId, f.messageId, f.severity, f.actual, f.cell]));

const FORM = parseGridText(
  [
    '一级指标 | 二级指标 | 三级指标 | 指标值',
    '产出指标 | 数量指标 | 培训人次 | ≥100(人次)',
    '^ | ^ | 培训场次 | ≥4(次)',
  ].join('\n'),
);
const manyTables = (n: number) => documentXml(Array.from({ length: n }, (_, i) => ({ ...FORM[0]!, id: `t${i}` })));

/** The target-format fix of the mistakes example (`>=100%` → `≥100.00(%)`) and the finding's message. */
async function targetFormatFix(host: Host) {
  const finding = check(await host.read())
    .flatMap((c) => c.findings)
    .find((f) => f.ruleId === 'target-format')!;
  return { edit: finding.fix![0]!, message: finding.message };
}

describe('Word host: reading', () => {
  it.each(DOCUMENTS)('reads %s as the .docx host does, in one round trip', async (name) => {
    const { fake, host } = await open(name);
    const { value: grids, syncs } = await syncsOf(fake, () => host.read());
    const file = await readDocx(bytesOf(name));
    expect(grids).toEqual(file);
    expect(findingsOf(grids)).toEqual(findingsOf(file));
    expect(syncs).toBe(1);
    expect(host.capabilities.notes).toEqual([]);
  });

  it.each([1, 40])('takes one round trip for %i tables', async (n) => {
    const fake = new FakeWord(manyTables(n));
    const host = hostOver(fake);
    const { value, syncs } = await syncsOf(fake, () => host.read());
    expect(value).toHaveLength(n);
    expect(syncs).toBe(1);
  });

  it('reads on WordApi 1.1 from the OOXML alone, and says what it cannot do', async () => {
    const { fake, host } = await open(MISTAKES, { requirements: { WordApi: '1.1' } });
    expect(await host.read()).toEqual(await readDocx(bytesOf(MISTAKES)));
    expect(host.capabilities).toMatchObject({ marks: false, insertRows: false, trackChanges: false });
    expect(host.capabilities.notes.map((n) => n.feature)).toEqual(['write']);
    const { edit } = await targetFormatFix(host);
    expect(await host.write([edit])).toEqual({ applied: [], conflicts: [edit], overlaps: [] });
    await expect(host.reveal(edit.cell)).rejects.toThrow('WordApi 1.3');
    expect((await host.insertRows({ after: edit.cell, before: edit.before, rows: [[]] })).status).toBe('unsupported');
    expect(fake.revisions()).toEqual({ insertions: 0, deletions: 0 });
  });

  const NESTED =
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外表</w:t></w:r></w:p>' +
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内表</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>' +
    '<w:tc><w:p><w:r><w:t>右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
  const nestedDoc = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${NESTED}</w:body></w:document>`;

  it.each([
    [true, []],
    [false, ['table-1']],
  ])('reads a nested table; writes into it only if body.tables lists it (lists nested: %s)', async (nested, notes) => {
    const fake = new FakeWord(nestedDoc, { bodyTablesIncludeNested: nested });
    const host = hostOver(fake);
    const grids = await host.read();
    expect(grids).toEqual(readTables(parseXml(nestedDoc)));
    expect(host.capabilities.notes.map((n) => n.feature)).toEqual(notes);
    const inner: Edit = { cell: { table: 1, row: 0, col: 0 }, before: '内表', text: '内表（改）' };
    const outer: Edit = { cell: { table: 0, row: 0, col: 1 }, before: '右', text: '右（改）' };
    const result = await host.write([inner, outer]);
    expect(result.applied).toEqual(nested ? [inner, outer] : [outer]);
    expect(result.conflicts).toEqual(nested ? [] : [inner]);
  });

  it('reads but never writes a table Word reports differently, and says so', async () => {
    const fake = new FakeWord(manyTables(2), {
      misreport: (values, table) => (table === 1 ? values.map((r) => r.map((v) => v.replace('培训', '训练'))) : values),
    });
    const host = hostOver(fake);
    await host.read();
    expect(host.capabilities.notes).toEqual([
      expect.objectContaining({ feature: 'table-1', zh: expect.stringContaining('表 2') }),
    ]);
    const edits: Edit[] = [0, 1].map((table) => ({
      cell: { table, row: 1, col: 3 },
      before: '≥100(人次)',
      text: '≥120(人次)',
    }));
    const result = await host.write(edits);
    expect(result).toEqual({ applied: [edits[0]], conflicts: [edits[1]], overlaps: [] });
  });
});

describe('Word host: writing', () => {
  it('applies a fix in two round trips, as a tracked change with a comment, keeping the formatting', async () => {
    const { fake, host } = await open(MISTAKES);
    const { edit, message } = await targetFormatFix(host);
    const format = fake.runFormat(edit.cell);
    expect(format).not.toBe('');
    const { value, syncs } = await syncsOf(fake, () => host.write([edit], { comment: () => message }));
    expect(value).toEqual({ applied: [edit], conflicts: [], overlaps: [] });
    expect(syncs).toBe(2);
    expect(textAt(reread(fake), edit.cell)).toBe(edit.text);
    expect(fake.runFormat(edit.cell)).toBe(format);
    expect(fake.revisions()).toEqual({ insertions: 1, deletions: 1 });
    expect(fake.trackingMode).toBe('Off');
    expect(fake.comments).toEqual([
      { id: expect.any(String), text: message, anchor: edit.text, cell: fake.cell(edit.cell), replies: [] },
    ]);
    const again = check(reread(fake)).flatMap((c) => c.findings);
    expect(again.filter((f) => f.ruleId === 'target-format')).toEqual([]);
  });

  it.each([
    ['Off', { insertions: 0, deletions: 0 }],
    ['TrackAll', { insertions: 1, deletions: 1 }],
  ] as const)("with the switch off, leaves the document's own tracking mode (%s) in charge", async (own, revisions) => {
    const { fake, host } = await open(MISTAKES);
    fake.trackingMode = own;
    const { edit } = await targetFormatFix(host);
    expect((await host.write([edit], { trackChanges: false })).applied).toEqual([edit]);
    expect(fake.revisions()).toEqual(revisions);
    expect(fake.trackingMode).toBe(own);
  });

  it('on WordApi 1.3 writes plainly, without comments, and says why', async () => {
    const { fake, host } = await open(MISTAKES, { requirements: { WordApi: '1.3' } });
    const { edit, message } = await targetFormatFix(host);
    const format = fake.runFormat(edit.cell);
    const { value, syncs } = await syncsOf(fake, () =>
      host.write([edit], { trackChanges: true, comment: () => message }),
    );
    expect(value.applied).toEqual([edit]);
    expect(syncs).toBe(2);
    expect(fake.runFormat(edit.cell)).toBe(format);
    expect(fake.revisions()).toEqual({ insertions: 0, deletions: 0 });
    expect(fake.comments).toEqual([]);
    expect(host.capabilities).toMatchObject({ trackChanges: false, comments: false });
    expect(host.capabilities.notes.map((n) => n.feature)).toEqual(['trackChanges', 'comments']);
  });

  it('refuses a cell the person changed after the check, and writes the others', async () => {
    const { fake, host } = await open(MISTAKES);
    const { edit } = await targetFormatFix(host);
    const other: Edit = { ...edit, cell: { ...edit.cell, row: Number(edit.cell.row) + 1 } };
    const otherBefore = textAt(reread(fake), other.cell)!;
    fake.type(edit.cell, '≥98%');
    const result = await host.write([edit, { ...other, before: otherBefore, text: '≥99.00(%)' }]);
    expect(result.conflicts).toEqual([edit]);
    expect(result.applied).toHaveLength(1);
    expect(textAt(reread(fake), edit.cell)).toBe('≥98%');
    expect(textAt(reread(fake), other.cell)).toBe('≥99.00(%)');
  });

  it('leaves a second, different edit of a cell for the next pass', async () => {
    const { fake, host } = await open(MISTAKES);
    const { edit } = await targetFormatFix(host);
    const different = { ...edit, text: '≥100(%)' };
    const same = { ...edit };
    expect(await host.write([edit, same, different])).toEqual({
      applied: [edit, same],
      conflicts: [],
      overlaps: [different],
    });
    expect(fake.revisions()).toEqual({ insertions: 1, deletions: 1 });
  });

  it('writes a batch across many tables in two round trips', async () => {
    const fake = new FakeWord(manyTables(40));
    const host = hostOver(fake);
    await host.read();
    const edits: Edit[] = Array.from({ length: 20 }, (_, i) => ({
      cell: { table: i * 2, row: 2, col: 3 },
      before: '≥4(次)',
      text: '≥5(次)',
    }));
    const { value, syncs } = await syncsOf(fake, () => host.write(edits));
    expect(value.applied).toEqual(edits);
    expect(syncs).toBe(2);
    expect(reread(fake).map((g) => textAt([g], { table: 0, row: 2, col: 3 }))).toEqual(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? '≥5(次)' : '≥4(次)')),
    );
  });

  it.each([
    [
      'a cell of several paragraphs (Word cannot search across them): the body is replaced',
      '第一段\n第二段',
      '合并为一段',
    ],
    ['search text with ^, a special character in Word search', '≥90^(%)', '≥90(%)'],
  ])('writes %s', async (_what, before, text) => {
    const grids = parseGridText(`项目 | 值\n甲 | ${before.replace(/\n/g, '\\n')}`);
    const fake = new FakeWord(documentXml(grids));
    const host = hostOver(fake);
    expect(textAt(await host.read(), { table: 0, row: 1, col: 1 })).toBe(before);
    const edit = { cell: { table: 0, row: 1, col: 1 }, before, text };
    expect((await host.write([edit])).applied).toEqual([edit]);
    expect(textAt(reread(fake), edit.cell)).toBe(text);
  });

  it('undoes a tracked change by writing the old text back', async () => {
    const { fake, host } = await open(MISTAKES);
    const { edit } = await targetFormatFix(host);
    await host.write([edit]);
    await host.read();
    const inverse = { cell: edit.cell, before: edit.text, text: edit.before };
    expect((await host.write([inverse])).applied).toEqual([inverse]);
    expect(textAt(reread(fake), edit.cell)).toBe(edit.before);
  });

  it('reports the failure when the writing round trip fails before changing anything', async () => {
    const { fake, host } = await open(MISTAKES);
    const { edit } = await targetFormatFix(host);
    const stop = fake.app.beforeSync((n) => {
      if (n === 2) throw new OfficeError('GeneralException', 'Word is busy');
    });
    await expect(host.write([edit])).rejects.toThrow('Word is busy');
    stop();
    expect(textAt(reread(fake), edit.cell)).toBe(edit.before);
  });

  it('when the writing round trip fails part way, reads back what landed and puts the tracking mode back', async () => {
    const { fake, host } = await open(MISTAKES, { refuseComments: true });
    const { edit } = await targetFormatFix(host);
    const next = { cell: { ...edit.cell, row: Number(edit.cell.row) + 1 } };
    const second: Edit = { ...next, before: textAt(reread(fake), next.cell)!, text: '≥99.00(%)' };
    const result = await host.write([edit, second], { comment: () => '说明' });
    // The first change landed before its comment failed the batch; the second never ran.
    expect(result).toEqual({ applied: [edit], conflicts: [second], overlaps: [] });
    expect(fake.trackingMode).toBe('Off');
    expect(textAt(reread(fake), edit.cell)).toBe(edit.text);
  });

  it('refuses a cell whose place in its row changed, even where the text there looks the same', async () => {
    const fake = new FakeWord(documentXml(parseGridText('名称 | 说明 | 及时 | 及时')));
    const host = hostOver(fake);
    await host.read();
    fake.mergeRight({ table: 0, row: 0, col: 0 });
    const edit: Edit = { cell: { table: 0, row: 0, col: 2 }, before: '及时', text: '按期完成' };
    expect((await host.write([edit])).conflicts).toEqual([edit]);
    expect(reread(fake)[0]!.cells.map((c) => c.text)).toEqual(['名称', '及时', '及时']);
  });
});

describe('Word host: reveal and marks', () => {
  it('selects the cell', async () => {
    const { fake, host } = await open(MISTAKES);
    const { edit } = await targetFormatFix(host);
    await host.reveal(edit.cell);
    expect(fake.selectedCell()).toBe(fake.cell(edit.cell));
    await expect(host.reveal({ table: 9, row: 0, col: 0 })).rejects.toThrow('找不到');
  });

  const a = { table: 0, row: 1, col: 3 };
  const b = { table: 0, row: 2, col: 3 };
  const shaded = () =>
    documentXml(FORM).replace(
      '<w:tc><w:p><w:r><w:t xml:space="preserve">≥4(次)',
      '<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="00B0F0"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">≥4(次)',
    );

  it.each([
    [false, '#FFFFFF', ['marks']],
    [true, '', []],
  ])('marks cells and restores their shading (Word takes "" for none: %s)', async (empty, restored, notes) => {
    const fake = new FakeWord(shaded(), { acceptsEmptyShading: empty });
    const host = hostOver(fake);
    await host.read();
    expect(fake.shading(b)).toBe('#00B0F0');
    await host.mark([
      { cell: a, severity: 'error' },
      { cell: b, severity: 'info' },
    ]);
    expect([fake.shading(a), fake.shading(b)]).toEqual([MARK_COLORS.error, MARK_COLORS.info]);
    await host.clearMarks();
    expect([fake.shading(a), fake.shading(b)]).toEqual([restored, '#00B0F0']);
    expect(host.capabilities.notes.map((n) => n.feature)).toEqual(notes);
  });

  it('replaces the marks of the last check, and restores them after the pane reloads', async () => {
    const fake = new FakeWord(shaded(), { acceptsEmptyShading: true });
    const host = hostOver(fake);
    await host.read();
    await host.mark([
      { cell: a, severity: 'warning' },
      { cell: b, severity: 'warning' },
    ]);
    await host.mark([{ cell: a, severity: 'error' }]);
    expect([fake.shading(a), fake.shading(b)]).toEqual([MARK_COLORS.error, '#00B0F0']);
    const reloaded = hostOver(fake, fake.settings.reopened());
    await reloaded.clearMarks();
    expect([fake.shading(a), fake.shading(b)]).toEqual(['', '#00B0F0']);
  });
});

describe('Word host: 审核意见 comments', () => {
  const commentsOn = (fake: FakeWord) =>
    fake.comments.map((c) => [textAt(reread(fake), refOfCell(fake, c.cell!)), c.text, c.replies.length]);
  /** The grid ref of a w:tc, by the OOXML reader's refs. */
  const refOfCell = (fake: FakeWord, tc: Element) =>
    reread(fake)
      .flatMap((g, table) => g.cells.map((c) => ({ table, ...c.ref })))
      .find((ref) => fake.cell(ref) === tc)!;

  async function reviewed() {
    const { fake, host } = await open(MISTAKES);
    const findings = check(await host.read()).flatMap((c) => c.findings);
    return { fake, host, findings };
  }

  it('leaves one comment on each cell in one round trip, and remembers them in the document', async () => {
    const { fake, host, findings } = await reviewed();
    const wanted = findings.slice(0, 3).map((f) => ({ cell: f.cell, text: `【审核意见】${f.message}` }));
    const { value, syncs } = await syncsOf(fake, () => host.comment(wanted));
    expect(value).toEqual({ written: 3, removed: 0, kept: 0, skipped: 0 });
    expect(syncs).toBe(1);
    expect(commentsOn(fake)).toEqual(
      findings.slice(0, 3).map((f) => [textAt(reread(fake), f.cell), `【审核意见】${f.message}`, 0]),
    );
    expect(fake.comments.map((c) => c.cell)).toEqual(findings.slice(0, 3).map((f) => fake.cell(f.cell)));
    expect(fake.settings.get('jixiao.comments')).toContain(fake.comments[0]!.id);
  });

  it('replaces its earlier comments on the next press, even from a reloaded pane, and leaves those a person edited or answered', async () => {
    const { fake, host, findings } = await reviewed();
    const [a, b, c, d] = findings.map((f) => f.cell);
    await host.comment([a!, b!, c!].map((cell, i) => ({ cell, text: `【审核意见】第 ${i + 1} 条` })));
    fake.comments[1]!.text = '【审核意见】第 2 条（已改：请补充测算依据）';
    fake.comments[2]!.replies.push('已修改');
    const reloaded = hostOver(fake, fake.settings.reopened());
    await reloaded.read();
    const { value, syncs } = await syncsOf(fake, () => reloaded.comment([{ cell: d!, text: '【审核意见】新' }]));
    expect(value).toEqual({ written: 1, removed: 1, kept: 2, skipped: 0 });
    expect(syncs).toBe(2);
    expect(fake.comments.map((x) => x.text)).toEqual([
      '【审核意见】第 2 条（已改：请补充测算依据）',
      '【审核意见】第 3 条',
      '【审核意见】新',
    ]);
    // The edited and answered ones are the people's now: taking all away leaves them.
    expect(await reloaded.comment([])).toEqual({ written: 0, removed: 1, kept: 0, skipped: 0 });
    expect(fake.comments.map((x) => x.text)).toEqual([
      '【审核意见】第 2 条（已改：请补充测算依据）',
      '【审核意见】第 3 条',
    ]);
  });

  it('never touches a comment a person wrote, even one written the same way', async () => {
    const { fake, host, findings } = await reviewed();
    await host.comment([{ cell: findings[0]!.cell, text: '【审核意见】一' }]);
    // A person's own comment with the same words, on another cell, through Word itself.
    await fake.run(async (context) => {
      const cell = context.document.body.tables.getFirst().getCell(1, 1);
      cell.body.getRange('Whole').insertComment('【审核意见】一');
      await context.sync();
    });
    expect(await host.comment([])).toEqual({ written: 0, removed: 1, kept: 0, skipped: 0 });
    expect(fake.comments.map((x) => x.text)).toEqual(['【审核意见】一']);
  });

  it('below WordApi 1.4 writes nothing and says each cell was skipped', async () => {
    const { fake, host } = await open(MISTAKES, { requirements: { WordApi: '1.3' } });
    const [finding] = check(await host.read()).flatMap((c) => c.findings);
    const { value, syncs } = await syncsOf(fake, () => host.comment([{ cell: finding!.cell, text: 'x' }]));
    expect(value).toEqual({ written: 0, removed: 0, kept: 0, skipped: 1 });
    expect(syncs).toBe(0);
    expect(fake.comments).toEqual([]);
  });
});

describe('Word host: inserting rows', () => {
  const EXAMPLE = '2023-市委组织部绩效目标申报表.docx';

  /** An indicator at the end of its 二级 block, and the RowInsert that adds one below it. */
  async function lastOfBlock(host: Host) {
    const { form } = check(await host.read())[0]!;
    const i = form.indicators.findIndex((ind, k) => form.indicators[k + 1]?.level2Cell !== ind.level2Cell);
    const after = form.indicators[i]!;
    const insert = {
      after: after.nameCell!,
      before: after.name,
      rows: [
        [
          { col: Number(after.nameCell!.col), text: '内刊发放覆盖率' },
          { col: Number(after.targetCell!.col), text: '≥95(%)' },
        ],
      ],
    };
    return { after, insert };
  }

  const indicatorsOf = (grids: Grid[]) =>
    check(grids)[0]!.form.indicators.map((ind) => [ind.level1, ind.level2, ind.name, ind.target]);

  it.each([
    ['Word joins the merge itself', { insertedRowsJoinMerges: 'always' as const }],
    ['Word does not: the host merges (WordApi 1.4)', { insertedRowsJoinMerges: 'inside' as const }],
  ])('puts the new indicator below, inside its 一级/二级 merged cells — %s', async (_how, options) => {
    const { fake, host } = await open(EXAMPLE, options);
    const { after, insert } = await lastOfBlock(host);
    const expected = indicatorsOf(await host.read());
    const at = expected.findIndex((row) => row[2] === after.name) + 1;
    expected.splice(at, 0, [after.level1, after.level2, '内刊发放覆盖率', '≥95(%)']);
    const { value, syncs } = await syncsOf(fake, () => host.insertRows(insert));
    expect(value).toEqual({ status: 'inserted' });
    expect(syncs).toBeLessThanOrEqual(4); // insert (2, 3 when merging) + the fresh read
    const grids = reread(fake);
    expect(indicatorsOf(grids)).toEqual(expected);
    const index = indexGrid(grids[0]!);
    const row = Number(after.nameCell!.row) + 1;
    expect(index.at(row, Number(after.level2Cell!.col))!.row).toBe(Number(after.level2Cell!.row));
    expect(index.at(row, Number(after.level1Cell!.col))!.row).toBe(Number(after.level1Cell!.row));
  });

  it('first takes its marks off the document: rows below shift, and the marks would point at other cells', async () => {
    const { fake, host } = await open(EXAMPLE);
    const { after, insert } = await lastOfBlock(host);
    const below = { ...after.targetCell!, row: Number(after.targetCell!.row) + 1 };
    await host.mark([{ cell: below, severity: 'error' }]);
    expect(fake.shading(below)).toBe(MARK_COLORS.error);
    expect((await host.insertRows(insert)).status).toBe('inserted');
    expect(fake.documentXml()).not.toContain(MARK_COLORS.error.slice(1));
  });

  it('on WordApi 1.3 inserts the row even where the merge cannot be extended; it still reads into its block', async () => {
    const { fake, host } = await open(EXAMPLE, { requirements: { WordApi: '1.3' } });
    const { after, insert } = await lastOfBlock(host);
    expect(await host.insertRows(insert)).toEqual({ status: 'inserted' });
    const added = check(reread(fake))[0]!.form.indicators.find((i) => i.name === '内刊发放覆盖率')!;
    expect([added.level1, added.level2]).toEqual([after.level1, after.level2]);
  });

  it('refuses when Word no longer reports the table as the check read it', async () => {
    let lie = false;
    const { fake, host } = await open(EXAMPLE, {
      misreport: (values) => (lie ? values.map((r) => r.map((v) => `${v}*`)) : values),
    });
    const { insert } = await lastOfBlock(host);
    const rows = reread(fake)[0]!.rowCount;
    lie = true;
    expect((await host.insertRows(insert)).status).toBe('conflict');
    expect(reread(fake)[0]!.rowCount).toBe(rows);
  });

  it('refuses when the row changed since the check', async () => {
    const { fake, host } = await open(EXAMPLE);
    const { insert } = await lastOfBlock(host);
    const rows = reread(fake)[0]!.rowCount;
    fake.type(insert.after, '改过的指标');
    expect((await host.insertRows(insert)).status).toBe('conflict');
    expect(reread(fake)[0]!.rowCount).toBe(rows);
  });
});

describe('Word host: filling an empty indicator row', () => {
  it('writes a suggestion into the empty row of its block in two round trips, adding no row', async () => {
    const { fake, host } = await open(`${EXAMPLE_BLANK.name}.docx`);
    await expectFillsEmptyRow(host, (call) => syncsOf(fake, call));
  });
});

describe('Word host: settings', () => {
  it('keeps settings in the document', async () => {
    const { fake, host } = await open(MISTAKES);
    await host.saveSetting('jixiao.ignored', '["x"]');
    expect(fake.settings.saved.get('jixiao.ignored')).toBe('["x"]');
    expect(await hostOver(fake, fake.settings.reopened()).loadSetting('jixiao.ignored')).toBe('["x"]');
  });
});
