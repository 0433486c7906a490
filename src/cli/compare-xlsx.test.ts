import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { loadSeed } from '../../test/seeds/load';
import { sheetsAsCsv } from '../../test/support/libreoffice';
import { docxBytes, documentXml, sheetRows, xlsxBytes } from '../../test/support/office-files';
import { jixiao } from '../../test/support/run-cli';
import { parseGridText } from '../core/grid-text';
import type { IndicatorRow } from '../core/testing/form-builder';
import { DEFAULT_INDICATORS, formGridText } from '../core/testing/form-builder';
import type { CompareReport } from './compare';
import { isReportWorkbook } from './report-xlsx';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('jixiao compare --report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-compare-report-'));
  const [last, now] = [join(dir, '2023'), join(dir, '2024')];
  const out = join(dir, '比较', '2024 比 2023.xlsx');
  let report: CompareReport;
  let book: Map<string, ExcelJS.CellValue[][]>;
  let stderr: string;

  beforeAll(async () => {
    mkdirSync(last);
    mkdirSync(now);
    const training = (year: string, rows: readonly IndicatorRow[]) =>
      parseGridText(
        formGridText({ year, funds: { annual: year === '2023' ? '100,000.00' : '120,000.00' }, indicators: rows }),
      );
    const lastRows = DEFAULT_INDICATORS;
    // 培训人次 lowered, 按期完成率 put into words, 学员考核通过率 dropped, 结业证书发放率 added.
    const nowRows = DEFAULT_INDICATORS.filter((r) => r[2] !== '学员考核通过率').map(
      ([l1, l2, name, v]): IndicatorRow => [
        l1,
        l2,
        name,
        name === '培训人次' ? '≥150(人次)' : name === '培训计划按期完成率' ? '按期完成' : v,
      ],
    );
    nowRows.splice(3, 0, ['产出指标', '质量指标', '结业证书发放率', '=100(%)']);
    writeFileSync(join(last, 'training.docx'), await docxBytes(documentXml(training('2023', lastRows))));
    writeFileSync(join(now, 'training.xlsx'), await xlsxBytes(training('2024', nowRows)));
    writeFileSync(join(last, 'center.docx'), await docxBytes(documentXml(loadSeed('2020-dangjian-center.grid'))));
    writeFileSync(join(last, 'broken.docx'), 'not a zip');
    const before = [join(last, 'training.docx'), join(now, 'training.xlsx')].map(digest);
    const run = await jixiao('compare', last, now, '--format', 'json', '--report', out);
    expect([join(last, 'training.docx'), join(now, 'training.xlsx')].map(digest)).toEqual(before);
    report = JSON.parse(run.stdout) as CompareReport;
    stderr = run.stderr;
    book = await sheetRows(new Uint8Array(readFileSync(out)));
  });

  it('says where it wrote the workbook, and the workbook is one a later run may replace', () => {
    expect(stderr).toBe(`jixiao: 比较报告已写入 ${out}（1 对申报表，2 条问题）\n`);
    expect(isReportWorkbook(new Uint8Array(readFileSync(out)))).toBe(true);
    expect([...book.keys()]).toEqual(['比较汇总', '指标变化', '问题清单']);
  });

  it('has one row per pair, then the forms without a counterpart and the files it could not read', () => {
    const rows = book.get('比较汇总')!;
    expect(rows[0]).toEqual([
      '项目名称',
      '上年文件',
      '本年文件',
      '上年申请资金（元）',
      '本年申请资金（元）',
      '资金变化',
      '沿用',
      '目标降低',
      '定量改定性',
      '取消',
      '新增',
      '错误',
      '警告',
      '提示',
      '说明',
    ]);
    expect(rows[1]).toEqual([
      '干部教育培训经费',
      join(last, 'training.docx'),
      join(now, 'training.xlsx'),
      100000,
      120000,
      '+20.0%',
      6,
      1,
      1,
      1,
      1,
      0,
      1,
      1,
    ]);
    const unpaired = report.unpaired.previous.length;
    expect(unpaired).toBeGreaterThan(0);
    expect(rows.slice(2, 2 + unpaired).map((r) => [r[0], r[2], r[14]])).toEqual(
      report.unpaired.previous.map((f) => [f.projectName, undefined, '仅上年有：本年没有对应的表']),
    );
    // The 2020 seed document holds several forms: each is named by its place in the file.
    expect(rows[3]![1]).toBe(`${join(last, 'center.docx')}（第2张表）`);
    expect(rows.slice(2 + unpaired)).toEqual([
      [undefined, join(last, 'broken.docx'), undefined, ...Array(11).fill(undefined), expect.stringMatching(/\[/)],
    ]);
  });

  it('lists every indicator with how it moved, last year’s and this year’s target side by side', () => {
    const rows = book.get('指标变化')!;
    expect(rows[0]).toEqual([
      '项目名称',
      '变化',
      '一级指标',
      '二级指标',
      '上年三级指标',
      '上年指标值',
      '本年三级指标',
      '本年指标值',
      '文件',
      '位置',
    ]);
    const moved = rows.slice(1).map((r) => [r[1], r[4] ?? null, r[5] ?? null, r[6] ?? null, r[7] ?? null]);
    expect(moved).toEqual([
      ['沿用，目标未变', '举办培训班次', '≥4(次)', '举办培训班次', '≥4(次)'],
      ['沿用，目标降低', '培训人次', '≥200(人次)', '培训人次', '≥150(人次)'],
      ['沿用，目标未变', '培训出勤率', '≥95(%)', '培训出勤率', '≥95(%)'],
      ['沿用，定量改为定性', '培训计划按期完成率', '=100(%)', '培训计划按期完成率', '按期完成'],
      ['沿用，目标未变', '长效管理机制健全性', '建立健全', '长效管理机制健全性', '建立健全'],
      ['沿用，目标未变', '培训学员满意度', '≥90(%)', '培训学员满意度', '≥90(%)'],
      ['新增', null, null, '结业证书发放率', '=100(%)'],
      ['取消', '学员考核通过率', '≥90(%)', null, null],
    ]);
    // A dropped row is found in last year's file, the others in this year's.
    expect(rows.slice(1).map((r) => [r[8], r[9]])).toEqual([
      ...Array(7).fill([join(now, 'training.xlsx'), expect.stringMatching(/^表1!E\d+$/)]),
      [join(last, 'training.docx'), expect.stringMatching(/^表1 第\d+行第\d+列$/)],
    ]);
  });

  it('lists the year rules’ findings on this year’s cells', () => {
    const rows = book.get('问题清单')!;
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[7]])).toEqual([
      [join(now, 'training.xlsx'), '表1!E14', '警告', 'target-below-last-year'],
      [join(now, 'training.xlsx'), '表1!E17', '提示', 'target-now-qualitative'],
    ]);
  });

  it('records the settings it ran under, and never replaces a file jixiao did not write', async () => {
    const settings = join(__dirname, '..', '..', 'docs', 'examples', 'jixiao-settings.json');
    const underSettings = join(dir, '比较', '按口径.xlsx');
    const again = await jixiao('compare', last, now, '--settings', settings, '--report', underSettings);
    expect(again.stderr).toContain('比较报告已写入');
    const rules = (await sheetRows(new Uint8Array(readFileSync(underSettings)))).get('审核口径')!;
    expect(rules.slice(1).map((r) => r[1])).toContain('target-below-last-year');
    const foreign = join(dir, '别人的表.xlsx');
    writeFileSync(foreign, await xlsxBytes(parseGridText(formGridText())));
    const kept = digest(foreign);
    const refused = await jixiao('compare', last, now, '--report', foreign);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('is not a report jixiao wrote');
    expect(digest(foreign)).toBe(kept);
  });

  it('does not read its own earlier workbook in this year’s folder as a form', async () => {
    const inside = join(now, '比较.xlsx');
    await jixiao('compare', last, now, '--report', inside);
    const rerun = JSON.parse((await jixiao('compare', last, now, '--format', 'json', '--report', inside)).stdout);
    expect(rerun).toEqual(report);
  });

  it('marks what a reviewer asks about first: a weaker target, a number put into words, a dropped indicator', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('指标变化')!;
    const marked: string[] = [];
    sheet.eachRow((row, n) => {
      const fill = row.getCell(2).fill;
      if (n > 1 && fill?.type === 'pattern' && fill.fgColor?.argb === 'FFFFF3CD')
        marked.push(String(row.getCell(2).value));
    });
    expect(marked).toEqual(['沿用，目标降低', '沿用，定量改为定性', '取消']);
  });

  it('is a workbook LibreOffice opens, targets written as text (=100(%) is no formula)', () => {
    const sheets = sheetsAsCsv(out);
    expect([...sheets.keys()]).toEqual(['指标变化', '比较汇总', '问题清单'].sort());
    const changes = sheets.get('指标变化')!;
    expect(changes).toContain(
      '沿用，定量改为定性,产出指标,时效指标,培训计划按期完成率,=100(%),培训计划按期完成率,按期完成',
    );
    expect(changes).not.toMatch(/Err:|#NAME/);
  }, 300_000);
});
