import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FakeExcel } from '../../test/support/fake-office/excel';
import { FakeWord } from '../../test/support/fake-office/word';
import { docxBytes, documentXml, sheetRows, withAddinSettings, xlsxBytes } from '../../test/support/office-files';
import { jixiao } from '../../test/support/run-cli';
import { refKey } from '../core/grid';
import { parseGridText } from '../core/grid-text';
import { ignoreKey } from '../core/ignored';
import type { Finding } from '../core/rules';
import { createExcelHost } from '../hosts/excel/excel-host';
import { readDocumentFile } from '../hosts/file/read-file';
import { keptLastYearText } from '../hosts/kept-last-year';
import { parseXml } from '../hosts/file/docx';
import { settingsStore } from '../hosts/office/settings';
import { createWordHost } from '../hosts/word/word-host';
import { bundledLibrary } from '../library/bundled';
import { Session } from '../taskpane/session';
import type { Report } from './report';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const MISTAKES = '示例-常见错误-生活驿站运行经费';
/** What a person ignores in the pane: a 写法 fix they do not want, and the fund-sum error itself. */
const IGNORED_RULES = ['fund-annual-sum', 'target-format'];

const where = (f: Finding) => `${f.ruleId}@${refKey(f.cell)}`;
const findingsOf = (report: Report) => report.files.flatMap((f) => f.forms.flatMap((form) => form.findings));
const ignoredOf = (report: Report) => report.files.flatMap((f) => f.forms.flatMap((form) => form.ignored ?? []));

/**
 * A document opened in the pane: the real Session over the Word or Excel host on the fake Office object model, and
 * how to save the file with what the pane saved in its settings, as Office writes them.
 */
async function openInPane(ext: 'docx' | 'xlsx', bytes: Uint8Array) {
  const fake = ext === 'docx' ? await FakeWord.fromDocx(bytes) : await FakeExcel.fromXlsx(bytes);
  const settings = settingsStore({ document: fake.settings });
  const host =
    ext === 'docx'
      ? createWordHost({ run: (fake as FakeWord).run, requirements: fake.requirements, parseXml, settings })
      : createExcelHost({ run: (fake as FakeExcel).run, requirements: fake.requirements, settings });
  const saveAs = async (path: string) =>
    writeFileSync(path, await withAddinSettings(bytes, [{ settings: Object.fromEntries(fake.settings.saved) }]));
  return { session: new Session(host, 'zh-CN'), saveAs };
}

/**
 * The example opened in the pane (the real Session over the Word or Excel host, on the fake Office object model), one
 * finding of each IGNORED_RULES ignored there, and the document saved with what the pane saved in its settings.
 */
async function ignoredInPane(ext: 'docx' | 'xlsx', dir: string): Promise<{ path: string; ignored: Finding[] }> {
  const example = new Uint8Array(readFileSync(join(EXAMPLES, `${MISTAKES}.${ext}`)));
  const bytes = ext === 'xlsx' ? await withAccountingFormat(example) : example;
  const { session, saveAs } = await openInPane(ext, bytes);
  await session.check();
  const shown = session.getState().forms.flatMap((f) => f.findings);
  const ignored = IGNORED_RULES.map((rule) => shown.find((f) => f.ruleId === rule)!);
  for (const finding of ignored) await session.ignore(finding);
  const path = join(dir, `${MISTAKES}.${ext}`);
  await saveAs(path);
  return { path, ignored };
}

