import fc from 'fast-check';
import type { Level2Name, Library, LibraryIndicator } from '../../library/schema';
import { LEVEL2_PARENT } from '../../library/schema';
import type { Form2018Spec, IndicatorRow } from '../testing/form-builder';
import { buildForm, form2018GridText, formGridText } from '../testing/form-builder';
import { sameIndicatorName } from './name-match';
import { chosenClassification } from './classify';
import type { RuleSettings } from '../rule-settings';
import { lackingDimensions, suggestIndicators } from './suggest';

const LEVEL1 = LEVEL2_PARENT;

let ids = 0;
const ind = (types: string[], level2: Level2Name, name: string, target = '=100%'): LibraryIndicator => ({
  id: `i${++ids}`,
  types,
  level1: LEVEL1[level2],
  level2,
  name,
  target,
  unit: '%',
  direction: 'higher',
  definition: `${name}的定义`,
  keywords: [],
});

const LIBRARY: Library = {
  schemaVersion: 1,
  name: 'test',
  types: [
    { id: 'training', label: '培训类', labelEn: 'Training', keywords: ['培训'], description: '培训项目' },
    { id: 'operation', label: '运维类', labelEn: 'Operation', keywords: ['运维'], description: '运维项目' },
    { id: 'common', label: '共性', labelEn: 'Common', keywords: ['共性'], description: '共性指标' },
  ],
  indicators: [
    ind(['training'], '数量指标', '培训班次', '≥4次'),
    ind(['training'], '数量指标', '培训人次', '≥200人次'),
    ind(['training'], '数量指标', '课程资源数量', '≥20个'),
    ind(['training'], '质量指标', '培训出勤率', '≥95%'),
    ind(['training'], '质量指标', '培训合格率', '≥95%'),
    ind(['training'], '质量指标', '课程设置合理性', '合理'),
    ind(['training'], '时效指标', '培训计划按期完成率'),
    ind(['training'], '经济成本指标', '人均培训成本', '≤550元'),
    ind(['training'], '社会效益指标', '学员履职能力提升', '有效提升'),
    ind(['training'], '服务对象满意度指标', '培训学员满意度', '≥90%'),
    ind(['operation'], '质量指标', '系统可用率', '≥99.9%'),
    ind(['operation'], '时效指标', '故障响应时间', '≤30分钟'),
    ind(['operation'], '经济成本指标', '运维总成本', '≤100万元'),
    ind(['operation'], '服务对象满意度指标', '运维满意度', '≥90%'),
    ind(['common'], '经济成本指标', '项目总成本', '≤100万元'),
    ind(['common'], '服务对象满意度指标', '服务对象满意度', '≥90%'),
    ind(['common'], '可持续影响指标', '长效管理机制健全性', '建立健全'),
    ind(['common'], '数量指标', '工作完成率'),
    ind(['common'], '数量指标', '工作完成情况'),
  ],
};

const form = (indicators: readonly IndicatorRow[], projectName = '干部教育培训经费') =>
  buildForm(formGridText({ projectName, indicators }));
/** A 2018 form (分解目标 rows under 一级 only) of a training project. */
const trainingForm2018 = (indicators: Form2018Spec['indicators']) =>
  buildForm(form2018GridText({ indicators }).replace('远程教育平台运维', '干部培训经费'));

const FULL_TRAINING: readonly IndicatorRow[] = [
  ['成本指标', '经济成本指标', '人均培训成本', '≤550(元)'],
  ['产出指标', '数量指标', '全年培训班次', '≥4(次)'],
  ['产出指标', '质量指标', '培训出勤率', '≥95(%)'],
  ['产出指标', '时效指标', '培训计划按期完成率', '=100(%)'],
  ['效益指标', '社会效益指标', '学员履职能力提升', '有效提升'],
  ['满意度指标', '服务对象满意度指标', '培训学员满意度', '≥90(%)'],
];

/** The test library with 长效管理机制健全性 filed under other types. */
const withMechanismTypes = (types: string[]): Library => ({
  ...LIBRARY,
  indicators: LIBRARY.indicators.map((i) => (i.name === '长效管理机制健全性' ? { ...i, types } : i)),
});

