import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { loadSeed } from '../../test/seeds/load';
import { docxBytes, documentXml, withAddinSettings, xlsxBytes } from '../../test/support/office-files';
import { withChoice } from '../core/chosen-types';
import { parseGridText } from '../core/grid-text';
import { formGridText } from '../core/testing/form-builder';
import { jixiao } from '../../test/support/run-cli';
import type { Report } from './report';
import type { SuggestReport } from './suggest';

const KIND_ORDER = ['missing-dimension', 'open-row', 'type-core', 'common'];

/** An organisation's library with a type the bundled one lacks (档案) and one indicator for it. */
const ORG_LIBRARY = {
  schemaVersion: 1,
  name: '某单位指标库',
  types: [
    {
      id: 'archives',
      label: '档案管理类',
      labelEn: 'Archives',
      keywords: ['档案', '数字化加工'],
      description: '档案整理、数字化加工与保管。',
    },
  ],
  indicators: [
    {
      id: 'archives-pages',
      types: ['archives'],
      level1: '产出指标',
      level2: '数量指标',
      name: '档案数字化加工页数',
      aliases: ['档案扫描页数'],
      target: '≥20万页',
      unit: '万页',
      direction: 'higher',
      definition: '年度完成扫描和著录的档案页数。',
      keywords: ['扫描'],
    },
  ],
};