/** Finance staff's accounting format on the amounts: Excel's `Range.text` pads them, the file reader does not. */
async function withAccountingFormat(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ';
      }),
    ),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(['docx', 'xlsx'] as const)('jixiao check honours what the pane ignored in a .%s', (ext) => {
  const dir = mkdtempSync(join(tmpdir(), `jixiao-ignored-${ext}-`));
  const original = join(EXAMPLES, `${MISTAKES}.${ext}`);
  let saved: { path: string; ignored: Finding[] };
  let plain: Report;

  beforeAll(async () => {
    saved = await ignoredInPane(ext, dir);
    plain = JSON.parse((await jixiao('check', original, '--format', 'json')).stdout) as Report;
  });

  it('leaves the ignored findings out of the findings and the counts, and lists them apart (JSON)', async () => {
    const { code, stdout } = await jixiao('check', saved.path, '--format', 'json');
    const report = JSON.parse(stdout) as Report;
    const ignored = saved.ignored.map(where);
    expect(ignoredOf(report).map(where)).toEqual(ignored);
    expect(findingsOf(report).map(where)).toEqual(
      findingsOf(plain)
        .map(where)
        .filter((w) => !ignored.includes(w)),
    );
    expect(report.summary).toMatchObject({
      errors: plain.summary.errors - 1,
      warnings: plain.summary.warnings,
      infos: plain.summary.infos - 1,
      ignored: 2,
    });
    expect(plain.summary.ignored).toBe(0);
    // The form still has another error (an empty target): the exit status is that of what is left.
    expect(code).toBe(1);
  });

  it('says in the text report how many were ignored, and how serious, instead of listing them', async () => {
    const { stdout } = await jixiao('check', saved.path);
    expect(stdout).toContain(
      `${saved.path}：另有 2 条问题已在文档中忽略（错误 1 条、提示 1 条），未列出；加 --include-ignored 可列出`,
    );
    expect(stdout).not.toMatch(/fund-annual-sum|target-format/);
    expect(stdout.trim().split('\n').pop()).toMatch(/提示 \d+ 条（另有 2 条已在文档中忽略，未计入）$/);
    const en = await jixiao('check', saved.path, '--lang', 'en');
    expect(en.stdout).toContain('2 more findings were ignored in the document (1 error, 1 info) and are not listed');
    expect(en.stdout).toMatch(/infos \(2 more ignored in the documents, not counted\)\n$/);
  });

  it('reports them like any other with --include-ignored, and still says which they are', async () => {
    const { stdout } = await jixiao('check', saved.path, '--format', 'json', '--include-ignored');
    const report = JSON.parse(stdout) as Report;
    const ignored = saved.ignored.map(where);
    expect(findingsOf(report).map(where)).toEqual(findingsOf(plain).map(where));
    const marked = findingsOf(report).filter((f) => f.ignoredInDocument);
    expect(marked.map(where)).toEqual(ignored);
    expect(ignoredOf(report).map(where)).toEqual(ignored);
    expect(report.summary).toEqual({ ...plain.summary, ignored: 2 });

    const text = (await jixiao('check', saved.path, '--include-ignored')).stdout;
    expect(text).toMatch(/:表1[! ].* 错误［已在文档中忽略］ 年度资金申请总额 .* fund-annual-sum\n/);
    expect(text).not.toContain('未列出');
    expect(text.trim().split('\n').pop()).toMatch(/提示 \d+ 条（其中 2 条已在文档中忽略）$/);
  });

  it('exits 0 when every error left is one the document ignored', async () => {
    const errors = (
      JSON.parse((await jixiao('check', saved.path, '--format=json')).stdout) as Report
    ).files[0]!.forms[0]!.findings.filter((f) => f.severity === 'error');
    const keys = [...saved.ignored, ...errors].map((f) => ignoreKey(f));
    const path = join(dir, `all-errors-ignored.${ext}`);
    const bytes = new Uint8Array(readFileSync(original));
    writeFileSync(path, await withAddinSettings(bytes, [{ settings: { 'jixiao.ignored': JSON.stringify(keys) } }]));
    const { code, stdout } = await jixiao('check', path, '--format=json');
    expect((JSON.parse(stdout) as Report).summary).toMatchObject({ errors: 0, ignored: keys.length });
    expect(code).toBe(0);
    expect((await jixiao('check', path, '--include-ignored')).code).toBe(1);
  });

  it('does not apply a fix the person ignored, nor comment on it, in the copies under --out', async () => {
    const out = join(dir, 'out');
    await jixiao('check', saved.path, '--fix', '--comments', '--out', out);
    const format = saved.ignored.find((f) => f.ruleId === 'target-format')!;
    const copy = await readDocumentFile(join(out, `${MISTAKES}.${ext}`));
    const cell = copy.flatMap((g) => g.cells).find((c) => refKey(c.ref) === refKey(format.cell))!;
    expect(cell.text).toBe(format.actual);
    // The copy keeps the pane's ignore list: the same two findings are still ignored in it.
    const again = JSON.parse((await jixiao('check', join(out, `${MISTAKES}.${ext}`), '--format', 'json')).stdout);
    expect(ignoredOf(again as Report).map(where)).toEqual(saved.ignored.map(where));
  });

  it('lists them on a sheet of their own in the --report workbook, and notes them in 汇总', async () => {
    const workbook = join(dir, `report-${ext}.xlsx`);
    await jixiao('check', saved.path, '--report', workbook);
    const sheets = await sheetRows(new Uint8Array(readFileSync(workbook)));
    const rows = sheets.get('文档中已忽略')!.slice(1);
    expect(rows.map((r) => r[7])).toEqual(IGNORED_RULES);
    expect(sheets.get('问题清单')!.some((r) => IGNORED_RULES.includes(String(r[7])))).toBe(false);
    expect(sheets.get('汇总')![1]!.at(-1)).toBe('另有 2 条问题已在文档中忽略，未计入（见“文档中已忽略”）');

    await jixiao('check', saved.path, '--report', workbook, '--include-ignored');
    const listed = await sheetRows(new Uint8Array(readFileSync(workbook)));
    const marked = listed.get('问题清单')!.filter((r) => String(r[3]).endsWith('（已忽略）'));
    expect(marked.map((r) => r[7])).toEqual(IGNORED_RULES);
    expect(listed.get('汇总')![1]!.at(-1)).toBe('其中 2 条已在文档中忽略（见“文档中已忽略”）');
  });

  it('shows a finding again once its cell reads otherwise than when it was ignored', async () => {
    const bytes = new Uint8Array(readFileSync(original));
    const keys = saved.ignored.map((f) => `${f.ruleId}|${refKey(f.cell)}|${f.actual}0`);
    const path = join(dir, `changed.${ext}`);
    writeFileSync(path, await withAddinSettings(bytes, [{ settings: { 'jixiao.ignored': JSON.stringify(keys) } }]));
    const report = JSON.parse((await jixiao('check', path, '--format', 'json')).stdout) as Report;
    expect(report.summary.ignored).toBe(0);
    expect(findingsOf(report).map(where)).toEqual(findingsOf(plain).map(where));
  });
});

