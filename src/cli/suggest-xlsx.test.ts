import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { createHash } from 'crypto';
import { tmpdir } from 'os';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { sheetsAsCsv } from '../../test/support/libreoffice';
import { sheetRows, xlsxBytes } from '../../test/support/office-files';
import { jixiao } from '../../test/support/run-cli';
import { parseGridText } from '../core/grid-text';
import { formGridText } from '../core/testing/form-builder';
import { isReportWorkbook } from './report-xlsx';
import type { SuggestReport } from './suggest';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const BLANK = '示例-空白指标-生活驿站运行经费.docx';
const SUMMARY_TABLE = '2024-西渡街道绩效目标汇总表.xlsx';
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('jixiao suggest --report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-suggest-report-'));
  // In the folder being read: it must not come back as a form on the next run.
  const out = join(dir, '指标建议.xlsx');
  const inputs = [BLANK, SUMMARY_TABLE].map((name) => join(dir, name));
  let report: SuggestReport;
  let book: Map<string, ExcelJS.CellValue[][]>;
  let stderr: string;

  beforeAll(async () => {
    for (const name of [BLANK, SUMMARY_TABLE]) copyFileSync(join(EXAMPLES, name), join(dir, name));
    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    const before = inputs.map(digest);
    const run = await jixiao('suggest', dir, '--top', '15', '--format', 'json', '--report', out);
    expect(inputs.map(digest)).toEqual(before);
    expect(run.code).toBe(2); // broken.docx
    report = JSON.parse(run.stdout) as SuggestReport;
    stderr = run.stderr;
    // Every row as wide as its header, an empty cell as null (exceljs leaves holes and drops trailing blanks).
    const read = await sheetRows(new Uint8Array(readFileSync(out)));
    book = new Map(
      [...read].map(([name, rows]) => [
        name,
        rows.map((row) => Array.from({ length: rows[0]!.length }, (_, i) => row[i] ?? null)),
      ]),
    );
  });

  const fileOf = (name: string) => report.files.find((f) => f.path.endsWith(name))!;

  it('says where it wrote the workbook, and the workbook is one a later run may replace', () => {
    const { forms, suggestions } = report.summary;
    expect(forms).toBeGreaterThan(2);
    expect(stderr).toBe(`jixiao: 建议报告已写入 ${out}（${forms} 张申报表，${suggestions} 条建议）\n`);
    expect(isReportWorkbook(new Uint8Array(readFileSync(out)))).toBe(true);
    expect([...book.keys()]).toEqual(['推荐汇总', '推荐指标']);
  });

  it('has one row per form with its type and the dimensions it lacks, and one per file it could not read', () => {
    const rows = book.get('推荐汇总')!;
    expect(rows[0]).toEqual(['文件', '项目名称', '项目类型', '判断依据', '缺少的维度', '推荐指标数', '说明']);
    const blank = fileOf(BLANK).forms[0]!;
    const blankRow = rows.find((r) => r[0] === join(dir, BLANK))!;
    expect(blankRow.slice(1, 3)).toEqual([
      '生活驿站运行经费',
      blank.projectType.map((t) => `${t.label} ${Math.round(t.confidence * 100)}%`).join('；'),
    ]);
    // Its rows are empty: every dimension is missing, each said as its reason says it before the colon.
    expect(String(blankRow[4]).split('；')).toEqual(
      expect.arrayContaining(['产出指标中没有数量指标', '产出指标中没有质量指标', '本表没有满意度指标']),
    );
    expect(blankRow[5]).toBe(15);
    const summaryForms = fileOf(SUMMARY_TABLE).forms;
    expect(rows.filter((r) => String(r[0]).startsWith(join(dir, SUMMARY_TABLE))).map((r) => r[0])).toEqual(
      summaryForms.map((f) =>
        f.index === 0 ? join(dir, SUMMARY_TABLE) : `${join(dir, SUMMARY_TABLE)}（第${f.index + 1}张表）`,
      ),
    );
    const broken = fileOf('broken.docx');
    expect(rows.find((r) => r[0] === broken.path)).toEqual([
      broken.path,
      ...Array(5).fill(null),
      broken.error!.message,
    ]);
    expect(rows).toHaveLength(1 + report.summary.forms + 1);
  });

  it('lists every suggestion of the report, in its order, with what a person copies into the form', () => {
    const rows = book.get('推荐指标')!;
    expect(rows[0]).toEqual([
      '文件',
      '项目名称',
      '序号',
      '类别',
      '一级指标',
      '二级指标',
      '三级指标',
      '参考指标值',
      '计量单位',
      '指标方向',
      '指标解释',
      '推荐理由',
      '其他写法',
    ]);
    const kind = { 'missing-dimension': '补缺维度', 'open-row': '填空行', 'type-core': '类型常用', common: '共性' };
    const direction = { higher: '正向（越大越好）', lower: '反向（越小越好）', qualitative: '定性' };
    const expected = report.files.flatMap((file) =>
      file.forms.flatMap((form) =>
        form.suggestions.map((s) => [
          s.rank,
          kind[s.kind],
          s.level1,
          s.level2,
          s.name,
          s.target,
          s.unit,
          direction[s.direction],
          s.definition,
          s.reason,
          s.aliases.length ? s.aliases.join('、') : null,
        ]),
      ),
    );
    expect(rows.slice(1).map((r) => r.slice(2))).toEqual(expected);
    expect(rows.slice(1).map((r) => r[1])).toContain('生活驿站运行经费');
  });

  it('does not read its own earlier workbook in the folder as a form', async () => {
    const rerun = JSON.parse((await jixiao('suggest', dir, '--top', '15', '--format', 'json', '--report', out)).stdout);
    expect(rerun).toEqual(report);
  });

  it('never replaces a file jixiao did not write', async () => {
    const foreign = join(dir, '别人的表.xlsx');
    writeFileSync(foreign, await xlsxBytes(parseGridText(formGridText())));
    const kept = digest(foreign);
    const refused = await jixiao('suggest', join(dir, BLANK), '--report', foreign);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('is not a report jixiao wrote');
    expect(digest(foreign)).toBe(kept);
  });

  it('names a type given with --type without a confidence, and says it was named', async () => {
    const named = join(dir, 'named', '指标建议.xlsx');
    await jixiao('suggest', join(dir, BLANK), '--type', '会议,培训', '--report', named);
    const row = (await sheetRows(new Uint8Array(readFileSync(named)))).get('推荐汇总')![1]!;
    expect(row.slice(1, 4)).toEqual(['生活驿站运行经费', '会议类；培训类', '按 --type 指定']);
  });

  it('speaks English with --lang en', async () => {
    const english = join(dir, 'en', 'suggestions.xlsx');
    const run = await jixiao('suggest', join(dir, BLANK), '--lang', 'en', '--report', english);
    expect(run.stderr).toMatch(/^jixiao: suggestions written to .+ \(1 forms, 10 suggestions\)\n$/);
    const sheets = await sheetRows(new Uint8Array(readFileSync(english)));
    expect([...sheets.keys()]).toEqual(['Forms', 'Suggestions']);
    // The blank form lacks every dimension: its first suggestion is for one, and its summary says so in English.
    expect(sheets.get('Suggestions')![1]![3]).toBe('missing dimension');
    expect(String(sheets.get('Forms')![1]![4]).split('; ')).toEqual(
      expect.arrayContaining(['No quantity indicator among the outputs', 'No satisfaction indicator']),
    );
  });

  it('is a workbook LibreOffice opens, targets written as text (=100% is no formula)', () => {
    const equals = report.files
      .flatMap((f) => f.forms.flatMap((form) => form.suggestions))
      .find((s) => s.target.startsWith('='));
    expect(equals).toBeDefined();
    const sheets = sheetsAsCsv(out);
    expect([...sheets.keys()]).toEqual(['推荐指标', '推荐汇总'].sort());
    const suggestions = sheets.get('推荐指标')!;
    expect(suggestions).toContain(`,${equals!.name},${equals!.target},`);
    expect(suggestions).not.toMatch(/Err:|#NAME/);
  }, 300_000);
});
