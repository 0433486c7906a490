import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Edit } from '../../core/edits';
import type { Grid } from '../../core/grid';
import { indexGrid } from '../../core/grid';
import { parseGridText } from '../../core/grid-text';
import { check } from '../../core/lint';
import { EXAMPLE_BLANK } from '../../core/testing/example-forms';
import { expectFillsEmptyRow } from '../../../test/support/fill-empty-row';
import type { FakeExcelOptions } from '../../../test/support/fake-office/excel';
import { FakeExcel } from '../../../test/support/fake-office/excel';
import { xlsxBytes } from '../../../test/support/office-files';
import { loadSeed as loadSeedGrids } from '../../../test/seeds/load';
import { readXlsx } from '../file/xlsx';
import type { Host } from '../host';
import { MARK_COLORS } from '../office/marks';
import { settingsStore } from '../office/settings';
import { createExcelHost } from './excel-host';
import { parseArea } from './sheet-grid';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const WORKBOOKS = readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx'));
const MISTAKES = '示例-常见错误-生活驿站运行经费.xlsx';
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(EXAMPLES, name)));

function hostOver(fake: FakeExcel, settings = fake.settings): Host {
  return createExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: settingsStore({ document: settings }),
  });
}

async function open(name: string, options: FakeExcelOptions = {}) {
  const fake = await FakeExcel.fromXlsx(bytesOf(name), options);
  return { fake, host: hostOver(fake) };
}

async function openGrids(grids: Grid[], options: FakeExcelOptions = {}) {
  const fake = await FakeExcel.fromXlsx(await xlsxBytes(grids), options);
  return { fake, host: hostOver(fake) };
}

async function syncsOf<T>(fake: FakeExcel, call: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = fake.app.syncs;
  const value = await call();
  return { value, syncs: fake.app.syncs - before };
}

const findingsOf = (grids: Grid[]) =>
  check(grids).flatMap((c) => c.findings.map((f) => [f.ruleId, f.messageId, f.severity, f.actual, f.cell]));

const SMALL = parseGridText('项目名称 | 甲项目\n年度资金总额 | 1,842,000.00\n指标值 | ≥90(%)');
const sheetOf = (edit: Edit) => String(edit.cell.sheet);
const addressOf = (edit: Edit) => String(edit.cell.address);

async function targetFormatFix(host: Host) {
  const finding = check(await host.read())
    .flatMap((c) => c.findings)
    .find((f) => f.ruleId === 'target-format')!;
  return { edit: finding.fix![0]!, message: finding.message };
}