describe.each(['docx', 'xlsx'] as const)('jixiao check compares a .%s with the last year’s form it keeps', (ext) => {
  const dir = mkdtempSync(join(tmpdir(), `jixiao-last-year-${ext}-`));
  const LAST_YEAR = '2023-市委组织部绩效目标申报表.docx';
  let path: string;
  let pane: Finding[];

  /** 与上年比较 in the pane (the real Session over the fake Office): last year's file picked, kept by the document. */
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(join(EXAMPLES, `示例-常见错误-机关服务费.${ext}`)));
    const { session, saveAs } = await openInPane(ext, bytes);
    const lastYear = await readDocumentFile(join(EXAMPLES, LAST_YEAR));
    await session.setLastYear(LAST_YEAR, lastYear, bundledLibrary().indicators);
    expect(session.getState().lastYear).toMatchObject({ kept: true });
    pane = session.getState().forms.flatMap((f) => f.findings);
    path = join(dir, `机关服务费.${ext}`);
    await saveAs(path);
  });

  it('reports the findings the pane shows, year-on-year ones included, and names last year’s form', async () => {
    const report = JSON.parse((await jixiao('check', path, '--format', 'json')).stdout) as Report;
    expect(findingsOf(report).map(where)).toEqual(pane.map(where));
    const yearly = findingsOf(report).filter((f) => f.ruleId === 'target-below-last-year');
    expect(yearly.map((f) => f.actual)).toEqual(['≥70(%)']);
    expect(report.files[0]!.keptLastYear).toBe(LAST_YEAR);
    expect(report.files[0]!.forms[0]!.lastYear).toEqual({
      file: LAST_YEAR,
      index: 3,
      projectName: '机关服务费',
      year: 2023,
    });
    const plain = JSON.parse(
      (await jixiao('check', join(EXAMPLES, `示例-常见错误-机关服务费.${ext}`), '--format', 'json')).stdout,
    ) as Report;
    expect(findingsOf(plain).filter((f) => f.ruleId === 'target-below-last-year')).toEqual([]);
    expect(plain.files[0]!.keptLastYear).toBeUndefined();
    expect(plain.files[0]!.forms[0]!.lastYear).toBeUndefined();
  });

  it('compares nothing with --no-last-year: this year’s findings alone, as for a plain file', async () => {
    const report = JSON.parse((await jixiao('check', path, '--no-last-year', '--format', 'json')).stdout) as Report;
    const plain = JSON.parse(
      (await jixiao('check', join(EXAMPLES, `示例-常见错误-机关服务费.${ext}`), '--format', 'json')).stdout,
    ) as Report;
    expect(findingsOf(report).map(where)).toEqual(findingsOf(plain).map(where));
    expect(report.files[0]!.keptLastYear).toBeUndefined();
    expect(report.files[0]!.forms[0]!.lastYear).toBeUndefined();
    expect((await jixiao('check', path, '--no-last-year')).stdout).not.toContain('上年申报表');
  });

  it('says in the text report what it compared with', async () => {
    const { stdout } = await jixiao('check', path);
    expect(stdout).toContain(`${path}：已与文档中保存的上年申报表“${LAST_YEAR}”比较，其中 1 张表与上年同一项目对应`);
    expect(stdout).toMatch(/“食堂服务满意度”的指标值“≥70\(%\)”低于上年的“≥90\(%\)”.* target-below-last-year/);
    const en = await jixiao('check', path, '--lang', 'en');
    expect(en.stdout).toContain(
      `${path}: compared with last year's "${LAST_YEAR}" kept in the document: 1 form paired`,
    );
  });

  it('lists the year-on-year findings in the --report workbook and names last year’s form in 汇总', async () => {
    const workbook = join(dir, `report-${ext}.xlsx`);
    await jixiao('check', path, '--report', workbook);
    const sheets = await sheetRows(new Uint8Array(readFileSync(workbook)));
    expect(sheets.get('问题清单')!.filter((r) => r[7] === 'target-below-last-year')).toHaveLength(1);
    expect(sheets.get('汇总')![1]!.at(-1)).toBe(`已与文档中保存的上年申报表“${LAST_YEAR}”第4张表比较`);
  });
});

