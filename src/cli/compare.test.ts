import { createHash } from 'crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadSeed } from '../../test/seeds/load';
import { docxBytes, documentXml, sheetRows, withAddinSettings, xlsxBytes } from '../../test/support/office-files';
import { jixiao } from '../../test/support/run-cli';
import { parseGridText } from '../core/grid-text';
import { ignoreKey } from '../core/ignored';
import type { Finding } from '../core/rules';
import type { IndicatorRow } from '../core/testing/form-builder';
import { DEFAULT_INDICATORS, formGridText } from '../core/testing/form-builder';
import { keptLastYearText } from '../hosts/kept-last-year';
import type { CompareReport } from './compare';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The default training form with some targets replaced (by row name). */
const training = (year: string, changes: Record<string, string> = {}) =>
  parseGridText(
    formGridText({
      year,
      indicators: DEFAULT_INDICATORS.map(([l1, l2, name, v]): IndicatorRow => [l1, l2, name, changes[name] ?? v]),
    }),
  );

describe('jixiao compare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-compare-'));
  const paths = {
    center2020: join(dir, '2020', 'center.docx'),
    center2024: join(dir, '2024', 'center.xlsx'),
    training2023: join(dir, '2023', 'training.docx'),
    training2024: join(dir, '2024', 'training.xlsx'),
  };
  const broken = join(dir, '2023', 'broken.docx');

  beforeAll(async () => {
    for (const year of ['2020', '2023', '2024']) mkdirSync(join(dir, year));
    writeFileSync(paths.center2020, await docxBytes(documentXml(loadSeed('2020-dangjian-center.grid'))));
    writeFileSync(paths.center2024, await xlsxBytes(loadSeed('2024-dangjian-center.grid')));
    writeFileSync(paths.training2023, await docxBytes(documentXml(training('2023'))));
    const lowered = training('2024', { 培训人次: '≥150(人次)', 培训计划按期完成率: '按期完成' });
    writeFileSync(paths.training2024, await xlsxBytes(lowered));
  });

  it('pairs the real 2020 and 2024 forms of one unit by project, a .docx against an .xlsx', async () => {
    const { code, stdout } = await jixiao('compare', paths.center2020, paths.center2024, '--format', 'json');
    const report = JSON.parse(stdout) as CompareReport;
    expect(code).toBe(0);
    expect(report.schemaVersion).toBe(1);
    expect(
      report.pairs.map((p) => [p.previous.projectName, p.previous.year, p.current.projectName, p.current.year]),
    ).toEqual([
      [
        '上海市党员干部现代远程教育网络体系运维（非信息化项目）',
        2020,
        '上海市党员干部现代远程教育网络体系运维（非信息化项目）',
        2024,
      ],
      ['电教远教工作经费', 2020, '电教远教工作经费', 2024],
    ]);
    const [maintenance, media] = report.pairs;
    expect(maintenance!.annual).toEqual({ previous: 2592000, current: 1842000 });
    expect(maintenance!.yearGap).toBe(4);
    // 运维服务完成率 lives on as 数字电视平台运维服务完成率: a narrower spelling of one indicator.
    expect(maintenance!.kept.map((k) => [k.previous.name, k.current.name, k.change])).toContainEqual([
      '运维服务完成率',
      '数字电视平台运维服务完成率',
      'same',
    ]);
    // The 2020 template's 投入与管理 block is gone from the 2024 one: not counted as the authors' drop.
    expect(maintenance!.retired.map((r) => r.name)).toContain('预算执行率');
    expect(maintenance!.dropped.map((r) => r.name)).not.toContain('预算执行率');
    expect(media!.kept.map((k) => [k.previous.target, k.current.target, k.change])).toContainEqual([
      '=20部',
      '≥20(部)',
      'same',
    ]);
    expect(report.unpaired.previous.map((f) => f.projectName)).toEqual([
      '上海党员干部现代远程教育网络体系建设项目(运维)',
    ]);
    expect(report.unpaired.current.map((f) => f.projectName)).toEqual([
      '党建服务工作经费',
      '信息化运维项目',
      '信息化建设项目',
    ]);
    expect(report.summary).toEqual({
      pairs: 2,
      unpairedPrevious: 1,
      unpairedCurrent: 3,
      errors: 0,
      warnings: 0,
      infos: 0,
      ignored: 0,
    });
  });

  it('reports a lowered target and a number turned into words on this year’s cells, and reads inputs only', async () => {
    const before = Object.values(paths).map(digest);
    const { code, stdout } = await jixiao('compare', paths.training2023, paths.training2024, '--format', 'json');
    const report = JSON.parse(stdout) as CompareReport;
    expect(code).toBe(0);
    const findings = report.pairs[0]!.findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.cell, f.actual, f.expected])).toEqual([
      ['target-below-last-year', 'warning', { sheet: '表1', address: 'E14' }, '≥150(人次)', ['≥200(人次)']],
      ['target-now-qualitative', 'info', { sheet: '表1', address: 'E16' }, '按期完成', ['=100(%)']],
    ]);
    expect(report.summary).toMatchObject({ pairs: 1, warnings: 1, infos: 1 });
    expect(Object.values(paths).map(digest)).toEqual(before);
  });

  it('leaves out what the pane of this year’s document ignored, says so, and lists it with --include-ignored', async () => {
    const plain = JSON.parse((await jixiao('compare', paths.training2023, paths.training2024, '--format=json')).stdout);
    const [lowered, toWords] = (plain as CompareReport).pairs[0]!.findings;
    // The pane keeps 忽略 as rule|cell|text (core/ignored); last year's document ignoring the same cell changes nothing.
    const save = (finding: Finding) => [{ settings: { 'jixiao.ignored': JSON.stringify([ignoreKey(finding)]) } }];
    const ignoredNow = join(dir, 'ignored', '2024.xlsx');
    const ignoredBefore = join(dir, 'ignored', '2023.docx');
    mkdirSync(join(dir, 'ignored'), { recursive: true });
    writeFileSync(ignoredNow, await withAddinSettings(readFileSync(paths.training2024), save(lowered!)));
    writeFileSync(ignoredBefore, await withAddinSettings(readFileSync(paths.training2023), save(toWords!)));

    const { stdout } = await jixiao('compare', ignoredBefore, ignoredNow, '--format=json');
    const report = JSON.parse(stdout) as CompareReport;
    expect(report.pairs[0]!.findings).toEqual([toWords]);
    expect(report.pairs[0]!.ignored).toEqual([lowered]);
    expect(report.summary).toMatchObject({ warnings: 0, infos: 1, ignored: 1 });
    const text = (await jixiao('compare', ignoredBefore, ignoredNow)).stdout;
    expect(text).toContain(
      `${ignoredNow}：另有 1 条问题已在文档中忽略（警告 1 条），未列出；加 --include-ignored 可列出`,
    );
    expect(text).toContain('共比较 1 对申报表：错误 0 条，警告 0 条，提示 1 条（另有 1 条已在文档中忽略，未计入）；');
    const all = await jixiao('compare', ignoredBefore, ignoredNow, '--format=json', '--include-ignored');
    const listed = JSON.parse(all.stdout) as CompareReport;
    expect(listed.pairs[0]!.findings).toEqual([{ ...lowered, ignoredInDocument: true }, toWords]);
    expect(listed.summary).toMatchObject({ warnings: 1, infos: 1, ignored: 1 });
    const allText = (await jixiao('compare', ignoredBefore, ignoredNow, '--include-ignored')).stdout;
    expect(allText).toMatch(/2024\.xlsx:表1!E14 警告［已在文档中忽略］ “培训人次”/);
    expect(allText).toContain('提示 1 条（其中 1 条已在文档中忽略）；');

    const workbook = join(dir, 'ignored', 'compare.xlsx');
    await jixiao('compare', ignoredBefore, ignoredNow, '--report', workbook);
    const sheets = await sheetRows(new Uint8Array(readFileSync(workbook)));
    expect(
      sheets
        .get('文档中已忽略')!
        .slice(1)
        .map((r) => r[7]),
    ).toEqual(['target-below-last-year']);
  });

  it('prints a text report in Chinese, or in English', async () => {
    const zh = await jixiao('compare', paths.training2023, paths.training2024);
    expect(zh.stdout).toContain('第1张表《干部教育培训经费》 2023 → ');
    expect(zh.stdout).toContain('  指标：沿用 7 项（目标降低 1 项，定量改为定性 1 项），取消 0 项，新增 0 项');
    expect(zh.stdout).toMatch(
      /training\.xlsx:表1!E14 警告 “培训人次”的指标值“≥150\(人次\)”低于上年的“≥200\(人次\)”.* target-below-last-year/,
    );
    expect(zh.stdout).toContain('共比较 1 对申报表：错误 0 条，警告 1 条，提示 1 条；上年 0 张、本年 0 张没有对应的表');
    const en = await jixiao('compare', paths.training2023, paths.training2024, '--lang', 'en');
    expect(en.stdout).toContain('  Indicators: 7 kept (1 weaker, 1 turned into words), 0 dropped, 0 added');
    expect(en.stdout).toContain('1 forms compared with last year');
  });

  it('compares folders, says which files it could not read and exits 2, comparing the rest', async () => {
    writeFileSync(broken, 'not a zip');
    const { code, stdout } = await jixiao('compare', join(dir, '2023'), join(dir, '2024'), '--format', 'json');
    const report = JSON.parse(stdout) as CompareReport;
    expect(code).toBe(2);
    expect(report.unreadable.map((u) => [u.path, u.side])).toEqual([[broken, 'previous']]);
    expect(report.pairs.map((p) => p.current.projectName)).toEqual(['干部教育培训经费']);
  });

  it('given only this year’s files, compares each document with last year’s form it keeps', async () => {
    const plain = JSON.parse((await jixiao('compare', paths.training2023, paths.training2024, '--format=json')).stdout);
    const [lowered, toWords] = (plain as CompareReport).pairs[0]!.findings;
    const folder = join(dir, 'kept');
    mkdirSync(folder, { recursive: true });
    const keeps = join(folder, 'training.xlsx');
    const keepsNone = join(folder, 'center.xlsx');
    // What the pane's 与上年比较 saves (hosts/kept-last-year), and 忽略 of the lowered target.
    const settings = {
      'jixiao.lastYear': keptLastYearText('2023年培训.docx', training('2023'))!,
      'jixiao.ignored': JSON.stringify([ignoreKey(lowered!)]),
    };
    writeFileSync(keeps, await withAddinSettings(readFileSync(paths.training2024), [{ settings }]));
    writeFileSync(keepsNone, readFileSync(paths.center2024));

    const { code, stdout } = await jixiao('compare', folder, '--format=json');
    const report = JSON.parse(stdout) as CompareReport;
    expect(code).toBe(0);
    expect(report.pairs.map((p) => [p.previous, p.current.path])).toEqual([
      [{ path: '2023年培训.docx', index: 0, projectName: '干部教育培训经费', year: 2023, keptIn: keeps }, keeps],
    ]);
    expect(report.pairs[0]!.findings).toEqual([toWords]);
    expect(report.pairs[0]!.ignored).toEqual([lowered]);
    // Forms of another document are never paired with a kept form, nor counted as this year's only.
    expect(report.withoutLastYear).toEqual([keepsNone]);
    expect(report.summary).toMatchObject({ pairs: 1, unpairedPrevious: 0, unpairedCurrent: 0, ignored: 1 });

    const text = (await jixiao('compare', folder)).stdout;
    expect(text).toContain(`${keeps} 中保存的上年2023年培训.docx 第1张表《干部教育培训经费》 2023 → ${keeps} 第1张表`);
    expect(text).toContain(
      `未保存上年申报表（在加载项“与上年比较”中选择上年文件并保存文档后即随文档保存）：${keepsNone}`,
    );

    const workbook = join(dir, 'kept-compare.xlsx');
    await jixiao('compare', folder, '--report', workbook);
    const rows = (await sheetRows(new Uint8Array(readFileSync(workbook)))).get('比较汇总')!.slice(1);
    expect(rows.map((r) => [r[1], r[2], r[14]])).toEqual([
      [`2023年培训.docx（保存在 ${keeps} 中）`, keeps, '另有 1 条问题已在文档中忽略，未计入（见“文档中已忽略”）'],
      [undefined, keepsNone, '文档中未保存上年申报表：在加载项“与上年比较”中选择上年文件并保存文档'],
    ]);
  });

  it('needs one or two paths and changes no form', async () => {
    expect((await jixiao('compare', paths.training2023, paths.training2024, paths.center2024)).code).toBe(2);
    const { code, stderr } = await jixiao('compare', paths.training2023, paths.training2024, '--fix', '--out', dir);
    expect(code).toBe(2);
    expect(stderr).toContain('compare never changes a form');
  });
});