describe('Excel host: reading', () => {
  it.each(WORKBOOKS)('reads %s as the .xlsx host does, in two round trips', async (name) => {
    const { fake, host } = await open(name);
    const { value: grids, syncs } = await syncsOf(fake, () => host.read());
    const file = await readXlsx(bytesOf(name));
    expect(grids).toEqual(file);
    expect(findingsOf(grids)).toEqual(findingsOf(file));
    expect(syncs).toBe(2);
  });

  it.each([1, 25])('takes two round trips for %i sheets', async (n) => {
    const { fake, host } = await openGrids(Array.from({ length: n }, () => SMALL[0]!));
    const { value, syncs } = await syncsOf(fake, () => host.read());
    expect(value).toHaveLength(n);
    expect(syncs).toBe(2);
  });

  it('asks Excel to wait while the person is typing in a cell', async () => {
    const { fake, host } = await openGrids(SMALL);
    await host.read();
    await host.write([{ cell: { sheet: '表1', address: 'B3' }, before: '≥90(%)', text: '≥95(%)' }]);
    expect(fake.runOptions.length).toBeGreaterThan(1);
    expect(fake.runOptions.every((o) => (o as Excel.RunOptions).delayForCellEdit === true)).toBe(true);
  });

  it('below ExcelApi 1.13 reads without merged areas, says so, and offers no row inserts', async () => {
    const name = '2023-市委组织部绩效目标申报表.xlsx';
    const { fake, host } = await open(name, { requirements: { ExcelApi: '1.12' } });
    const { value: grids, syncs } = await syncsOf(fake, () => host.read());
    expect(syncs).toBe(2);
    expect(grids.flatMap((g) => g.cells).every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
    const file = await readXlsx(bytesOf(name));
    expect(grids.map((g) => g.cells.filter((c) => c.text).map((c) => c.text))).toEqual(
      file.map((g) => g.cells.filter((c) => c.text).map((c) => c.text)),
    );
    expect(host.capabilities.insertRows).toBe(false);
    expect(host.capabilities.notes.map((n) => n.feature)).toContain('mergedAreas');
    const insert = { after: { sheet: '表1', address: 'D12' }, before: '', rows: [[{ col: 3, text: 'x' }]] };
    expect((await host.insertRows(insert)).status).toBe('unsupported');
  });

  it('reads without merges when a sheet has more than Excel reports at once, and says so', async () => {
    const { fake, host } = await openGrids(SMALL);
    fake.addMerges(
      '表1',
      Array.from({ length: 600 }, (_, i) => `F${2 * i + 1}:F${2 * i + 2}`),
    );
    const grids = await host.read();
    expect(grids[0]!.cells.every((c) => c.rowSpan === 1)).toBe(true);
    expect(host.capabilities.notes).toContainEqual(expect.objectContaining({ zh: expect.stringContaining('512') }));
  });

  it('below ExcelApi 1.4 skips an empty sheet that Excel reports as A1', async () => {
    const { fake, host } = await openGrids([SMALL[0]!, { id: 'empty', rowCount: 1, colCount: 1, cells: [] }], {
      requirements: { ExcelApi: '1.3' },
    });
    expect(fake.sheetNames).toEqual(['表1', '表2']);
    expect((await host.read()).map((g) => g.id)).toEqual(['表1']);
  });
});

describe('Excel host: writing', () => {
  it('writes a fix in two round trips, keeping the old value and the reason in a note', async () => {
    const { fake, host } = await open(MISTAKES);
    const { edit, message } = await targetFormatFix(host);
    const { value, syncs } = await syncsOf(fake, () => host.write([edit], { comment: () => message }));
    expect(value).toEqual({ applied: [edit], conflicts: [], overlaps: [] });
    expect(syncs).toBe(2);
    const cell = fake.cell(sheetOf(edit), addressOf(edit));
    expect(cell.text).toBe(edit.text);
    expect(cell.note).toBe(`原值 Old: ${edit.before}\n${message}`);
    const again = check(await host.read()).flatMap((c) => c.findings);
    expect(again.filter((f) => f.ruleId === 'target-format')).toEqual([]);
  });

  it('keeps an amount a number in its format, and restyles a bare number by its format', async () => {
    const { fake, host } = await openGrids(SMALL);
    fake.type('表1', 'B1', 1842000);
    await host.read();
    const edits: Edit[] = [
      { cell: { sheet: '表1', address: 'B2' }, before: '1,842,000.00', text: '2,000,000.00' },
      { cell: { sheet: '表1', address: 'B1' }, before: '1842000', text: '1,842,000.00' },
    ];
    expect((await host.write(edits)).applied).toEqual(edits);
    expect(fake.cell('表1', 'B2')).toMatchObject({ value: 2000000, numberFormat: '#,##0.00', text: '2,000,000.00' });
    expect(fake.cell('表1', 'B1')).toMatchObject({ value: 1842000, numberFormat: '#,##0.00', text: '1,842,000.00' });
  });

  it('writes any text literally: Excel never turns it into a formula, number, date or flag', async () => {
    const { fake, host } = await openGrids(SMALL);
    await host.read();
    let before = '≥90(%)';
    const texts = fc
      .stringMatching(/^[-=+@'0-9.,:/%()eE年月日 a-z≥甲]{1,12}$/)
      .filter((t) => t.trim() === t && t !== '');
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        const edit = { cell: { sheet: '表1', address: 'B3' }, before, text };
        const result = await host.write([edit]);
        expect(result.applied).toEqual([edit]);
        expect(fake.cell('表1', 'B3')).toMatchObject({ text, formula: null });
        before = text;
      }),
      { numRuns: 60 },
    );
  });

  it('uses a threaded comment below ExcelApi 1.18, as a reply where the cell already has a thread', async () => {
    const { fake, host } = await openGrids(SMALL, { requirements: { ExcelApi: '1.12' } });
    fake.addComment('表1', 'B3', '请核对');
    await host.read();
    const edits: Edit[] = [
      { cell: { sheet: '表1', address: 'B3' }, before: '≥90(%)', text: '≥95(%)' },
      { cell: { sheet: '表1', address: 'B1' }, before: '甲项目', text: '乙项目' },
    ];
    expect((await host.write(edits, { comment: () => '理由' })).applied).toEqual(edits);
    expect(fake.cell('表1', 'B3').comment).toEqual({ content: '请核对', replies: ['原值 Old: ≥90(%)\n理由'] });
    expect(fake.cell('表1', 'B1').comment).toEqual({ content: '原值 Old: 甲项目\n理由', replies: [] });
    await host.write([{ cell: { sheet: '表1', address: 'B1' }, before: '乙项目', text: '丙项目' }]);
    expect(fake.cell('表1', 'B1').comment!.replies).toEqual(['原值 Old: 乙项目']);
  });

  it('adds to an existing note instead of replacing it', async () => {
    const { fake, host } = await openGrids(SMALL);
    await host.read();
    const first = { cell: { sheet: '表1', address: 'B3' }, before: '≥90(%)', text: '≥95(%)' };
    await host.write([first]);
    await host.write([{ ...first, before: '≥95(%)', text: '≥98(%)' }]);
    expect(fake.cell('表1', 'B3').note).toBe('原值 Old: ≥90(%)\n\n原值 Old: ≥95(%)');
  });

  it('below ExcelApi 1.10 keeps no note, and says where the old value is kept', async () => {
    const { fake, host } = await openGrids(SMALL, { requirements: { ExcelApi: '1.9' } });
    await host.read();
    const edit = { cell: { sheet: '表1', address: 'B3' }, before: '≥90(%)', text: '≥95(%)' };
    expect((await host.write([edit], { comment: () => '理由' })).applied).toEqual([edit]);
    expect(fake.cell('表1', 'B3')).toMatchObject({ text: '≥95(%)', note: null, comment: null });
    expect(host.capabilities.comments).toBe(false);
    expect(host.capabilities.notes.map((n) => n.feature)).toContain('comments');
  });

  it('refuses a cell the person changed after the check, and writes the others', async () => {
    const { fake, host } = await openGrids(SMALL);
    await host.read();
    const changed = { cell: { sheet: '表1', address: 'B3' }, before: '≥90(%)', text: '≥95(%)' };
    const other = { cell: { sheet: '表1', address: 'B1' }, before: '甲项目', text: '乙项目' };
    fake.type('表1', 'B3', '≥92%');
    expect(await host.write([changed, other])).toEqual({ applied: [other], conflicts: [changed], overlaps: [] });
    expect(fake.cell('表1', 'B3')).toMatchObject({ text: '≥92%', note: null });
  });

  // Finance staff's 会计专用 format: Excel shows ` ¥ 1,217,200.00 ` and, for zero, a dash (the fake: ` ¥ - `); the
  // cells hold numbers. The CLI reads the same workbook through the same formatNumber, so the comparison below
  // checks the pane's reading (padding, the fill's space) against it, not Excel's display itself (xlsx.test).

  it('reads amounts in the accounting format with a yuan sign as the CLI does, and writes into them keeping it', async () => {
    const ACCOUNTING = '_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ';
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBytes(loadSeedGrids('2024-xidu.grid'))) as unknown as ArrayBuffer);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'number') cell.numFmt = ACCOUNTING;
        }),
      ),
    );
    const [first] = check(await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer())));
    const fiscal = first!.form.funds.annualFiscal!;
    // This year's appropriation left at 0: Excel shows the format's dash.
    workbook.getWorksheet(String(fiscal.cell.sheet))!.getCell(String(fiscal.cell.address)).value = 0;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fake = await FakeExcel.fromXlsx(bytes);
    const host = hostOver(fake);
    const grids = await host.read();
    const where = (f: { ruleId: string; messageId: string; cell: unknown }) =>
      `${f.ruleId}:${f.messageId}:${JSON.stringify(f.cell)}`;
    const inPane = check(grids).flatMap((c) => c.findings);
    expect(inPane.map(where)).toEqual(
      check(await readXlsx(bytes))
        .flatMap((c) => c.findings)
        .map(where),
    );
    expect(inPane.filter((f) => f.ruleId === 'fund-amount-invalid')).toEqual([]);
    const [form] = check(grids);
    expect(form!.form.funds.annualFiscal).toMatchObject({ text: expect.stringMatching(/^\s*¥ -\s*$/), fen: 0 });
    expect(form!.form.funds.annual).toMatchObject({ text: expect.stringMatching(/^\s*¥ 1,217,200\.00\s*$/) });

    // The sum's fix into the dash: written as a number, shown by the cell's own format, confirmed.
    const sum = form!.findings.find((f) => f.ruleId === 'fund-annual-sum')!;
    const intoDash = sum.suggestions!.find((s) => s.edits[0]!.cell.address === fiscal.cell.address)!;
    expect(intoDash.edits[0]!.text).toBe('¥1,217,200.00');
    expect(await host.write(intoDash.edits)).toMatchObject({ applied: intoDash.edits, conflicts: [] });
    expect(fake.cell(String(fiscal.cell.sheet), String(fiscal.cell.address))).toMatchObject({
      value: 1217200,
      numberFormat: ACCOUNTING,
    });

    // 2024 forms print amounts without a yuan sign: the format fix changes the number format, once.
    const restyle = check(await host.read())[0]!.findings.find((f) => f.ruleId === 'fund-format')!;
    expect(restyle.fix![0]!.text).toBe('1,217,200.00');
    expect(await host.write(restyle.fix!)).toMatchObject({ applied: restyle.fix, conflicts: [] });
    const cell = restyle.fix![0]!.cell;
    expect(fake.cell(String(cell.sheet), String(cell.address))).toMatchObject({
      value: 1217200,
      text: '1,217,200.00',
      numberFormat: '#,##0.00',
    });
    const after = check(await host.read())[0]!.findings.filter((f) => f.ruleId === 'fund-format');
    expect(after.map((f) => f.cell)).not.toContainEqual(cell);
  });

  it('writes an amount into a sheet kept in 万元 as the number in 万元, its unit left to the format, as the CLI does', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表1');
    sheet.getCell('A1').value = '年度资金申请总额';
    sheet.getCell('B1').value = 30;
    sheet.getCell('B1').numFmt = '0.00"万元"';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fake = await FakeExcel.fromXlsx(bytes);
    const host = hostOver(fake);
    const amountIn = (grids: readonly Grid[]) => grids[0]!.cells.find((c) => c.row === 0 && c.col === 1)!.text;
    expect(amountIn(await host.read())).toBe('30.00万元');
    expect(amountIn(await readXlsx(bytes))).toBe('30.00万元');
    const edit = { cell: { sheet: '表1', address: 'B1' }, before: '30.00万元', text: '29.60万元' };
    expect(await host.write([edit])).toMatchObject({ applied: [edit], conflicts: [] });
    expect(fake.cell('表1', 'B1')).toMatchObject({ value: 29.6, numberFormat: '0.00"万元"', text: '29.60万元' });
  });

  it('never replaces a formula with a constant: a computed total is refused, its parts are written', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表1');
    sheet.getCell('A1').value = '年度资金申请总额';
    sheet.getCell('B1').value = { formula: 'B2+B3', result: 296000 };
    sheet.getCell('A2').value = '当年财政拨款';
    sheet.getCell('B2').value = 269000;
    sheet.getCell('B3').value = 27000;
    for (const a of ['B1', 'B2', 'B3']) sheet.getCell(a).numFmt = '#,##0.00';
    const fake = await FakeExcel.fromXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const host = hostOver(fake);
    await host.read();
    const total = { cell: { sheet: '表1', address: 'B1' }, before: '296,000.00', text: '269,000.00' };
    const part = { cell: { sheet: '表1', address: 'B2' }, before: '269,000.00', text: '296,000.00' };
    expect(await host.write([total, part])).toEqual({ applied: [part], conflicts: [total], overlaps: [] });
    expect(fake.cell('表1', 'B1')).toMatchObject({ formula: '=B2+B3', text: '296,000.00', note: null });
    expect(fake.cell('表1', 'B2')).toMatchObject({ value: 296000, text: '296,000.00' });
  });

  it('leaves a second, different edit of a cell for the next pass', async () => {
    const { host } = await openGrids(SMALL);
    await host.read();
    const edit = { cell: { sheet: '表1', address: 'B3' }, before: '≥90(%)', text: '≥95(%)' };
    const different = { ...edit, text: '≥96(%)' };
    expect(await host.write([edit, { ...edit }, different])).toEqual({
      applied: [edit, { ...edit }],
      conflicts: [],
      overlaps: [different],
    });
  });

  it('writes a batch across many sheets in two round trips', async () => {
    const { fake, host } = await openGrids(Array.from({ length: 25 }, () => SMALL[0]!));
    await host.read();
    const edits = Array.from({ length: 25 }, (_, i) => ({
      cell: { sheet: `表${i + 1}`, address: 'B3' },
      before: '≥90(%)',
      text: '≥95(%)',
    }));
    const { value, syncs } = await syncsOf(fake, () => host.write(edits));
    expect(value.applied).toHaveLength(25);
    expect(syncs).toBe(2);
  });

  it('refuses everything, writing nothing, when a sheet was renamed since the check', async () => {
    const { fake, host } = await openGrids([SMALL[0]!, SMALL[0]!]);
    await host.read();
    fake.sheet('表2').name = '改名';
    const edits = ['表1', '表2'].map((sheet) => ({ cell: { sheet, address: 'B3' }, before: '≥90(%)', text: '≥95(%)' }));
    expect(await host.write(edits)).toEqual({ applied: [], conflicts: edits, overlaps: [] });
    expect(fake.cell('表1', 'B3').text).toBe('≥90(%)');
  });

  it('when the writing round trip fails part way, reports what landed', async () => {
    const { fake, host } = await openGrids(SMALL, { requirements: { ExcelApi: '1.12' } });
    await host.read();
    fake.addComment('表1', 'B1', '别人刚加的批注');
    const edits = [
      { cell: { sheet: '表1', address: 'B3' }, before: '≥90(%)', text: '≥95(%)' },
      { cell: { sheet: '表1', address: 'B1' }, before: '甲项目', text: '乙项目' },
    ];
    // The comment on B1 (added after the check) makes "add" fail after both values were written.
    expect(await host.write(edits)).toEqual({ applied: edits, conflicts: [], overlaps: [] });
    expect(fake.cell('表1', 'B1').text).toBe('乙项目');
  });
});

