// Spreadsheet libraries: header synonyms, type labels, directions in words, and every bad row named by its number.
import fc from 'fast-check';
import { bundledLibrary } from './bundled';
import { Library } from './schema';
import { mergeLibraries } from './load';
import { libraryFromRows } from './xlsx-rows';

const HEADER = ['项目类型', '一级指标', '二级指标', '三级指标', '指标值', '计量单位', '指标方向', '指标解释', '关键词'];
const GOOD = [
  '培训类',
  '产出指标',
  '质量指标',
  '岗前考试通过率',
  '≥95',
  '%',
  '正向',
  '考试合格人数占参考人数的比例。',
  '岗前，考试',
];

const read = (...rows: string[][]) => libraryFromRows([HEADER, ...rows]);
const row = (over: Partial<Record<(typeof HEADER)[number], string>>) => HEADER.map((h, i) => over[h] ?? GOOD[i]!);

describe('libraryFromRows', () => {
  it('reads a row into a library entry', () => {
    const result = read(GOOD);
    expect(result).toEqual({
      ok: true,
      library: {
        schemaVersion: 1,
        name: '自定义指标库',
        types: [],
        indicators: [
          {
            id: expect.stringMatching(/^training-u[0-9a-f]{8}$/),
            types: ['training'],
            level1: '产出指标',
            level2: '质量指标',
            name: '岗前考试通过率',
            target: '≥95%',
            unit: '%',
            direction: 'higher',
            definition: '考试合格人数占参考人数的比例。',
            keywords: ['岗前', '考试'],
            source: 'user',
          },
        ],
      },
    });
  });

  it('gives the same id for the same type and name, another for another', () => {
    const id = (r: string[]) => {
      const result = read(r);
      return result.ok ? result.library.indicators[0]!.id : null;
    };
    expect(id(row({ 指标值: '=100' }))).toBe(id(GOOD));
    expect(id(row({ 三级指标: '岗前考试 通过率' }))).toBe(id(GOOD));
    expect(id(row({ 三级指标: '结业考试通过率' }))).not.toBe(id(GOOD));
    expect(id(row({ 项目类型: '会议类' }))).not.toBe(id(GOOD));
  });

  it('keeps the bundled id of the same type and name, so the row replaces it on merge', () => {
    const bundled = bundledLibrary().indicators.find((i) => i.id === 'training-attendance')!;
    const result = read(row({ 三级指标: bundled.name, 指标值: '≥98' }));
    expect(result.ok && result.library.indicators[0]!.id).toBe('training-attendance');
    if (!result.ok) return;
    const merged = mergeLibraries(bundledLibrary(), result.library);
    expect(merged.ok && merged.library.indicators.filter((i) => i.name === bundled.name)).toEqual([
      expect.objectContaining({ id: 'training-attendance', target: '≥98%', source: 'user' }),
    ]);
  });

  it('reads other names from an optional 别名 column, split at semicolons (names may hold 、)', () => {
    const withAliases = (aliases: string) =>
      libraryFromRows([
        [...HEADER, '别名'],
        [...GOOD, aliases],
      ]);
    const result = withAliases('岗前测试通过率；资格、岗前考试合格率\n上岗考试通过率');
    expect(result.ok && result.library.indicators[0]!.aliases).toEqual([
      '岗前测试通过率',
      '资格、岗前考试合格率',
      '上岗考试通过率',
    ]);
    const none = withAliases('');
    expect(none.ok && 'aliases' in none.library.indicators[0]!).toBe(false);
    const bad = withAliases('岗前测试通过率；率');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors[0]).toMatchObject({ path: '第2行·别名', zh: expect.stringMatching(/“率”应为2到40个字/) });
  });

  it.each([
    ['type by id', { 项目类型: 'training' }, { types: ['training'] }],
    ['type without 类', { 项目类型: '培训' }, { types: ['training'] }],
    ['type by English label', { 项目类型: 'Training' }, { types: ['training'] }],
    ['two types', { 项目类型: '培训类、党建活动类' }, { types: ['training', 'party'] }],
    ['宣传/出版类 keeps its slash', { 项目类型: '宣传/出版类' }, { types: ['publicity'] }],
    ['二级 synonym', { 二级指标: '质量' }, { level2: '质量指标' }],
    [
      'legacy 成本 under 产出',
      {
        一级指标: '产出指标',
        二级指标: '成本指标',
        三级指标: '人均培训成本',
        指标值: '≤500',
        计量单位: '元/人·天',
        指标方向: '',
      },
      { level1: '成本指标', level2: '经济成本指标', direction: 'lower' },
    ],
    ['blank 一级', { 一级指标: '' }, { level1: '产出指标' }],
    [
      'legacy 一级 效果目标 for 满意度',
      { 一级指标: '效果目标', 二级指标: '满意度', 三级指标: '学员满意度' },
      { level1: '满意度指标' },
    ],
    ['direction in English', { 指标方向: 'higher' }, { direction: 'higher' }],
    [
      'direction as 越小越好',
      { 三级指标: '考试差错次数', 指标值: '≤2', 计量单位: '次', 指标方向: '越小越好' },
      { direction: 'lower', target: '≤2次' },
    ],
    ['direction inferred', { 指标方向: '' }, { direction: 'higher' }],
    ['unit written in the target', { 指标值: '>=95%', 计量单位: '' }, { target: '≥95%', unit: '%' }],
    ['百分比 as the unit', { 计量单位: '百分比' }, { target: '≥95%', unit: '%' }],
    [
      'a worded target',
      { 指标值: '按期完成', 计量单位: '', 指标方向: '定性' },
      { target: '按期完成', unit: '', direction: 'qualitative' },
    ],
    ['no keywords', { 关键词: '' }, { keywords: [] }],
  ])('accepts %s', (_, over, expected) => {
    const result = read(row(over));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.library.indicators[0]).toMatchObject(expected);
  });

  it.each([
    ['a missing name', { 三级指标: '' }, '第2行·三级指标', /第2行“三级指标”：为空/],
    ['an unknown type', { 项目类型: '基建类' }, '第2行·项目类型', /“基建类”不是已有的项目类型.*运维类/],
    ['a blank type', { 项目类型: '' }, '第2行·项目类型', /为空/],
    ['an unknown 二级', { 二级指标: '产出效果' }, '第2行·二级指标', /“产出效果”不是规范的二级指标/],
    ['a retired 二级', { 二级指标: '财务管理' }, '第2行·二级指标', /投入与管理/],
    ['a 二级 under another 一级', { 一级指标: '效益指标' }, '第2行·二级指标', /属于一级指标“产出指标”/],
    ['a bad target', { 指标值: '≥≥95' }, '第2行·指标值', /比较符号重复/],
    ['a blank target', { 指标值: '' }, '第2行·指标值', /为空/],
    ['a target with no unit', { 计量单位: '' }, '第2行·指标值', /没有计量单位/],
    ['a vague target', { 指标值: '进一步提升', 计量单位: '', 指标方向: '' }, '第2行·指标值', /只说了方向/],
    ['a direction against the operator', { 指标方向: '反向' }, '第2行·指标值', /矛盾/],
    ['an unreadable direction', { 指标方向: '向上' }, '第2行·指标方向', /看不懂/],
    ['a missing definition', { 指标解释: '' }, '第2行·指标解释', /指标解释/],
  ])('refuses %s, naming the row and column', (_, over, path, message) => {
    const result = read(row(over));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.path === path);
    expect(error?.zh).toMatch(message);
    expect(error?.en).toMatch(/^Row 2/);
  });

  it('numbers rows as the sheet does, past blank rows, and reports every bad row', () => {
    const result = libraryFromRows([
      [],
      HEADER,
      GOOD,
      [],
      row({ 三级指标: '' }),
      row({ 二级指标: '产出效果', 三级指标: '结业率' }),
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['第5行·三级指标', '第6行·二级指标']);
  });

  it('refuses the same indicator twice in one type', () => {
    const result = read(GOOD, row({ 三级指标: '岗前考试通过情况' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.zh).toMatch(/第3行.*与第2行是同一类型下的同一个指标/);
  });

  it.each([
    [
      'header synonyms in any order',
      [
        ['指标名称', '类型', '指标说明', '目标值', '单位', '二级'],
        ['岗前考试通过率', '培训类', '考试合格人数占参考人数的比例。', '≥95', '%', '质量指标'],
      ],
    ],
    [
      'headers with marks and spaces',
      [
        ['*项目类型', '二级指标 ', '三级指标（名称）', '指标值*', '指标解释'],
        ['培训类', '质量指标', '岗前考试通过率', '≥95%', '考试合格人数占参考人数的比例。'],
      ],
    ],
  ])('reads %s', (_, rows) => {
    const result = libraryFromRows(rows);
    expect(result.ok && result.library.indicators[0]).toMatchObject({
      name: '岗前考试通过率',
      target: '≥95%',
      types: ['training'],
    });
  });

  it.each([
    ['an empty sheet', [], /表格是空的/],
    [
      'a header without 三级指标 and 指标解释',
      [
        ['项目类型', '二级指标', '指标值'],
        ['培训类', '质量指标', '≥95%'],
      ],
      /缺少“三级指标”、“指标解释”列/,
    ],
    ['a header and no rows', [HEADER], /没有指标行/],
  ])('refuses %s', (_, rows, message) => {
    const result = libraryFromRows(rows);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.zh).toMatch(message);
  });

  it('never throws, and what it accepts is a valid library', () => {
    const cell = fc.oneof(fc.constantFrom(...GOOD, '', '≥', '%', '成本指标', '反向'), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 6 }), (rows) => {
        const result = libraryFromRows([HEADER, ...rows]);
        if (result.ok) expect(Library.safeParse(result.library).success).toBe(true);
        else expect(result.errors.every((e) => /[\u4e00-\u9fff]/.test(e.zh) && e.en !== '')).toBe(true);
      }),
    );
  });
});
