import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { docxBytes, documentXml, xlsxBytes } from '../../test/support/office-files';
import { loadSeed } from '../../test/seeds/load';
import { parseGridText } from '../core/grid-text';
import type { Report } from './report';
import { jixiao } from '../../test/support/run-cli';
import { run } from './main';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('jixiao check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
  const forms = join(dir, 'forms');
  mkdirSync(join(forms, 'sub'), { recursive: true });
  let paths: Record<string, string> = {};

  beforeAll(async () => {
    paths = {
      units2018: join(forms, '2018-units.docx'),
      xidu: join(forms, 'sub', '2024-xidu.xlsx'),
      lock: join(forms, '~$2018-units.docx'),
      bad: join(dir, 'broken.docx'),
    };
    writeFileSync(paths.units2018!, await docxBytes(documentXml(loadSeed('2018-units.grid'))));
    writeFileSync(paths.xidu!, await xlsxBytes(loadSeed('2024-xidu.grid')));
    writeFileSync(paths.lock!, 'Office lock file');
    writeFileSync(paths.bad!, 'not a zip');
  });

  it('checks a folder recursively and prints the JSON report of DESIGN §3.4', async () => {
    const before = Object.values(paths).map(digest);
    const { code, stdout } = await jixiao('check', forms, '--format', 'json');
    const report = JSON.parse(stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.files.map((f) => [f.path, f.status, f.forms.length])).toEqual([
      [paths.units2018, 'ok', 4],
      [paths.xidu, 'ok', 3],
    ]);
    const findings = report.files.flatMap((f) => f.forms.flatMap((form) => form.findings));
    expect(report.summary).toEqual({
      files: 2,
      forms: 7,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      ignored: 0,
    });
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(code).toBe(1);
    const form = report.files[1]!.forms[0]!;
    expect(form.fields.projectName).toBe('党建经费');
    expect(form.funds.annual).toBe(1217200);
    expect(Object.values(paths).map(digest)).toEqual(before); // inputs are never modified
  });

  it('exits 0 when no finding is an error, and prints one line per finding with its location', async () => {
    const { code, stdout } = await jixiao('check', paths.xidu!);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^共 1 个文件、3 张申报表：错误 0 条，警告 \d+ 条，提示 \d+ 条$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/2024-xidu\.xlsx:表1!E\d+ 警告 .*课题调研完成率.* target-rate-unit-mismatch$/),
    );
  });

  it('reports an unreadable file with exit status 2 and still checks the others', async () => {
    const { code, stdout } = await jixiao(
      'check',
      paths.bad!,
      paths.xidu!,
      join(dir, 'missing.xlsx'),
      '--format',
      'json',
      '--lang',
      'en',
    );
    const report = JSON.parse(stdout) as Report;
    expect(code).toBe(2);
    expect(report.files.map((f) => [f.status, f.error?.code ?? null])).toEqual([
      ['error', 'not-office'],
      ['ok', null],
      ['error', 'not-found'],
    ]);
    expect(report.files[0]!.error!.message).toMatch(/not a valid Office file/);
  });

  it('reads a budget-system .xlsx export whose values are split over 计算符号, 指标值 and 度量单位 columns', async () => {
    const exported = join(dir, '一体化导出.xlsx');
    const grid = parseGridText(
      [
        '项目名称 | 乡村文化活动 | < | < | < | <',
        '一级指标 | 二级指标 | 三级指标 | 计算符号 | 指标值 | 度量单位',
        '产出指标 | 数量指标 | 举办文化活动场次 | ≥ | 20 | 场次',
        '^ | 质量指标 | 设施维修质量达标率 | ≤ | 95 | %',
        '^ | 时效指标 | 活动完成时间 | 定性 | 2025年12月底前 | ',
        '效益指标 | 社会效益指标 | 群众参与人次 | 大于等于 | 5000 | 人次',
        '满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | %',
      ].join('\n'),
    );
    writeFileSync(exported, await xlsxBytes(grid));
    const { stdout } = await jixiao('check', exported, '--format', 'json');
    const [form] = (JSON.parse(stdout) as Report).files[0]!.forms;
    expect(form!.indicators.map((i) => [i.target, i.value])).toEqual([
      ['20', { kind: 'quantitative', op: '≥', number: 20, unit: '场次' }],
      ['95', { kind: 'quantitative', op: '≤', number: 95, unit: '%' }],
      ['2025年12月底前', { kind: 'time' }],
      ['5000', { kind: 'quantitative', op: '≥', number: 5000, unit: '人次' }],
      ['90', { kind: 'quantitative', op: '≥', number: 90, unit: '%' }],
    ]);
    // Only the one real mistake among the values: ≤ on a rate that should be high, turned in its own column.
    const targets = form!.findings.filter((f) => f.ruleId.startsWith('target-'));
    expect(targets.map((f) => [f.ruleId, f.actual])).toEqual([['target-inverted-operator', '95']]);
    expect(targets[0]!.suggestions![0]!.edits).toEqual([
      { cell: expect.objectContaining({ address: 'D4' }), before: '≤', text: '≥' },
    ]);
  });

  it('reports a folder with no forms', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { code, stdout } = await jixiao('check', empty);
    expect(code).toBe(2);
    expect(stdout).toMatch(/文件夹中没有 .docx 或 .xlsx 文件/);
  });

  it('explains usage in Chinese and English, and refuses bad usage with status 2', async () => {
    const help = await jixiao('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/用法/);
    expect(help.stdout).toMatch(/Usage/);
    for (const argv of [['check'], ['check', forms, '--format', 'xml'], ['lint', forms], ['check', forms, '--fix']]) {
      const result = await jixiao(...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^jixiao: .+\n运行 jixiao --help 查看用法。/);
    }
  });

  it('refuses an output folder that would replace the inputs', async () => {
    const before = digest(paths.units2018!);
    const result = await jixiao('check', forms, '--fix', '--out', forms);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/会让副本覆盖输入文件/);
    expect(digest(paths.units2018!)).toBe(before);
  });

  it('writes --report into the folder it checks without reading it back as a form, and replaces it on the next run', async () => {
    const folder = join(dir, 'reported');
    mkdirSync(folder);
    writeFileSync(join(folder, '2024-xidu.xlsx'), readFileSync(paths.xidu!));
    const reportPath = join(folder, '审核意见.xlsx');
    const first = await jixiao('check', folder, '--format', 'json', '--report', reportPath);
    expect(existsSync(reportPath)).toBe(true);
    const second = await jixiao('check', folder, '--format', 'json', '--lang', 'en', '--report', reportPath);
    const files = (stdout: string) => (JSON.parse(stdout) as Report).files.map((f) => f.path);
    expect(files(second.stdout)).toEqual(files(first.stdout));
    expect(files(second.stdout)).not.toContain(reportPath);
    expect(second.code).toBe(first.code);
    const replaced = new ExcelJS.Workbook();
    await replaced.xlsx.load(readFileSync(reportPath) as unknown as ArrayBuffer);
    expect(replaced.worksheets.map((w) => w.name)).toEqual(['Summary', 'Findings']); // the second run's, in English
  });

  it('never writes --report over a file jixiao did not write, such as a form', async () => {
    const before = digest(paths.xidu!);
    const result = await jixiao('check', paths.units2018!, '--report', paths.xidu!);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--report .*2024-xidu\.xlsx exists and is not a report jixiao wrote/);
    expect(result.stdout).toBe('');
    expect(digest(paths.xidu!)).toBe(before);
  });

  it('says so, with status 2, when the report cannot be written', async () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where a folder would be');
    const result = await jixiao('check', paths.xidu!, '--report', join(blocked, 'r.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^jixiao: 无法写入报告 .*r\.xlsx：/);
    expect(result.stdout).toMatch(/共 1 个文件、3 张申报表/); // the check itself still printed
  });

  it('draws a progress bar on a terminal when more than a few files are checked', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    const bytes = readFileSync(paths.xidu!);
    for (let i = 1; i <= 6; i++) writeFileSync(join(many, `表${i}.xlsx`), bytes);
    let stderr = '';
    await run(['check', many], { stdout: () => {}, stderr: (t) => (stderr += t), env: {}, interactive: true });
    expect(stderr).toMatch(/\r\[#+ *\] 1\/6/);
    expect(stderr).toMatch(/\r\[#{24}\] 6\/6\n$/);
  });

  it('is installed as the package bin', () => {
    const bin = resolve(__dirname, '..', '..', 'bin', 'jixiao.js');
    expect(existsSync(resolve(__dirname, '..', '..', 'dist-cli', 'cli', 'main.js'))).toBe(true); // built by npm ci (prepare)
    const result = spawnSync(process.execPath, [bin, 'check', paths.xidu!, '--lang', 'en'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 files, 3 forms: 0 errors/);
  });
});