describe('Excel host: reveal and marks', () => {
  it('activates the sheet and selects the cell', async () => {
    const { fake, host } = await openGrids([SMALL[0]!, SMALL[0]!]);
    await host.reveal({ sheet: '表2', address: 'B3' });
    expect([fake.activeSheet, fake.selection]).toEqual(['表2', { sheet: '表2', address: 'B3' }]);
  });

  const a = { sheet: '表1', address: 'B1' };
  const b = { sheet: '表1', address: 'B3' };

  it.each([
    ['ExcelApi 1.9+: a white fill is put back as white', '1.9', '#FFFFFF'],
    ['below 1.9 a white fill cannot be told from none: it is cleared', '1.8', null],
  ])('marks cells and restores their fills — %s', async (_what, version, white) => {
    const { fake, host } = await openGrids(SMALL, { requirements: { ExcelApi: version } });
    fake.setFill('表1', 'B3', '#00B0F0');
    fake.setFill('表1', 'A1', '#FFFFFF');
    await host.mark([
      { cell: a, severity: 'error' },
      { cell: b, severity: 'info' },
      { cell: { sheet: '表1', address: 'A1' }, severity: 'warning' },
    ]);
    expect(['B1', 'B3', 'A1'].map((x) => fake.cell('表1', x).fill)).toEqual([
      MARK_COLORS.error,
      MARK_COLORS.info,
      MARK_COLORS.warning,
    ]);
    await host.clearMarks();
    expect(['B1', 'B3', 'A1'].map((x) => fake.cell('表1', x).fill)).toEqual([null, '#00B0F0', white]);
  });

  it('replaces the marks of the last check, and restores them after the pane reloads', async () => {
    const { fake, host } = await openGrids([SMALL[0]!, SMALL[0]!]);
    await host.mark([
      { cell: a, severity: 'warning' },
      { cell: b, severity: 'warning' },
      { cell: { sheet: '表2', address: 'B1' }, severity: 'info' },
    ]);
    await host.mark([
      { cell: a, severity: 'error' },
      { cell: { sheet: '表2', address: 'B1' }, severity: 'info' },
    ]);
    expect([fake.cell('表1', 'B1').fill, fake.cell('表1', 'B3').fill]).toEqual([MARK_COLORS.error, null]);
    fake.sheet('表2').name = '改名'; // a sheet renamed since does not stop the others being restored
    await hostOver(fake, fake.settings.reopened()).clearMarks();
    expect(fake.cell('表1', 'B1').fill).toBeNull();
    expect(fake.cell('改名', 'B1').fill).toBe(MARK_COLORS.info);
  });
});