describe('jixiao check with a kept last year that compares nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-last-year-none-'));
  const THIS_YEAR = join(EXAMPLES, '示例-常见错误-机关服务费.docx');
  const keeping = async (name: string, saved: string) => {
    const path = join(dir, name);
    const bytes = new Uint8Array(readFileSync(THIS_YEAR));
    writeFileSync(path, await withAddinSettings(bytes, [{ settings: { 'jixiao.lastYear': saved } }]));
    return path;
  };

  it('says so when last year’s file has no form of this document’s projects', async () => {
    const other = await readDocumentFile(join(EXAMPLES, '2024-西渡街道绩效目标汇总表.docx'));
    const path = await keeping('other.docx', keptLastYearText('西渡.docx', other)!);
    const report = JSON.parse((await jixiao('check', path, '--format', 'json')).stdout) as Report;
    expect(report.files[0]!.keptLastYear).toBe('西渡.docx');
    expect(report.files[0]!.forms[0]!.lastYear).toBeUndefined();
    expect((await jixiao('check', path)).stdout).toContain(
      `${path}：文档中保存的上年申报表“西渡.docx”没有与本文档同名、同单位的项目，未比较`,
    );
  });

  it.each([
    ['not JSON', '{"schemaVersion":1,'],
    ['without tables', '{"schemaVersion":1,"name":"x.docx","grids":[]}'],
    [
      'of another version',
      JSON.stringify({
        ...JSON.parse(keptLastYearText('x.docx', parseGridText('项目名称 | 机关服务费'))!),
        schemaVersion: 2,
      }),
    ],
  ])('reads a kept setting %s as none: the form is checked as it is', async (_what, saved) => {
    const path = await keeping('damaged.docx', saved);
    const { code, stdout } = await jixiao('check', path, '--format', 'json');
    const plain = JSON.parse((await jixiao('check', THIS_YEAR, '--format', 'json')).stdout) as Report;
    const report = JSON.parse(stdout) as Report;
    expect(code).toBe(1);
    expect(report.files[0]!.keptLastYear).toBeUndefined();
    expect(findingsOf(report).map(where)).toEqual(findingsOf(plain).map(where));
  });
});

