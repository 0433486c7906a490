import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { docxBytes, documentXml, xlsxBytes } from '../../test/support/office-files';
import { jixiao } from '../../test/support/run-cli';
import { parseGridText } from '../core/grid-text';
import type { IndicatorRow } from '../core/testing/form-builder';
import { DEFAULT_INDICATORS, formGridText } from '../core/testing/form-builder';
import type { CompareReport } from './compare';
import type { Report } from './report';
import type { RulesReport } from './rules';
import type { SuggestReport } from './suggest';

/** The default training form with some targets replaced (by row name). */
const training = (year: string, changes: Record<string, string> = {}, projectName?: string) =>
  parseGridText(
    formGridText({
      year,
      ...(projectName ? { projectName } : {}),
      indicators: DEFAULT_INDICATORS.map(([l1, l2, name, v]): IndicatorRow => [l1, l2, name, changes[name] ?? v]),
    }),
  );

const EXAMPLES = resolve(__dirname, '../../docs/examples');

describe('--settings: an organisation’s review settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-settings-'));
  const paths = {
    form: join(dir, '2024', 'training.docx'),
    lastYear: join(dir, '2023', 'training.xlsx'),
    archives: join(dir, 'archives.docx'),
    settings: join(dir, 'bureau', 'jixiao-settings.json'),
    quiet: join(dir, 'quiet.json'),
    thresholds: join(dir, 'thresholds.json'),
    mistyped: join(dir, 'mistyped.json'),
    missingLibrary: join(dir, 'missing-library.json'),
  };
  const write = (path: string, data: unknown) => writeFileSync(path, JSON.stringify(data));

  beforeAll(async () => {
    for (const sub of ['2023', '2024', 'bureau/lib']) mkdirSync(join(dir, sub), { recursive: true });
    // A target in the old style (target-format, info) and a lowered target against last year (a warning).
    const form = training('2024', { 培训出勤率: '>=95%', 培训人次: '≥150(人次)' });
    writeFileSync(paths.form, await docxBytes(documentXml(form)));
    writeFileSync(paths.lastYear, await xlsxBytes(training('2023')));
    const archives = formGridText({ projectName: '档案数字化加工项目', goalAnnual: '完成馆藏档案的数字化加工。' });
    writeFileSync(paths.archives, await docxBytes(documentXml(parseGridText(archives))));
    // As a bureau ships them: the settings and, beside them, the library they name.
    copyFileSync(join(EXAMPLES, 'library-example.json'), join(dir, 'bureau', 'lib', 'org.json'));
    write(paths.settings, {
      schemaVersion: 1,
      name: '某区财政局审核口径',
      rules: { 'target-format': '关闭', 'target-below-last-year': 'error', 'structure-indicator-count': 'info' },
      library: 'lib/org.json',
    });
    write(paths.quiet, { schemaVersion: 1, name: '宽松口径', rules: { 'target-below-last-year': 'off' } });
    write(paths.thresholds, {
      schemaVersion: 1,
      name: '从严口径',
      rules: { 'target-satisfaction-value': 'error' },
      options: { 'target-satisfaction-value': { min: 92, usual: 95 }, 'structure-indicator-count': { min: 8 } },
    });
    write(paths.mistyped, { schemaVersion: 1, name: '口径', rules: { 'target-fromat': 'off' } });
    write(paths.missingLibrary, { schemaVersion: 1, name: '口径', library: 'nowhere.json' });
  });

  const ruleIds = (report: Report) =>
    report.files.flatMap((f) => f.forms.flatMap((form) => form.findings.map((x) => x.ruleId)));

  it('checks without the rules the settings switch off, and records the settings in the JSON report', async () => {
    const plain = JSON.parse((await jixiao('check', paths.form, '--format=json')).stdout) as Report;
    expect(plain.settings).toBeUndefined();
    expect(ruleIds(plain)).toContain('target-format');
    const { code, stdout } = await jixiao('check', paths.form, '--format=json', '--settings', paths.settings);
    const report = JSON.parse(stdout) as Report;
    expect(code).toBe(0);
    expect(ruleIds(report)).not.toContain('target-format');
    expect(ruleIds(report)).toEqual(ruleIds(plain).filter((id) => id !== 'target-format'));
    expect(report.settings).toEqual({
      name: '某区财政局审核口径',
      path: paths.settings,
      rules: { 'target-format': 'off', 'target-below-last-year': 'error', 'structure-indicator-count': 'info' },
      options: {},
    });
  });

  it('checks with the thresholds the settings set, and records them', async () => {
    const { code, stdout } = await jixiao('check', paths.form, '--format=json', '--settings', paths.thresholds);
    const report = JSON.parse(stdout) as Report;
    expect(code).toBe(1);
    const findings = report.files[0]!.forms[0]!.findings;
    const set = findings.filter((f) => ['target-satisfaction-value', 'structure-indicator-count'].includes(f.ruleId));
    expect(set.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'structure-indicator-count',
        'warning',
        '本表只有 7 个三级指标：指标太少难以全面反映项目的产出和效果，评审通常要求不少于 8 个。请在各方面补充最能反映项目核心产出和效果的指标。',
      ],
      [
        'target-satisfaction-value',
        'error',
        '“培训学员满意度”的目标值“≥90(%)”低于 92%：评审会认为目标不够积极。通常写“≥95(%)”；确有理由偏低时，请在绩效目标中说明依据。',
      ],
    ]);
    expect(report.settings?.options).toEqual({
      'target-satisfaction-value': { min: 92, usual: 95 },
      'structure-indicator-count': { min: 8 },
    });
    const text = (await jixiao('check', paths.form, '--settings', paths.thresholds)).stdout;
    expect(text).toContain('（' + paths.thresholds + '，调整了 2 条规则）');
    const rules = JSON.parse(
      (await jixiao('rules', '--format=json', '--settings', paths.thresholds)).stdout,
    ) as RulesReport;
    expect(rules.rules.find((r) => r.id === 'target-satisfaction-value')?.options).toEqual([
      expect.objectContaining({ name: 'min', default: 80, value: 92 }),
      expect.objectContaining({ name: 'usual', default: 90, value: 95 }),
    ]);
    const listed = (await jixiao('rules', '--settings', paths.thresholds)).stdout;
    expect(listed).toMatch(/^ +· min = 92（默认 80，可设 0–99）满意度目标最低值（%）$/m);
    expect(listed).toMatch(/^ +· max = 30（可设 5–200）三级指标最多个数/m);
  });

  it('says which settings a text report was made under', async () => {
    const { stdout } = await jixiao('check', paths.form, '--settings', paths.settings);
    expect(stdout).toContain(`审核口径：“某区财政局审核口径”（${paths.settings}，调整了 3 条规则）\n共 1 个文件`);
    expect((await jixiao('check', paths.form)).stdout).not.toContain('审核口径');
  });

  it('raises or silences the year rules in compare, and the exit status follows', async () => {
    const plain = JSON.parse(
      (await jixiao('compare', paths.lastYear, paths.form, '--format=json')).stdout,
    ) as CompareReport;
    const lowered = plain.pairs[0]!.findings.filter((f) => f.ruleId === 'target-below-last-year');
    expect(lowered.map((f) => f.severity)).toEqual(['warning']);
    const strict = await jixiao('compare', paths.lastYear, paths.form, '--format=json', '--settings', paths.settings);
    expect(strict.code).toBe(1);
    const strictReport = JSON.parse(strict.stdout) as CompareReport;
    expect(
      strictReport.pairs[0]!.findings.filter((f) => f.ruleId === 'target-below-last-year').map((f) => f.severity),
    ).toEqual(['error']);
    expect(strictReport.settings?.name).toBe('某区财政局审核口径');
    const quiet = await jixiao('compare', paths.lastYear, paths.form, '--format=json', '--settings', paths.quiet);
    const quietReport = JSON.parse(quiet.stdout) as CompareReport;
    expect(quiet.code).toBe(0);
    expect(quietReport.pairs[0]!.findings.map((f) => f.ruleId)).not.toContain('target-below-last-year');
  });

  it('uses the library the settings name, found beside the settings file', async () => {
    const type = async (...extra: string[]) =>
      (JSON.parse((await jixiao('suggest', paths.archives, '--format=json', ...extra)).stdout) as SuggestReport)
        .files[0]!.forms[0]!.projectType[0]?.id;
    expect(await type()).not.toBe('archives');
    expect(await type('--settings', paths.settings)).toBe('archives');
  });

  it('stops before reading any form when the settings or their library cannot be used', async () => {
    const mistyped = await jixiao('check', paths.form, '--settings', paths.mistyped);
    expect(mistyped.code).toBe(2);
    expect(mistyped.stdout).toBe('');
    expect(mistyped.stderr).toBe(
      `jixiao: 审核口径 ${paths.mistyped} 无法使用：\n  rules.target-fromat: 没有名为“target-fromat”的规则（是否是“target-format”？）：规则编号见 jixiao rules 的列表。\n`,
    );
    const noLibrary = await jixiao('check', paths.form, '--settings', paths.missingLibrary, '--lang', 'en');
    expect(noLibrary.code).toBe(2);
    expect(noLibrary.stderr).toContain(`jixiao: the library ${join(dir, 'nowhere.json')} cannot be used:`);
    const absent = await jixiao('check', paths.form, '--settings', join(dir, 'absent.json'));
    expect(absent.code).toBe(2);
    expect(absent.stderr).toMatch(/审核口径 .*absent\.json 无法使用：\n {2}无法读取审核口径文件：找不到文件。\n$/);
  });

  it('lists every rule with its level under the settings (jixiao rules)', async () => {
    const { code, stdout } = await jixiao('rules', '--format=json', '--settings', paths.settings);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as RulesReport;
    const level = (id: string) => report.rules.find((r) => r.id === id);
    expect(level('target-format')).toMatchObject({ runs: 'check', severity: 'info', level: 'off' });
    expect(level('target-below-last-year')).toMatchObject({ runs: 'compare', severity: 'warning', level: 'error' });
    expect(level('fund-annual-sum')).toMatchObject({ severity: 'error', level: 'error' });
    const text = (await jixiao('rules', '--settings', paths.settings)).stdout;
    expect(text).toMatch(/^target-format +关闭（默认提示） {2}指标值写法不规范/m);
    expect(text).toMatch(/^fund-annual-sum +错误 {2}年度资金申请总额应等于/m);
  });

  it('reads the example settings in docs/examples with their library', async () => {
    const { code, stdout, stderr } = await jixiao('rules', '--settings', join(EXAMPLES, 'jixiao-settings.json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('审核口径：“示例区财政局 2026 年度绩效目标审核口径”');
  });
});