describe('Excel host: 审核意见 comments', () => {
  const at = (address: string) => ({ sheet: '表1', address });

  it('leaves a note on each cell in two round trips, skipping a cell that holds a person’s note', async () => {
    const { fake, host } = await openGrids(SMALL);
    fake.setNote('表1', 'B1', '请核对单位名称');
    await host.read();
    const { value, syncs } = await syncsOf(fake, () =>
      host.comment([
        { cell: at('B1'), text: '【审核意见】一' },
        { cell: at('B2'), text: '【审核意见】二' },
        { cell: { sheet: '已删除的表', address: 'A1' }, text: '【审核意见】三' },
      ]),
    );
    expect(value).toEqual({ written: 1, removed: 0, kept: 0, skipped: 2 });
    expect(syncs).toBe(2);
    expect([fake.cell('表1', 'B1').note, fake.cell('表1', 'B2').note]).toEqual(['请核对单位名称', '【审核意见】二']);
  });

  it('replaces its earlier notes on the next press, even from a reloaded pane, and leaves a note a person rewrote', async () => {
    const { fake, host } = await openGrids(SMALL);
    await host.read();
    await host.comment([
      { cell: at('B1'), text: '【审核意见】一' },
      { cell: at('B2'), text: '【审核意见】二' },
      { cell: at('B3'), text: '【审核意见】三' },
    ]);
    fake.setNote('表1', 'B2', '【审核意见】二（已改）');
    const reloaded = hostOver(fake, fake.settings.reopened());
    await reloaded.read();
    const value = await reloaded.comment([
      { cell: at('B2'), text: '【审核意见】新二' },
      { cell: at('B3'), text: '【审核意见】新三' },
    ]);
    expect(value).toEqual({ written: 1, removed: 2, kept: 1, skipped: 1 });
    expect(['B1', 'B2', 'B3'].map((a) => fake.cell('表1', a).note)).toEqual([
      null,
      '【审核意见】二（已改）',
      '【审核意见】新三',
    ]);
    expect(await reloaded.comment([])).toEqual({ written: 0, removed: 1, kept: 0, skipped: 0 });
    expect(fake.cell('表1', 'B3').note).toBeNull();
  });

  it('uses threaded comments below ExcelApi 1.18, and leaves a thread someone answered', async () => {
    const { fake, host } = await openGrids(SMALL, { requirements: { ExcelApi: '1.12' } });
    fake.addComment('表1', 'B3', '请核对');
    await host.read();
    expect(
      await host.comment([
        { cell: at('B1'), text: '【审核意见】一' },
        { cell: at('B2'), text: '【审核意见】二' },
        { cell: at('B3'), text: '【审核意见】三' },
      ]),
    ).toEqual({ written: 2, removed: 0, kept: 0, skipped: 1 });
    fake.cell('表1', 'B2').comment!.replies.push('已修改');
    expect(await host.comment([{ cell: at('B1'), text: '【审核意见】新一' }])).toEqual({
      written: 1,
      removed: 1,
      kept: 1,
      skipped: 0,
    });
    expect(['B1', 'B2', 'B3'].map((a) => fake.cell('表1', a).comment)).toEqual([
      { content: '【审核意见】新一', replies: [] },
      { content: '【审核意见】二', replies: ['已修改'] },
      { content: '请核对', replies: [] },
    ]);
  });

  it('below ExcelApi 1.10 writes nothing', async () => {
    const { fake, host } = await openGrids(SMALL, { requirements: { ExcelApi: '1.9' } });
    await host.read();
    expect(await host.comment([{ cell: at('B1'), text: 'x' }])).toEqual({
      written: 0,
      removed: 0,
      kept: 0,
      skipped: 1,
    });
    expect(fake.cell('表1', 'B1')).toMatchObject({ note: null, comment: null });
  });
});

