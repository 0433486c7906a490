// The example library files load and merge over the bundled library; bad files come back as errors, never throws.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bundledLibrary } from './bundled';
import { parseLibraryJson } from './load';
import { loadLibraryFile, readSheetRows } from './xlsx-node';

const EXAMPLES = join(__dirname, '..', '..', 'docs', 'examples');
const base = bundledLibrary();
const tmp = mkdtempSync(join(tmpdir(), 'jixiao-library-'));

async function xlsx(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标库');
  for (const row of rows) sheet.addRow(row);
  const path = join(tmp, `sheet-${rows.length}-${Math.random().toString(36).slice(2)}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('example library files', () => {
  it('library-example.json adds a type, replaces one bundled indicator and adds the others', async () => {
    const user = parseLibraryJson(readFileSync(join(EXAMPLES, 'library-example.json'), 'utf8'));
    expect(user.ok).toBe(true);
    if (!user.ok) return;
    const result = await loadLibraryFile(join(EXAMPLES, 'library-example.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const replaced = user.library.indicators.filter((i) => base.indicators.some((b) => b.id === i.id));
    expect(replaced.map((i) => i.id)).toEqual(['training-attendance']);
    expect(result.library.indicators.length).toBe(base.indicators.length + user.library.indicators.length - 1);
    expect(result.library.types.map((t) => t.id)).toContain('archives');
    expect(result.library.indicators.find((i) => i.id === 'training-attendance')).toMatchObject({
      target: '≥98%',
      aliases: ['培训人员出勤率', '各类培训出勤率'],
      source: 'user',
    });
  });

  it('library-example.xlsx reads every row and merges', async () => {
    const rows = await readSheetRows(readFileSync(join(EXAMPLES, 'library-example.xlsx')));
    expect(rows[0]).toEqual([
      '项目类型',
      '一级指标',
      '二级指标',
      '三级指标',
      '别名',
      '指标值',
      '计量单位',
      '指标方向',
      '指标解释',
      '关键词',
    ]);
    const result = await loadLibraryFile(join(EXAMPLES, 'library-example.xlsx'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const added = result.library.indicators.filter((i) => i.source === 'user');
    expect(added.map((i) => `${i.name} ${i.target}`)).toEqual([
      '培训出勤率 ≥98%',
      '无纸化会议占比 ≥60%',
      '视频会议单场成本 ≤3000元/场',
      '培训课程资源共享 纳入全市干部在线学习平台',
    ]);
    expect(added[0]).toMatchObject({ types: ['training', 'party'], aliases: ['培训人员出勤率', '各类培训出勤率'] });
    expect(result.library.indicators.length).toBe(base.indicators.length + rows.length - 2);
  });
});

describe('loadLibraryFile', () => {
  it('reports bad rows of a workbook with the row numbers Excel shows', async () => {
    const path = await xlsx([
      ['项目类型', '二级指标', '三级指标', '指标值', '指标解释'],
      ['培训类', '质量指标', '岗前考试通过率', '≥95%', '考试合格人数占参考人数的比例。'],
      ['培训类', '质量指标', '', '≥95%', '没有名称的一行。'],
    ]);
    const result = await loadLibraryFile(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['第3行·三级指标']);
  });

  it('reads numbers as the sheet shows them', async () => {
    const path = await xlsx([
      ['项目类型', '二级指标', '三级指标', '指标值', '计量单位', '指标解释'],
      ['培训类', '数量指标', '岗前培训场次', 12, '场', '年度举办的岗前培训场次。'],
    ]);
    expect((await readSheetRows(readFileSync(path)))[1]).toContain('12');
    // A bare number is no target (at least? exactly?): the clerk is told how to write it.
    const result = await loadLibraryFile(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.zh).toMatch(/第2行“指标值”：.*“≥12场”“=12场”或“≤12场”/);
  });

  it.each([
    ['a missing file', () => join(tmp, 'nope.json'), /找不到文件/],
    ['another extension', () => join(EXAMPLES, '..', 'README.md'), /只支持 .json 和 .xlsx/],
    ['a damaged workbook', () => write('broken.xlsx', 'PK\u0003\u0004 not really a zip'), /无法打开 Excel 文件/],
    ['a JSON file that is not a library', () => write('other.json', '{"a": 1}'), /缺少/],
  ])('refuses %s without throwing', async (_, path, message) => {
    const result = await loadLibraryFile(path());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.zh).join('\n')).toMatch(message);
  });
});

function write(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}