describe('suggestIndicators', () => {
  it('first fills the dimensions the form lacks, each with the reason', () => {
    const rows: IndicatorRow[] = [
      ['产出指标', '数量指标', '全年培训班次', '≥4(次)'],
      ['产出指标', '质量指标', '培训出勤率', '≥95(%)'],
      ['效益指标', '社会效益指标', '学员履职能力提升', '有效提升'],
    ];
    const suggestions = suggestIndicators(
      buildForm(formGridText({ projectName: '干部教育培训经费', indicators: rows, year: '2025' })),
      LIBRARY,
    );
    const missing = suggestions.filter((s) => s.reason.kind === 'missing-dimension');
    expect(suggestions.slice(0, missing.length)).toEqual(missing);
    expect(missing.map((s) => s.indicator.level2)).toEqual(['时效指标', '服务对象满意度指标', '经济成本指标']);
    // The type's own indicator before the 共性 one, for the same missing dimension.
    expect(missing.map((s) => s.indicator.name)).toEqual(['培训计划按期完成率', '培训学员满意度', '人均培训成本']);
    expect(missing[2]!.reason.zh).toMatch(/没有成本指标/);
    expect(missing[2]!.reason.en).toMatch(/No cost indicator/);
    // As structure-missing-dimension: a 2024 form is asked for cost only under settings whose costFrom is 2024.
    const costOf = (settings: RuleSettings | null) =>
      suggestIndicators(form(rows), LIBRARY, { settings })
        .filter((s) => s.reason.kind === 'missing-dimension')
        .map((s) => s.indicator.level2)
        .filter((l) => l === '经济成本指标');
    expect(costOf(null)).toEqual([]);
    expect(costOf({ name: '2024', rules: {}, options: { 'structure-missing-dimension': { costFrom: 2024 } } })).toEqual(
      ['经济成本指标'],
    );
  });

  /** The test library with four more training 数量指标. */
  const MORE_QUANTITIES: Library = {
    ...LIBRARY,
    indicators: [
      ...LIBRARY.indicators,
      ...['培训课时数', '培训天数', '培训课件数量', '培训教材数量'].map((n) =>
        ind(['training'], '数量指标', n, '≥5个'),
      ),
    ],
  };
  const emptyRow = (row: IndicatorRow): IndicatorRow => [row[0], row[1], '', ''];

  it('then offers the 二级 of each empty row, its choices counting those it got as a missing dimension', () => {
    // 培训出勤率 cleared: 质量 is now missing, and its row empty.
    const cleared = form([...FULL_TRAINING.slice(0, 2), emptyRow(FULL_TRAINING[2]!), ...FULL_TRAINING.slice(3, 5)]);
    expect(cleared.openRows.map((r) => r.level2)).toEqual(['质量指标']);
    const suggestions = suggestIndicators(cleared, LIBRARY);
    // The training 质量指标 and 满意度 as missing, then the third 质量 for the row; 系统可用率 is an operation project’s.
    expect(suggestions.slice(0, 4).map((s) => [s.reason.kind, s.indicator.name])).toEqual([
      ['missing-dimension', '培训出勤率'],
      ['missing-dimension', '培训合格率'],
      ['missing-dimension', '培训学员满意度'],
      ['open-row', '课程设置合理性'],
    ]);
    expect(suggestions[3]!.reason.zh).toBe('“质量指标”下有空行，可填入此指标。');
    expect(suggestions[3]!.reason.en).toBe('There is an empty row under 质量指标: this indicator can fill it.');
  });

  it('offers five choices for a block’s empty row, one more for each further empty row, before the type’s others', () => {
    const openRows = (empty: number) => {
      const rows = [...FULL_TRAINING, ...Array.from({ length: empty }, () => emptyRow(FULL_TRAINING[1]!))];
      const suggestions = suggestIndicators(form(rows), MORE_QUANTITIES, { limit: 20 });
      const open = suggestions.filter((s) => s.reason.kind === 'open-row');
      expect(suggestions.slice(0, open.length)).toEqual(open);
      return open;
    };
    expect(openRows(0)).toEqual([]);
    expect(openRows(1)).toHaveLength(5);
    expect(openRows(2)).toHaveLength(6);
    for (const s of openRows(2)) expect(s.indicator.level2).toBe('数量指标');
  });

  it('gives every empty row’s 二级 a choice before any 二级 another', () => {
    const rows = [...FULL_TRAINING, emptyRow(FULL_TRAINING[1]!), emptyRow(FULL_TRAINING[2]!)];
    const open = suggestIndicators(form(rows), MORE_QUANTITIES).filter((s) => s.reason.kind === 'open-row');
    expect(open.slice(0, 4).map((s) => s.indicator.level2)).toEqual(['数量指标', '质量指标', '数量指标', '质量指标']);
  });

  it('gives the empty rows’ 二级 their turns counting what each got as a missing dimension', () => {
    // 质量 lacking (two as a missing dimension), 数量 filled: 数量 catches up before 质量 gets a third, then the two
    // take turns in the form's order.
    const rows = [
      ...FULL_TRAINING.filter((r) => r[1] !== '质量指标'),
      emptyRow(FULL_TRAINING[1]!),
      emptyRow(FULL_TRAINING[2]!),
    ];
    const forBlocks = suggestIndicators(form(rows), MORE_QUANTITIES, { limit: 30 }).filter(
      (s) => s.reason.kind === 'missing-dimension' || s.reason.kind === 'open-row',
    );
    expect(forBlocks.map((s) => s.indicator.level2).slice(0, 6)).toEqual([
      '质量指标',
      '质量指标',
      '数量指标',
      '数量指标',
      '数量指标',
      '质量指标',
    ]);
  });

  it('offers nothing for an empty row 插入 could not fill: a 2018 form’s (no 二级 column), a blank or unknown 二级', () => {
    const form2018 = trainingForm2018([
      ['产出目标', '培训班次', '≥4次'],
      ['产出目标', '', ''],
      ['效果目标', '培训学员满意度', '≥90%'],
    ]);
    const unnamed = form([...FULL_TRAINING, ['产出指标', '', '', ''], ['产出指标', '服务质量', '', '']]);
    for (const f of [form2018, unnamed]) {
      expect(f.openRows.length).toBeGreaterThan(0);
      expect(suggestIndicators(f, LIBRARY).filter((s) => s.reason.kind === 'open-row')).toEqual([]);
    }
  });

  it('says which dimensions a form lacks, and offers a lacking 二级 with an empty row five choices in all', () => {
    const blank = form([emptyRow(FULL_TRAINING[1]!), emptyRow(FULL_TRAINING[5]!)]);
    const forBlocks = suggestIndicators(blank, MORE_QUANTITIES, { limit: 30 }).filter(
      (s) => s.reason.kind === 'missing-dimension' || s.reason.kind === 'open-row',
    );
    const quantities = forBlocks.filter((s) => s.indicator.level2 === '数量指标');
    expect(quantities.map((s) => s.reason.kind)).toEqual([
      'missing-dimension',
      'missing-dimension',
      'open-row',
      'open-row',
      'open-row',
    ]);
    // A 2024 form: cost is asked for from 2025 (structure-missing-dimension’s costFrom), or as the settings say.
    expect(lackingDimensions(blank).map((l) => l.zh)).toEqual([
      '产出指标中没有数量指标',
      '产出指标中没有质量指标',
      '产出指标中没有时效指标',
      '本表没有效益指标',
      '本表没有满意度指标',
    ]);
    expect(lackingDimensions(blank)[4]!.en).toBe('No satisfaction indicator');
    const costFrom2024 = {
      name: '2024 年起',
      rules: {},
      options: { 'structure-missing-dimension': { costFrom: 2024 } },
    };
    expect(lackingDimensions(blank, costFrom2024).at(-1)!.zh).toBe('本表没有成本指标');
    expect(lackingDimensions(blank, { ...costFrom2024, rules: { 'structure-missing-dimension': 'off' } })).toHaveLength(
      5,
    );
    expect(lackingDimensions(form(FULL_TRAINING))).toEqual([]);
    // A form without a year is never due a cost indicator, as structure-missing-dimension reads it.
    const noYear = buildForm(formGridText({ indicators: [emptyRow(FULL_TRAINING[1]!)], year: '', startDate: '' }));
    expect(lackingDimensions(noYear, costFrom2024).map((l) => l.zh)).not.toContain('本表没有成本指标');
  });

  it('then the type’s core indicators, then the 共性 set', () => {
    const suggestions = suggestIndicators(form(FULL_TRAINING), LIBRARY, { limit: 30 });
    expect(suggestions.map((s) => s.reason.kind)).toEqual([...Array(4).fill('type-core'), ...Array(4).fill('common')]);
    expect(suggestions.slice(0, 4).map((s) => s.indicator.types)).toEqual(Array(4).fill(['training']));
    expect(suggestions[0]!.reason.zh).toBe('培训类项目的常用指标，本表尚未设置。');
    // No operation indicator: the form is not an operation project.
    expect(suggestions.map((s) => s.indicator.name)).not.toContain('系统可用率');
  });

  it('offers a 共性 indicator that forms of the type use among the type’s own, ahead of the rest of the 共性 set', () => {
    const library = withMechanismTypes(['common', 'training']);
    const kinds = (lib: Library) =>
      new Map(
        suggestIndicators(form(FULL_TRAINING), lib, { limit: 30 }).map((s, rank) => [
          s.indicator.name,
          { rank, kind: s.reason.kind },
        ]),
      );
    const before = kinds(LIBRARY).get('长效管理机制健全性')!;
    const after = kinds(library).get('长效管理机制健全性')!;
    expect(before.kind).toBe('common');
    expect(after.kind).toBe('type-core');
    expect(after.rank).toBeLessThan(before.rank);
  });

  it('counts each type an indicator is filed under as one more reason to offer it', () => {
    const scoreAs = (types: string[]) =>
      suggestIndicators(form(FULL_TRAINING), withMechanismTypes(types), { limit: 30 }).find(
        (s) => s.indicator.name === '长效管理机制健全性',
      )!.score;
    expect(scoreAs(['common', 'training'])).toBeGreaterThan(scoreAs(['training']));
    expect(scoreAs(['training'])).toBeGreaterThan(scoreAs(['common']));
  });

  it('never suggests what the form has under another spelling, nor the same indicator twice', () => {
    const suggestions = suggestIndicators(
      form([
        ...FULL_TRAINING,
        ['产出指标', '数量指标', '培训班次数量', '≥4(次)'],
        ['产出指标', '数量指标', '工作完成率', '=100(%)'],
      ]),
      LIBRARY,
      { limit: 30 },
    );
    const names = suggestions.map((s) => s.indicator.name);
    expect(names).not.toContain('培训班次');
    expect(names).not.toContain('工作完成情况');
    expect(names).not.toContain('工作完成率');
  });

  it('never suggests an indicator the form has under one of its aliases', () => {
    const library: Library = {
      ...LIBRARY,
      indicators: LIBRARY.indicators.map((i) =>
        i.name === '课程资源数量' ? { ...i, aliases: ['在线课程上线门数'] } : i,
      ),
    };
    const rows: IndicatorRow[] = [...FULL_TRAINING, ['产出指标', '数量指标', '在线课程上线门数', '≥20(门)']];
    const names = (lib: Library) => suggestIndicators(form(rows), lib, { limit: 30 }).map((s) => s.indicator.name);
    expect(names(LIBRARY)).toContain('课程资源数量');
    expect(names(library)).not.toContain('课程资源数量');
  });

  it('ranks first the indicators whose words the form already uses', () => {
    const suggestions = suggestIndicators(
      form([...FULL_TRAINING.filter((r) => r[1] !== '数量指标'), ['产出指标', '数量指标', '课程开发数量', '≥5(个)']]),
      LIBRARY,
    );
    const quantities = suggestions.filter((s) => s.indicator.level2 === '数量指标').map((s) => s.indicator.name);
    expect(quantities[0]).toBe('课程资源数量');
  });

  it('ranks a name whose rare words the form uses ahead of a short name of common words it covers', () => {
    // 满意度 is in many names and in the form; 课件 is in one name and in the form. Scoring by the share of a name
    // the form covers put 讲师满意度 (the common half of its bigrams) ahead of 课件更新数量 (only its rare 课件).
    const library: Library = {
      ...LIBRARY,
      indicators: [
        ...LIBRARY.indicators.filter((i) => i.types.includes('training')),
        ind(['training'], '服务对象满意度指标', '管理人员满意度', '≥90%'),
        ind(['training'], '服务对象满意度指标', '课程满意度', '≥90%'),
        ind(['training'], '数量指标', '课件更新数量', '≥5个'),
        ind(['training'], '服务对象满意度指标', '讲师满意度', '≥90%'),
      ],
    };
    const rows: IndicatorRow[] = [
      ...FULL_TRAINING,
      ['产出指标', '数量指标', '在线课件点播次数', '≥500(次)'],
      ['满意度指标', '服务对象满意度指标', '管理人员工作满意度', '≥90(%)'],
    ];
    const names = suggestIndicators(form(rows), library, { limit: 30 }).map((s) => s.indicator.name);
    expect(names.indexOf('课件更新数量')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('课件更新数量')).toBeLessThan(names.indexOf('讲师满意度'));
    expect(names.indexOf('课件更新数量')).toBeLessThan(names.indexOf('课程满意度'));
  });

  it('suggests only the 共性 set (and for missing dimensions) when no type fits', () => {
    const suggestions = suggestIndicators(
      form([['产出指标', '数量指标', '专户工作完成率', '=100(%)']], '专户项目经费'),
      LIBRARY,
      {
        limit: 30,
      },
    );
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.indicator.types).toEqual(['common']);
  });

  it('follows the type a person chose for a form no type fits: that type’s indicators, with its name in the reason', () => {
    const unknown = form(
      [
        ['成本指标', '经济成本指标', '专户资金总额', '≤100(万元)'],
        ['产出指标', '数量指标', '专户工作完成率', '=100(%)'],
        ['产出指标', '质量指标', '专户资金合规率', '=100(%)'],
        ['产出指标', '时效指标', '专户资金拨付及时率', '=100(%)'],
        ['效益指标', '社会效益指标', '专户资金效益', '有效发挥'],
        ['满意度指标', '服务对象满意度指标', '专户单位满意度', '≥90(%)'],
      ],
      '专户项目经费',
    );
    expect(suggestIndicators(unknown, LIBRARY).filter((s) => s.reason.kind === 'type-core')).toEqual([]);
    const classification = chosenClassification([LIBRARY.types.find((t) => t.id === 'operation')!]);
    const suggestions = suggestIndicators(unknown, LIBRARY, { limit: 30, classification });
    const core = suggestions.filter((s) => s.reason.kind === 'type-core');
    expect(core.map((s) => s.indicator.name).sort()).toEqual(
      ['故障响应时间', '系统可用率', '运维总成本', '运维满意度'].sort(),
    );
    expect(core[0]!.reason.zh).toBe('运维类项目的常用指标，本表尚未设置。');
    expect(suggestions.filter((s) => s.indicator.types.includes('training'))).toEqual([]);
  });

  it('asks for 数量/质量/时效 only in forms that have a 二级 column', () => {
    const form2018 = trainingForm2018([
      ['产出目标', '培训班次', '≥4次'],
      ['效果目标', '培训学员满意度', '≥90%'],
    ]);
    const missing = suggestIndicators(form2018, LIBRARY).filter((s) => s.reason.kind === 'missing-dimension');
    // Nor cost: a 2018 form is long before the year cost is asked for.
    expect(missing.map((s) => s.indicator.level2)).toEqual(['社会效益指标', '可持续影响指标']);
  });

  it('spreads the type’s suggestions over 二级 before giving one 二级 a third place', () => {
    const suggestions = suggestIndicators(
      form(FULL_TRAINING),
      {
        ...LIBRARY,
        indicators: [
          ...LIBRARY.indicators,
          ind(['training'], '数量指标', '培训课时数', '≥32学时'),
          ind(['training'], '数量指标', '培训天数', '≥5天'),
        ],
      },
      { limit: 4 },
    );
    const level2s = suggestions.map((s) => s.indicator.level2);
    expect(level2s.filter((l) => l === '数量指标').length).toBeLessThanOrEqual(2);
  });

  /** Each row of the full form kept, emptied (its labels left, as a template’s slot) or left out. */
  const someRows = fc
    .tuple(...FULL_TRAINING.map((row) => fc.constantFrom<IndicatorRow | null>(row, [row[0], row[1], '', ''], null)))
    .map((rows) => rows.filter((r): r is IndicatorRow => r !== null));

  it('returns at most `limit` suggestions, none the form has, for any subset of a form’s rows, some emptied', () => {
    fc.assert(
      fc.property(someRows, fc.integer({ min: 1, max: 25 }), (rows, limit) => {
        if (rows.length === 0) return;
        const f = form(rows);
        const suggestions = suggestIndicators(f, LIBRARY, { limit });
        expect(suggestions.length).toBeLessThanOrEqual(limit);
        for (const s of suggestions)
          expect(f.indicators.some((i) => sameIndicatorName(i.name, s.indicator.name))).toBe(false);
        const names = suggestions.map((s) => s.indicator.name);
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 40 },
    );
  });

  it('gives a longer list that starts with the shorter one (the pane’s 再显示 10 条建议 appends, never reshuffles)', () => {
    fc.assert(
      fc.property(someRows, fc.integer({ min: 1, max: 12 }), (rows, limit) => {
        if (rows.length === 0) return;
        const f = form(rows);
        const names = (n: number) => suggestIndicators(f, LIBRARY, { limit: n }).map((s) => s.indicator.name);
        expect(names(limit + 5).slice(0, limit)).toEqual(names(limit));
      }),
      { numRuns: 40 },
    );
  });
});
