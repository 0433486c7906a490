import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { sheetsAsCsv } from '../../test/support/libreoffice';
import { sheetRows } from '../../test/support/office-files';
import { jixiao } from '../../test/support/run-cli';
import { parseGridText } from '../core/grid-text';
import { check } from '../core/lint';
import { reportForm } from '../core/report';
import { formGridText } from '../core/testing/form-builder';
import type { Report } from './report';
import { summarise } from './report';
import { isReportWorkbook, linesIn, reportWorkbook } from './report-xlsx';

const examples = resolve(__dirname, '..', '..', 'examples');
const dir = mkdtempSync(join(tmpdir(), 'jixiao-report-'));
const path = join(dir, '审核意见.xlsx');

describe('jixiao check --report', () => {
  let report: Report;
  let book: Map<string, ExcelJS.CellValue[][]>;

  beforeAll(async () => {
    const run = await jixiao('check', examples, '--format', 'json', '--report', path);
    expect(run.stderr).toMatch(/^jixiao: 检查报告已写入 .*审核意见\.xlsx（\d+ 张申报表，\d+ 条问题）\n$/);
    report = JSON.parse(run.stdout) as Report;
    book = await sheetRows(new Uint8Array(readFileSync(path)));
  });

  it('is not read as a form when a later run checks the folder it was written into', async () => {
    const forms = join(dir, 'forms');
    mkdirSync(forms);
    copyFileSync(join(examples, '2024-西渡街道绩效目标汇总表.xlsx'), join(forms, '西渡.xlsx'));
    copyFileSync(path, join(forms, '上次的审核意见.xlsx'));
    const again = JSON.parse((await jixiao('check', forms, '--format', 'json')).stdout) as Report;
    expect(again.files.map((f) => f.path)).toEqual([join(forms, '西渡.xlsx')]);
  });

  it('writes one summary row per form with its findings counted by severity', () => {
    const summary = book.get('汇总')!;
    expect(summary[0]).toEqual([
      '文件',
      '项目名称',
      '主管部门',
      '实施单位',
      '项目类型',
      '年度资金申请总额（元）',
      '错误',
      '警告',
      '提示',
      '说明',
    ]);
    const forms = report.files.flatMap((f) => f.forms.map((form) => ({ file: f.path, form })));
    expect(summary).toHaveLength(forms.length + 1);
    forms.forEach(({ file, form }, i) => {
      const row = summary[i + 1]!;
      const count = (s: string) => form.findings.filter((f) => f.severity === s).length;
      expect([row[0], row[1], row[6], row[7], row[8]]).toEqual([
        file,
        form.fields.projectName ?? form.title,
        count('error'),
        count('warning'),
        count('info'),
      ]);
    });
    const mistakes = summary.find((r) => String(r[0]).endsWith('示例-常见错误-生活驿站运行经费.docx'))!;
    expect(mistakes[4]).toMatch(/^物业\/后勤保障类 \d+%$/);
    expect(typeof mistakes[5]).toBe('number'); // an amount finance staff can add up, not text
  });

  it('writes one row per finding, with what is written as text even where it begins with =', () => {
    const rows = book.get('问题清单')!;
    const s = report.summary;
    expect(rows).toHaveLength(s.errors + s.warnings + s.infos + 1);
    expect(rows[0]).toEqual(['文件', '项目名称', '位置', '级别', '问题说明', '当前内容', '可改为', '规则']);
    const sum = rows.find((r) => r[7] === 'fund-annual-sum' && String(r[0]).includes('常见错误'))!;
    expect(sum.slice(2, 4)).toEqual(['表1 第4行第5列', '错误']);
    expect(String(sum[4])).toMatch(/^年度资金申请总额 269,000\.00 不等于/);
    // A 2018 target `=0` is a value as written, never a formula.
    expect(rows.map((r) => r[5])).toContain('=0');
  });

  it('is a workbook LibreOffice opens: both sheets export with their rows', () => {
    const sheets = sheetsAsCsv(path);
    expect([...sheets.keys()]).toEqual(['汇总', '问题清单'].sort());
    const findings = sheets.get('问题清单')!;
    // Formulas export as their results: a formula =0 would print 0, the text prints as written.
    expect(findings).toContain(',=0,=0次,target-missing-unit');
    expect(findings).not.toMatch(/Err:|#NAME/);
    expect(sheets.get('汇总')).toContain('生活驿站运行经费');
  }, 300_000);

  it('writes an English workbook with --lang en', async () => {
    const en = join(dir, 'report-en.xlsx');
    await jixiao('check', join(examples, '示例-常见错误-生活驿站运行经费.xlsx'), '--lang', 'en', '--report', en);
    const english = await sheetRows(new Uint8Array(readFileSync(en)));
    expect([...english.keys()]).toEqual(['Summary', 'Findings']);
    expect(
      english
        .get('Findings')!
        .slice(1)
        .map((r) => r[3]),
    ).toContain('error');
  });

  it('lists the rules the --settings set in a 审核口径 sheet, and has no such sheet without them', async () => {
    expect([...book.keys()]).toEqual(['汇总', '问题清单']);
    const settings = resolve(__dirname, '..', '..', 'docs', 'examples', 'jixiao-settings.json');
    const out = join(dir, 'report-settings.xlsx');
    await jixiao(
      'check',
      join(examples, '示例-常见错误-生活驿站运行经费.xlsx'),
      '--settings',
      settings,
      '--report',
      out,
    );
    const rows = (await sheetRows(new Uint8Array(readFileSync(out)))).get('审核口径')!;
    expect(rows[0]).toEqual(['审核口径', '规则', '说明', '默认级别', '本口径级别', '本口径参数']);
    expect(rows.slice(1).map((r) => [r[1], r[3], r[4], r[5]])).toEqual([
      ['structure-indicator-count', '警告', '警告', 'max = 25（默认 30）三级指标最多个数（超过即建议精简）'],
      ['structure-missing-dimension', '警告', '错误', undefined],
      ['target-format', '提示', '关闭', undefined],
      ['target-satisfaction-value', '警告', '错误', 'min = 85（默认 80）满意度目标最低值（%）'],
      ['target-below-last-year', '警告', '提示', undefined],
    ]);
    expect(rows[1]![0]).toBe(`示例区财政局 2026 年度绩效目标审核口径（${settings}）`);
  });
});

describe('row heights for LibreOffice and WPS, which do not fit wrapped rows themselves', () => {
  it('counts the lines a text wraps to, a Chinese character as two columns', () => {
    expect(linesIn('abc', 10)).toBe(1);
    expect(linesIn('一二三四五', 5)).toBe(3); // 10 columns in 4 per line
    expect(linesIn('ab\ncd', 10)).toBe(2);
    expect(linesIn('', 10)).toBe(1);
  });

  it('writes the height a wrapped message needs, and none for a one-line row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('问题清单')!;
    const heights: (number | undefined)[] = [];
    sheet.eachRow((row) => heights.push(row.height));
    expect(heights[0]).toBeUndefined(); // the header
    const messages = sheet.getColumn(5).values.slice(2).map(String);
    // Every message has the lines it needs (other wrapped cells of the row may need more).
    messages.forEach((message, i) => expect(heights[i + 1] ?? 15).toBeGreaterThanOrEqual(linesIn(message, 70) * 15));
    // A form whose names fit on one line keeps the height Excel gives it.
    const summary = workbook.getWorksheet('汇总')!;
    const short = summary.getRows(2, summary.rowCount - 1)!.find((r) => r.getCell(2).value === '在线学习工作经费')!;
    expect(short.height).toBeUndefined();
    expect(Math.max(...heights.map((h) => h ?? 0))).toBeGreaterThanOrEqual(45);
  });
});