describe('jixiao suggest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-suggest-'));
  const paths = {
    centre: join(dir, '2024-dangjian-center.docx'),
    xidu: join(dir, 'forms', '2024-xidu.xlsx'),
    archives: join(dir, 'archives.docx'),
    library: join(dir, 'org-library.json'),
    badLibrary: join(dir, 'bad-library.json'),
  };

  beforeAll(async () => {
    mkdirSync(join(dir, 'forms'));
    writeFileSync(paths.centre, await docxBytes(documentXml(loadSeed('2024-dangjian-center.grid'))));
    writeFileSync(paths.xidu, await xlsxBytes(loadSeed('2024-xidu.grid')));
    const archives = formGridText({
      projectName: '档案数字化加工项目',
      goalAnnual: '完成馆藏档案的数字化加工。',
      indicators: [['满意度指标', '服务对象满意度指标', '档案利用者满意度', '≥90(%)']],
    });
    writeFileSync(paths.archives, await docxBytes(documentXml(parseGridText(archives))));
    writeFileSync(paths.library, JSON.stringify(ORG_LIBRARY));
    writeFileSync(paths.badLibrary, JSON.stringify({ ...ORG_LIBRARY, indicators: [{ id: 'Bad Id' }] }));
  });

  it('prints, per form, its type with the deciding words and the top 10 suggestions in kind order (JSON)', async () => {
    const { code, stdout } = await jixiao('suggest', paths.centre, '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as SuggestReport;
    expect(report.schemaVersion).toBe(1);
    const forms = report.files[0]!.forms;
    expect(forms.map((f) => [f.projectName, f.projectType[0]?.id])).toEqual([
      ['上海市党员干部现代远程教育网络体系运维（非信息化项目）', 'operation'],
      ['党建服务工作经费', 'party'],
      ['电教远教工作经费', 'party'],
      ['信息化运维项目', 'operation'],
      ['信息化建设项目', 'it-build'],
    ]);
    expect(forms[3]!.projectType[0]!.words).toContain('运维（项目名称）');
    for (const form of forms) {
      expect(form.suggestions).toHaveLength(10);
      expect(form.suggestions.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const kinds = form.suggestions.map((s) => KIND_ORDER.indexOf(s.kind));
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
      for (const s of form.suggestions) expect(s.reason).toMatch(/[\u4e00-\u9fff]/);
    }
    // 信息化运维项目 (2024) has no cost indicator, which `check` asks for from 2025: it lacks nothing yet.
    expect(forms[3]!.lacking).toEqual([]);
    // None of them is an indicator the form already has (信息化运维项目 has 运维服务验收达标率).
    expect(forms[3]!.suggestions.map((s) => s.name)).not.toContain('运维服务验收达标率');
    expect(report.summary).toEqual({ files: 1, forms: 5, suggestions: 50 });
  });

  it('reads folders, honours --top, and writes text in English with --lang en', async () => {
    const { code, stdout } = await jixiao('suggest', join(dir, 'forms'), '--top', '3', '--lang', 'en');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(`${paths.xidu} form 1 "党建经费"`);
    expect(lines[1]).toMatch(/^ {2}Project type: Party-building work \d+% \(from: 党建 \(project name\), /);
    expect(lines.filter((l) => /^ {3}\d\. /.test(l))).toHaveLength(9);
    // 专户项目经费 shows no type: only common indicators.
    expect(stdout).toMatch(/form 2 "专户项目经费"\n {2}Project type: none recognised/);
    expect(lines.at(-1)).toBe('1 files, 3 forms: 9 suggestions');
  });

  it('prints a readable text report in Chinese by default', async () => {
    const { stdout } = await jixiao('suggest', paths.centre, '--top', '2');
    expect(stdout).toMatch(/第4张表《信息化运维项目》\n {2}项目类型：运维类 \d+%（依据：运维（项目名称）/);
    // 2024 forms: a cost indicator is asked for from 2025 (as check does), not as a missing dimension.
    expect(stdout).not.toMatch(/本表没有成本指标/);
    expect(stdout.trim().split('\n').at(-1)).toBe('共 1 个文件、5 张申报表：推荐指标 10 条');
  });

  it('says what a form lacks as `check` does, cost from the settings’ costFrom on, whatever its suggestions are', async () => {
    const settings = join(dir, 'cost-from-2024.json');
    const options = { 'structure-missing-dimension': { costFrom: 2024 } };
    writeFileSync(settings, JSON.stringify({ schemaVersion: 1, name: '2024 年起要求成本指标', rules: {}, options }));
    const { stdout } = await jixiao('suggest', paths.centre, '--top', '1', '--settings', settings);
    expect(stdout).toMatch(
      /《信息化运维项目》\n {2}项目类型：[^\n]+\n {2}缺少的维度：本表没有成本指标\n {3}1\. 成本指标 › 经济成本指标 › \S+ {2}\S+ {2}\[补缺维度\] 本表没有成本指标/,
    );
    const json = await jixiao('suggest', paths.centre, '--top', '1', '--settings', settings, '--format', 'json');
    const forms = (JSON.parse(json.stdout) as SuggestReport).files[0]!.forms;
    expect(forms[3]!.lacking).toEqual(['本表没有成本指标']);
    const check = await jixiao('check', paths.centre, '--settings', settings, '--format', 'json');
    const checked = (JSON.parse(check.stdout) as Report).files[0]!.forms;
    const lacksCost = (findings: Report['files'][number]['forms'][number]['findings']) =>
      findings.some((f) => f.ruleId === 'structure-missing-dimension' && f.messageId === 'cost');
    // Each form the summary says lacks cost is one `check` reports it for, and no other.
    expect(checked.filter((f) => lacksCost(f.findings)).map((f) => f.index)).toEqual(
      forms.filter((f) => f.lacking.includes('本表没有成本指标')).map((f) => f.index),
    );
  });

  it('merges --library with the bundled library: its types classify and its indicators are suggested', async () => {
    const without = JSON.parse((await jixiao('suggest', paths.archives, '--format=json')).stdout) as SuggestReport;
    expect(without.files[0]!.forms[0]!.projectType.map((t) => t.id)).not.toContain('archives');
    const { code, stdout } = await jixiao('suggest', paths.archives, '--format=json', '--library', paths.library);
    expect(code).toBe(0);
    const form = (JSON.parse(stdout) as SuggestReport).files[0]!.forms[0]!;
    expect(form.projectType[0]).toMatchObject({ id: 'archives', label: '档案管理类' });
    expect(form.suggestions.find((s) => s.name === '档案数字化加工页数')).toMatchObject({ aliases: ['档案扫描页数'] });
    for (const s of form.suggestions) expect(Array.isArray(s.aliases)).toBe(true);
  });

  it('suggests by the type named with --type in place of the reading, and says so', async () => {
    const read = JSON.parse((await jixiao('suggest', paths.xidu, '--format=json')).stdout) as SuggestReport;
    const special = (r: SuggestReport) => r.files[0]!.forms.find((f) => f.projectName === '专户项目经费')!;
    expect(special(read)).toMatchObject({ typeChosen: false, typeSource: 'form', projectType: [] });
    expect(special(read).suggestions.filter((s) => s.kind === 'type-core')).toEqual([]);

    const { code, stdout } = await jixiao('suggest', paths.xidu, '--format=json', '--type', '培训');
    expect(code).toBe(0);
    const chosen = JSON.parse(stdout) as SuggestReport;
    for (const form of chosen.files[0]!.forms)
      expect(form).toMatchObject({
        typeChosen: true,
        typeSource: 'option',
        projectType: [{ id: 'training', label: '培训类', labelEn: 'Training', confidence: 1, words: [] }],
      });
    const core = special(chosen).suggestions.filter((s) => s.kind === 'type-core');
    expect(core.length).toBeGreaterThan(0);
    for (const s of core) {
      expect(s.types).toContain('training');
      expect(s.reason).toBe('培训类项目的常用指标，本表尚未设置。');
    }

    const twice = JSON.parse(
      (await jixiao('suggest', paths.xidu, '--format=json', '--type', '培训,training')).stdout,
    ) as SuggestReport;
    expect(special(twice).projectType.map((t) => t.id)).toEqual(['training']);

    const text = await jixiao('suggest', paths.xidu, '--type=运维,政府购买服务', '--top', '1');
    expect(text.stdout).toMatch(/第2张表《专户项目经费》\n {2}项目类型：运维类；政府购买服务类（按 --type 指定）\n/);
  });

  it('follows the type chosen for a form in the pane and kept in the document; --type comes first', async () => {
    // As SuggestTab saves it: the form's key to the type's id, JSON text in the document's settings.
    // Two types for 专户项目经费; one for a form no longer in the file.
    const chosen = withChoice(withChoice({}, '专户项目经费', ['meeting', 'training']), '某个已删除的项目', ['party']);
    const path = join(dir, 'chosen.xlsx');
    const saved = { 'jixiao.projectTypes': JSON.stringify({ ...chosen, 党建经费: 'no-such-type' }) };
    writeFileSync(path, await withAddinSettings(await xlsxBytes(loadSeed('2024-xidu.grid')), [{ settings: saved }]));
    const report = JSON.parse((await jixiao('suggest', path, '--format=json')).stdout) as SuggestReport;
    const [first, special] = report.files[0]!.forms;
    expect(special).toMatchObject({
      projectName: '专户项目经费',
      typeChosen: true,
      typeSource: 'document',
      projectType: [
        { id: 'meeting', confidence: 1, words: [] },
        { id: 'training', confidence: 1, words: [] },
      ],
    });
    const reasons = new Set(special!.suggestions.filter((s) => s.kind === 'type-core').map((s) => s.reason));
    expect(reasons).toEqual(new Set(['会议类项目的常用指标，本表尚未设置。', '培训类项目的常用指标，本表尚未设置。']));
    // Another form of the file, and a type the library does not have: read from the form's words.
    expect(first).toMatchObject({ typeChosen: false, typeSource: 'form' });

    const text = await jixiao('suggest', path, '--top', '1');
    expect(text.stdout).toMatch(/第2张表《专户项目经费》\n {2}项目类型：会议类；培训类（按文档中选定的类型）\n/);
    const named = JSON.parse((await jixiao('suggest', path, '--format=json', '--type', '培训')).stdout);
    expect((named as SuggestReport).files[0]!.forms[1]).toMatchObject({
      typeSource: 'option',
      projectType: [{ id: 'training' }],
    });
  });

  it('finds a type of the --library file by --type, and refuses a name the library does not have', async () => {
    const { stdout } = await jixiao(
      'suggest',
      paths.centre,
      '--format=json',
      '--library',
      paths.library,
      '--type',
      '档案管理',
    );
    const forms = (JSON.parse(stdout) as SuggestReport).files[0]!.forms;
    expect(forms[0]!.projectType.map((t) => t.id)).toEqual(['archives']);
    expect(forms[0]!.suggestions.map((s) => s.name)).toContain('档案数字化加工页数');

    const refused = await jixiao('suggest', paths.centre, '--type', '基建');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^jixiao: --type 基建：指标库中没有这个项目类型。可用的类型：运维（operation）、信息化建设（it-build）、培训（training）、/,
    );
    expect(refused.stderr).not.toMatch(/共性/);
    const english = await jixiao('suggest', paths.centre, '--type', 'building', '--lang', 'en');
    expect(english.stderr).toMatch(
      /--type building: the library has no such project type; it has operation \(Operation and maintenance\), /,
    );
  });

  it('fills projectType in the check report, from --library too', async () => {
    const plain = JSON.parse((await jixiao('check', paths.centre, '--format=json')).stdout) as Report;
    expect(plain.files[0]!.forms.map((f) => f.projectType?.id)).toEqual([
      'operation',
      'party',
      'party',
      'operation',
      'it-build',
    ]);
    expect(plain.files[0]!.forms[0]!.projectType!.confidence).toBeGreaterThan(0);
    const withOrg = await jixiao('check', paths.archives, '--format=json', '--library', paths.library);
    expect((JSON.parse(withOrg.stdout) as Report).files[0]!.forms[0]!.projectType).toMatchObject({ id: 'archives' });
  });

  it.each([
    ['suggest', 'a malformed library', () => paths.badLibrary, /bad-library\.json 无法使用：\n {2}indicators\[0\]/],
    ['check', 'a missing library', () => join(dir, 'nowhere.xlsx'), /nowhere\.xlsx 无法使用：\n.*找不到文件/],
    ['suggest', 'a library of another kind', () => resolve(__dirname, 'main.ts'), /只支持 \.json 和 \.xlsx/],
  ])('%s with %s exits 2 with the loader’s messages and reads no form', async (command, _what, library, message) => {
    const { code, stdout, stderr } = await jixiao(command, paths.centre, '--library', library());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('reports an unreadable file with status 2 and still suggests for the others', async () => {
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'not a zip');
    const { code, stdout } = await jixiao('suggest', broken, paths.centre, '--format=json');
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as SuggestReport;
    expect(report.files.map((f) => [f.status, f.error?.code ?? null, f.forms.length])).toEqual([
      ['error', 'not-office', 0],
      ['ok', null, 5],
    ]);
  });
});

describe('jixiao suggest on a document whose tables hold no form', () => {
  it('reports it as a file error, not as a form needing no suggestion (exit 2)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'jixiao-suggest-no-form-')), '通讯录.docx');
    writeFileSync(path, await docxBytes(documentXml(parseGridText('姓名 | 部门 | 电话\n张三 | 办公室 | 12345678'))));
    const { code, stdout } = await jixiao('suggest', path, '--format', 'json');
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as SuggestReport).files).toEqual([
      { path, status: 'error', error: { code: 'no-forms-recognised', message: expect.any(String) }, forms: [] },
    ]);
    expect((await jixiao('suggest', path)).stdout).toMatch(/；1 个文件未识别出申报表\n$/);
  });
});