describe('jixiao check on a document whose tables hold no form', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-no-form-'));
  // A contact list: a table, read whole, that is no 绩效目标申报表.
  const CONTACTS = parseGridText('姓名 | 部门 | 电话\n张三 | 办公室 | 12345678\n李四 | 财务科 | 87654321');

  it.each(['docx', 'xlsx'] as const)(
    'reports the .%s as a file error, not as a clean file with no findings (exit 2)',
    async (ext) => {
      const path = join(dir, `通讯录.${ext}`);
      writeFileSync(path, ext === 'docx' ? await docxBytes(documentXml(CONTACTS)) : await xlsxBytes(CONTACTS));
      const { code, stdout } = await jixiao('check', path, '--format', 'json');
      expect(code).toBe(2);
      expect((JSON.parse(stdout) as Report).files).toEqual([
        {
          path,
          status: 'error',
          error: { code: 'no-forms-recognised', message: '文档中的表格都未能识别为绩效目标申报表，未作检查' },
          forms: [],
        },
      ]);
      expect((await jixiao('check', path)).stdout).toBe(
        `${path}: 错误 文档中的表格都未能识别为绩效目标申报表，未作检查 [no-forms-recognised]\n` +
          '共 1 个文件、0 张申报表：错误 0 条，警告 0 条，提示 0 条；1 个文件未识别出申报表\n',
      );
      expect((await jixiao('check', path, '--lang', 'en')).stdout).toBe(
        `${path}: error no table in the document was recognised as a performance-target form, so nothing was checked [no-forms-recognised]\n` +
          '1 files, 0 forms: 0 errors, 0 warnings, 0 infos; 1 files with no form recognised\n',
      );
    },
  );

  it('counts it apart from the files that could not be read', async () => {
    const path = join(dir, '通讯录.docx');
    writeFileSync(path, await docxBytes(documentXml(CONTACTS)));
    const { stdout } = await jixiao('check', path, join(dir, 'missing.docx'), join(EXAMPLES, `${MISTAKES}.docx`));
    expect(stdout.trim().split('\n').at(-1)).toMatch(/；1 个文件无法读取；1 个文件未识别出申报表$/);
  });

  it('says an .xlsx whose sheets are all empty has no tables, as a .docx without one', async () => {
    const path = join(dir, '空白.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const { code, stdout } = await jixiao('check', path, '--format', 'json');
    expect((JSON.parse(stdout) as Report).files[0]!.error?.code).toBe('no-tables');
    expect(code).toBe(2);
  });
});
