import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { jixiao } from '../../test/support/run-cli';
import type { Report } from './report';
import { isReportWorkbook, reportWorkbook } from './report-xlsx';

const examples = resolve(__dirname, '..', '..', 'examples');
const dir = mkdtempSync(join(tmpdir(), 'jixiao-report-'));
const path = join(dir, '审核意见.xlsx');

/** Each sheet's rows as arrays of cell values (row 1 is the header). */
async function sheets(bytes: Uint8Array): Promise<Map<string, ExcelJS.CellValue[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return new Map(
    workbook.worksheets.map((sheet) => {
      const rows: ExcelJS.CellValue[][] = [];
      sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
      return [sheet.name, rows];
    }),
  );
}

describe('jixiao check --report', () => {
  let report: Report;
  let book: Map<string, ExcelJS.CellValue[][]>;

  beforeAll(async () => {
    const run = await jixiao('check', examples, '--format', 'json', '--report', path);
    expect(run.stderr).toMatch(/^jixiao: 检查报告已写入 .*审核意见\.xlsx（\d+ 张申报表，\d+ 条问题）\n$/);
    report = JSON.parse(run.stdout) as Report;
    book = await sheets(new Uint8Array(readFileSync(path)));
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
    const csvDir = mkdtempSync(join(tmpdir(), 'jixiao-report-csv-'));
    const converted = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${csvDir}/profile`,
        '--headless',
        '--convert-to',
        // UTF-8, every sheet to its own file (LibreOffice ≥ 7.2)
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        csvDir,
        path,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (converted.error) throw new Error('LibreOffice is needed for this test: apt-get install libreoffice-calc-nogui');
    expect(converted.status).toBe(0);
    const files = readdirSync(csvDir).filter((f) => f.endsWith('.csv'));
    expect(files.sort()).toEqual(['审核意见-汇总.csv', '审核意见-问题清单.csv'].sort());
    const findings = readFileSync(join(csvDir, '审核意见-问题清单.csv'), 'utf8');
    // Formulas export as their results: a formula =0 would print 0, the text prints as written.
    expect(findings).toContain(',=0,=0次,target-missing-unit');
    expect(findings).not.toMatch(/Err:|#NAME/);
    expect(readFileSync(join(csvDir, '审核意见-汇总.csv'), 'utf8')).toContain('生活驿站运行经费');
  }, 300_000);

  it('writes an English workbook with --lang en', async () => {
    const en = join(dir, 'report-en.xlsx');
    await jixiao('check', join(examples, '示例-常见错误-生活驿站运行经费.xlsx'), '--lang', 'en', '--report', en);
    const english = await sheets(new Uint8Array(readFileSync(en)));
    expect([...english.keys()]).toEqual(['Summary', 'Findings']);
    expect(
      english
        .get('Findings')!
        .slice(1)
        .map((r) => r[3]),
    ).toContain('error');
  });
});

describe('which existing file a report may replace', () => {
  const empty: Report = {
    schemaVersion: 1,
    files: [],
    summary: { files: 0, forms: 0, errors: 0, warnings: 0, infos: 0 },
  };

  it('knows its own workbooks from any other', async () => {
    expect(isReportWorkbook(await reportWorkbook(empty, 'zh-CN', new Date()))).toBe(true);
    const form = new Uint8Array(readFileSync(join(examples, '示例-常见错误-生活驿站运行经费.xlsx')));
    expect(isReportWorkbook(form)).toBe(false);
    expect(isReportWorkbook(new TextEncoder().encode('not a zip'))).toBe(false);
  });
});