describe('Excel host: inserting rows', () => {
  const EXAMPLE = '2023-市委组织部绩效目标申报表.xlsx';

  async function lastOfBlock(host: Host) {
    const { form } = check(await host.read())[0]!;
    const i = form.indicators.findIndex((ind, k) => form.indicators[k + 1]?.level2Cell !== ind.level2Cell);
    const after = form.indicators[i]!;
    const insert = {
      after: after.nameCell!,
      before: after.name,
      rows: [
        [
          { col: colOf(after.nameCell!.address), text: '内刊发放覆盖率' },
          { col: colOf(after.targetCell!.address), text: '≥95(%)' },
        ],
      ],
    };
    return { after, insert };
  }

  const colOf = (address: string | number | undefined) => parseArea(String(address))!.left;
  const indicatorsOf = (grids: Grid[]) =>
    check(grids)[0]!.form.indicators.map((ind) => [ind.level1, ind.level2, ind.name, ind.target]);

  it('puts the new indicator below, its 一级/二级 merged areas grown over it, in two round trips', async () => {
    const { fake, host } = await open(EXAMPLE);
    const { after, insert } = await lastOfBlock(host);
    const expected = indicatorsOf(await host.read());
    expected.splice(expected.findIndex((r) => r[2] === after.name) + 1, 0, [
      after.level1,
      after.level2,
      '内刊发放覆盖率',
      '≥95(%)',
    ]);
    const before = fake.app.syncs;
    expect(await host.insertRows(insert)).toEqual({ status: 'inserted' });
    expect(fake.app.runs.slice(-2)).toEqual([2, 2]); // the insert, then the fresh read
    expect(fake.app.syncs - before).toBe(4);
    const grids = await host.read();
    expect(indicatorsOf(grids)).toEqual(expected);
    const index = indexGrid(grids[0]!);
    const row = parseArea(String(after.nameCell!.address))!.top + 1;
    expect(index.at(row, colOf(after.level2Cell!.address))!.ref).toEqual(after.level2Cell);
    expect(index.at(row, colOf(after.level1Cell!.address))!.ref).toEqual(after.level1Cell);
  });

  it('first takes its marks off the sheet: rows below shift, and the marks would point at other cells', async () => {
    const { fake, host } = await open(EXAMPLE);
    const { after, insert } = await lastOfBlock(host);
    await host.mark([{ cell: after.targetCell!, severity: 'error' }]);
    expect(fake.cell('表1', String(after.targetCell!.address)).fill).toBe(MARK_COLORS.error);
    expect((await host.insertRows(insert)).status).toBe('inserted');
    expect([...fake.sheet('表1').cells.values()].filter((c) => c.fill === MARK_COLORS.error)).toEqual([]);
  });

  it('refuses when the row changed since the check', async () => {
    const { fake, host } = await open(EXAMPLE);
    const { insert } = await lastOfBlock(host);
    const merges = fake.merges('表1');
    fake.type('表1', String(insert.after.address), '改过的指标');
    expect((await host.insertRows(insert)).status).toBe('conflict');
    expect(fake.merges('表1')).toEqual(merges);
  });
});

describe('Excel host: filling an empty indicator row', () => {
  it.each([
    ['', {}],
    [' (below ExcelApi 1.13 too, where rows cannot be added)', { requirements: { ExcelApi: '1.12' } }],
  ])('writes a suggestion into the empty row of its block in two round trips, adding no row%s', async (_, options) => {
    const { fake, host } = await open(`${EXAMPLE_BLANK.name}.xlsx`, options);
    await expectFillsEmptyRow(host, (call) => syncsOf(fake, call));
  });
});

describe('Excel host: settings', () => {
  it('keeps settings in the workbook', async () => {
    const { fake, host } = await openGrids(SMALL);
    await host.saveSetting('jixiao.ignored', '["x"]');
    expect(await hostOver(fake, fake.settings.reopened()).loadSetting('jixiao.ignored')).toBe('["x"]');
  });
});