describe('a cell beyond what Excel holds', () => {
  it('is cut to 32,767 characters, and its row to 409 points', async () => {
    const goal = `<p>${'完成年度培训任务。'.repeat(12_000)}</p>`;
    const forms = check(parseGridText(formGridText({ goalAnnual: goal }))).map((c) => reportForm(c));
    const report = summarise([{ path: 'long.docx', status: 'ok', forms }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportWorkbook(report, 'zh-CN', new Date())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('问题清单')!;
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(8).value === 'text-html-remnant')!;
    const actual = String(row.getCell(6).value);
    expect(goal.length).toBeGreaterThan(100_000);
    expect(actual).toHaveLength(32_767);
    expect(actual.endsWith('…')).toBe(true); // says it was cut
    expect(row.height).toBe(409);
  });
});

describe('which existing file a report may replace', () => {
  const empty: Report = {
    schemaVersion: 1,
    files: [],
    summary: { files: 0, forms: 0, errors: 0, warnings: 0, infos: 0, ignored: 0 },
  };

  it('knows its own workbooks from any other', async () => {
    expect(isReportWorkbook(await reportWorkbook(empty, 'zh-CN', new Date()))).toBe(true);
    const form = new Uint8Array(readFileSync(join(examples, '示例-常见错误-生活驿站运行经费.xlsx')));
    expect(isReportWorkbook(form)).toBe(false);
    expect(isReportWorkbook(new TextEncoder().encode('not a zip'))).toBe(false);
  });
});
