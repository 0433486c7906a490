import fc from 'fast-check';
import { canonicalOp, columnSaysUnit, formatQuantity, parseTarget, prevailingStyle, unreadableUnit } from './target';
import type { Op, Quantity, TargetStyle, UnitStyle } from './types';

type Shape = [op: Op | null, numberText: string, unit: string | null, unitStyle: UnitStyle];

const shape = (v: ReturnType<typeof parseTarget>): Shape | string =>
  v.kind === 'quantitative' ? [v.op, v.numberText, v.unit, v.unitStyle] : v.kind;

describe('parseTarget: quantities', () => {
  // Every spelling of domain-rules §2.1 and the seed values.
  it.each<[string, Shape]>([
    ['=100(%)', ['=', '100', '%', 'paren']],
    ['=1(个)', ['=', '1', '个', 'paren']],
    ['≥90(%)', ['≥', '90', '%', 'paren']],
    ['=0.00(次)', ['=', '0.00', '次', 'paren']],
    ['≥4.00(次)', ['≥', '4.00', '次', 'paren']],
    ['≥30(次)', ['≥', '30', '次', 'paren']],
    ['≥20(部)', ['≥', '20', '部', 'paren']],
    ['=10(条/周)', ['=', '10', '条/周', 'paren']],
    ['=5.00(名/场)', ['=', '5.00', '名/场', 'paren']],
    ['=100.00 (%)', ['=', '100.00', '%', 'paren']],
    ['≥90.00 (%)', ['≥', '90.00', '%', 'paren']],
    ['≥600.00 (人)', ['≥', '600.00', '人', 'paren']],
    ['<5.00(%)', ['<', '5.00', '%', 'paren']],
    ['≤30(分钟)', ['≤', '30', '分钟', 'paren']],
    ['≤1(小时)', ['≤', '1', '小时', 'paren']],
    ['≤8(件)', ['≤', '8', '件', 'paren']],
    ['≥20(万页)', ['≥', '20', '万页', 'paren']],
    ['≥1.00(个)', ['≥', '1.00', '个', 'paren']],
    ['≥60(期)', ['≥', '60', '期', 'paren']],
    ['≥56.00(学时)', ['≥', '56.00', '学时', 'paren']],
    ['≥360(天)', ['≥', '360', '天', 'paren']],
    ['=5(家)', ['=', '5', '家', 'paren']],
    ['≥7(人)', ['≥', '7', '人', 'paren']],
    ['≥1200.00 (人次)', ['≥', '1200.00', '人次', 'paren']],
    ['≥80(%)', ['≥', '80', '%', 'paren']],
    ['=100%', ['=', '100', '%', 'glued']],
    ['<=100%', ['≤', '100', '%', 'glued']],
    ['>=90%', ['≥', '90', '%', 'glued']],
    ['=50场次', ['=', '50', '场次', 'glued']],
    ['=20部', ['=', '20', '部', 'glued']],
    ['≥1500人次', ['≥', '1500', '人次', 'glued']],
    ['≥5万元', ['≥', '5', '万元', 'glued']],
    ['≥99.9%', ['≥', '99.9', '%', 'glued']],
    ['≤8‰', ['≤', '8', '‰', 'glued']],
    ['≥70.00%', ['≥', '70.00', '%', 'glued']],
    ['=100.00%', ['=', '100.00', '%', 'glued']],
    ['≥90.00%', ['≥', '90.00', '%', 'glued']],
    ['≥10M', ['≥', '10', 'M', 'glued']],
    ['≤300元/人·天', ['≤', '300', '元/人·天', 'glued']],
    ['≥90', ['≥', '90', null, 'none']],
    ['≥95', ['≥', '95', null, 'none']],
    ['≤150000', ['≤', '150000', null, 'none']],
    ['=0', ['=', '0', null, 'none']],
    ['0', [null, '0', null, 'none']],
    ['100%', [null, '100', '%', 'glued']],
    ['365天', [null, '365', '天', 'glued']],
    ['-3', [null, '-3', null, 'none']],
    ['=-3(%)', ['=', '-3', '%', 'paren']],
    ['大于等于10000kb', ['≥', '10000', 'kb', 'glued']],
    ['不低于95%', ['≥', '95', '%', 'glued']],
    ['不少于4次', ['≥', '4', '次', 'glued']],
    ['不小于4次', ['≥', '4', '次', 'glued']],
    ['至少4场', ['≥', '4', '场', 'glued']],
    ['达到95%', ['≥', '95', '%', 'glued']],
    ['达95%', ['≥', '95', '%', 'glued']],
    ['等于100%', ['=', '100', '%', 'glued']],
    ['小于等于30分钟', ['≤', '30', '分钟', 'glued']],
    ['不高于5%', ['≤', '5', '%', 'glued']],
    ['不超过30分钟', ['≤', '30', '分钟', 'glued']],
    ['不多于8件', ['≤', '8', '件', 'glued']],
    ['大于90%', ['>', '90', '%', 'glued']],
    ['高于90%', ['>', '90', '%', 'glued']],
    ['超过90%', ['>', '90', '%', 'glued']],
    ['小于5%', ['<', '5', '%', 'glued']],
    ['低于5%', ['<', '5', '%', 'glued']],
    ['≧90%', ['≥', '90', '%', 'glued']],
    ['≦5%', ['≤', '5', '%', 'glued']],
    ['>90%', ['>', '90', '%', 'glued']],
    ['<5%', ['<', '5', '%', 'glued']],
    ['95%以上', ['≥', '95', '%', 'glued']],
    ['95%及以上', ['≥', '95', '%', 'glued']],
    ['30分钟以内', ['≤', '30', '分钟', 'glued']],
    ['5%以下', ['≤', '5', '%', 'glued']],
    ['95以上', ['≥', '95', null, 'none']],
    ['≥ 90 %', ['≥', '90', '%', 'glued']],
    ['＞＝９０％', ['≥', '90', '%', 'glued']],
    ['＜＝１００％', ['≤', '100', '%', 'glued']],
    ['＝１００（％）', ['=', '100', '%', 'paren']],
    ['＞=90%', ['≥', '90', '%', 'glued']],
    ['≥90（%）', ['≥', '90', '%', 'paren']],
    ['≥90百分比', ['≥', '90', '%', 'glued']],
    ['≥90(百分比)', ['≥', '90', '%', 'paren']],
    ['≥1,500(人次)', ['≥', '1500', '人次', 'paren']],
    ['≥1,500,000.50(元)', ['≥', '1500000.50', '元', 'paren']],
    ['≥１，５００人次', ['≥', '1500', '人次', 'glued']],
    ['≥90( % )', ['≥', '90', '%', 'paren']],
    ['  ≥90(%)  ', ['≥', '90', '%', 'paren']],
  ])('%s', (text, expected) => {
    expect(shape(parseTarget(text))).toEqual(expected);
  });

  it('fills every field', () => {
    expect(parseTarget('=100.00 (%)')).toEqual({
      kind: 'quantitative',
      op: '=',
      opText: '=',
      opSuffix: false,
      number: 100,
      numberText: '100.00',
      decimals: 2,
      unit: '%',
      unitStyle: 'paren',
      spaceBeforeUnit: true,
      prefix: '',
    });
  });

  it.each<[string, string, boolean]>([
    ['>=90%', '>=', false],
    ['＞=90%', '＞=', false],
    ['＞＝９０％', '＞＝', false],
    ['不低于95%', '不低于', false],
    ['95%以上', '以上', true],
    ['30分钟以内', '以内', true],
    ['用户满意度达90%', '达', false],
    ['满意度达90%以上', '达…以上', true],
    ['100%', '', false],
  ])('%s is written with operator %j (suffix %s)', (text, opText, opSuffix) => {
    expect(parseTarget(text)).toMatchObject({ opText, opSuffix });
  });

  it.each<[string, number, number]>([
    ['≥4.00(次)', 4, 2],
    ['≥99.9%', 99.9, 1],
    ['=100(%)', 100, 0],
    ['≥1,500(人次)', 1500, 0],
    ['-3', -3, 0],
    ['≥10606.7522', 10606.7522, 4],
  ])('%s has number %d with %d decimals', (text, number, decimals) => {
    expect(parseTarget(text)).toMatchObject({ number, decimals });
  });

  it.each<[string, boolean]>([
    ['=100.00 (%)', true],
    ['=100.00(%)', false],
    ['≥90.00  (%)', true],
    ['≥ 90 %', true],
    ['≥90%', false],
  ])('%s has a space before the unit: %s', (text, space) => {
    expect(parseTarget(text)).toMatchObject({ spaceBeforeUnit: space });
  });

  it.each<[string, string, Shape]>([
    ['考务完成量≥1500人次', '考务完成量', ['≥', '1500', '人次', 'glued']],
    ['用户满意度达90%', '用户满意度', ['≥', '90', '%', 'glued']],
    ['培训出勤率≥95%', '培训出勤率', ['≥', '95', '%', 'glued']],
    ['满意度 ≥ 90(%)', '满意度', ['≥', '90', '%', 'paren']],
    ['满意度达90%以上', '满意度', ['≥', '90', '%', 'glued']],
    ['满意度95%以上', '满意度', ['≥', '95', '%', 'glued']],
    ['达标率达到95%', '达标率', ['≥', '95', '%', 'glued']],
    ['成本不超过100万元', '成本', ['≤', '100', '万元', 'glued']],
    ['出勤率(%)≥95', '出勤率(%)', ['≥', '95', null, 'none']],
    ['满意度（％）≥95', '满意度（％）', ['≥', '95', null, 'none']],
  ])('%s has the prefix %j', (text, prefix, expected) => {
    const v = parseTarget(text);
    expect(v).toMatchObject({ prefix });
    expect(shape(v)).toEqual(expected);
  });
});

describe('parseTarget: empty and placeholders', () => {
  it.each(['', ' ', '\u3000', '\n\t'])('%j is blank', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'empty', placeholder: null });
  });

  it.each([
    '*',
    '**',
    '***',
    '＊',
    'XX',
    'xx',
    'X',
    'ＸＸ',
    '-',
    '--',
    '—',
    '——',
    '_',
    '/',
    '…',
    '……',
    '...',
    '？',
    'N/A',
    '≥**%',
    '≥**(%)',
    '=XX(个)',
    '=xx(次)',
    '≥N(次)',
    '≥N%',
    '=N',
    '≥ * (%)',
    'XX%',
    'XX人次',
    '**%以上',
    '≥＊＊％',
  ])('%j is a placeholder', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'empty', placeholder: text.trim() });
  });

  it('keeps the placeholder as written, trimmed', () => {
    expect(parseTarget('  ≥**%  ')).toEqual({ kind: 'empty', placeholder: '≥**%' });
  });
});

describe('parseTarget: time expressions', () => {
  it.each([
    '12月前',
    '10月前',
    '6月底前',
    '3月底前',
    '分别4月底及12月底前完成',
    '1小时内响应，3小时内抵达现场',
    '1小时内响应,3小时内抵达现场',
    '按期完成',
    '按时完成',
    '全年',
    '年内完成',
    '及时',
    '2024年12月31日前',
    '2021.01-2021.12',
    '2021年1月-12月',
    '会后3个工作日内',
  ])('%s is a time', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'time', text });
  });

  it('carries the latest date', () => {
    expect(parseTarget('分别4月底及12月底前完成')).toEqual({
      kind: 'time',
      text: '分别4月底及12月底前完成',
      latest: { year: null, month: 12, day: null },
    });
  });

  it.each(['2月30日前', '13月前', '2023年2月29日'])('%s is an impossible date', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'malformed', text, reason: 'impossible date' });
  });
});

describe('parseTarget: qualitative', () => {
  it.each<[string, boolean]>([
    ['及格', false],
    ['合理', false],
    ['符合要求', false],
    ['符合', false],
    ['建立健全', false],
    ['有序保障', false],
    ['有序开展', false],
    ['规范,不超过预算', false],
    ['规范，不超过预算', false],
    ['控制在预算内', false],
    ['不超预算', false],
    ['区和街镇全覆盖', false],
    ['是', false],
    ['否', false],
    ['无', false],
    ['安全', false],
    ['稳定', false],
    ['定期', false],
    ['长期', false],
    ['持续改善', false],
    ['巩固提高', false],
    ['效果明显', false],
    ['符合等保二级要求', false],
    ['不断吸纳各方面先进分子入党', false],
    ['按照合同规定及时拨付', false],
    ['有规范的响应流程,并做好用工单统计', false],
    ['3个街镇全覆盖', false],
    ['1.建立制度；2.完善流程', false],
    ['15日前', false],
    ['提升', true],
    ['增长', true],
    ['提高', true],
    ['进一步加强', true],
    ['进一步提升', true],
    ['进一步完善', true],
    ['稳步提高', true],
    ['持续提高', true],
    ['拓宽', true],
    ['改善', true],
    ['有效提升', true],
    ['有效提升党代表履职能力', true],
    ['推动全省提高', true],
    ['提升服务责任意识', true],
    ['提高到95%', false],
  ])('%s (vague: %s)', (text, vague) => {
    expect(parseTarget(text)).toEqual({ kind: 'qualitative', text, vague });
  });
});

describe('parseTarget: malformed', () => {
  it.each<[string, string]>([
    ['≥≥90%', 'doubled operator'],
    ['>=≥90', 'doubled operator'],
    ['≥≥4(次)', 'doubled operator'],
    ['==100%', 'doubled operator'],
    ['=>90%', 'doubled operator'],
    ['≥ =90%', 'doubled operator'],
    ['≥95%以上', 'doubled operator'],
    ['不低于95%以上', 'doubled operator'],
    ['90%≥', 'operator after the number'],
    ['4次≥', 'operator after the number'],
    ['90≥', 'operator after the number'],
    ['≥%', 'operator without a number'],
    ['≥(次)', 'operator without a number'],
    ['≥', 'operator without a number'],
    ['=', 'operator without a number'],
    ['≥90(%)左右', 'approximate value'],
    ['≥90%左右', 'approximate value'],
    ['90%左右', 'approximate value'],
    ['约90%', 'approximate value'],
    ['≥90左右', 'approximate value'],
    ['≥90(左右)', 'approximate value'],
    ['100余人', 'approximate value'],
    ['≥90(%', 'unbalanced parentheses'],
    ['≥90%)', 'unbalanced parentheses'],
    ['=100()', 'empty unit'],
    ['=100(2)', 'not a unit in parentheses'],
    ['1<x<5', 'more than one operator'],
    ['≥90%,≤95%', 'more than one operator'],
    ['≠0', 'unsupported operator ≠'],
    ['满意度90≥', 'operator after the number'],
    ['9≥0', 'number before the operator'],
    ['≥约90', 'approximate value'],
    ['≥ a90', 'text between operator and number'],
    ['≥90(%)(次)', 'stray text after the unit'],
    ['≥1,50(人)', 'invalid number'],
    ['≥1.2.3%', 'invalid number'],
    ['1,50(人)', 'invalid number'],
    ['1.2.3', 'invalid number'],
    ['100%完成', 'stray text after the unit'],
    ['不低于95%的水平', 'stray text after the unit'],
    ['≤3小时内', 'stray text after the number'],
  ])('%s: %s', (text, reason) => {
    expect(parseTarget(text)).toEqual({ kind: 'malformed', text, reason });
  });
});

describe('parseTarget: robustness', () => {
  const domainChars = fc.constantFrom(
    ...'≥≤=<>＞＝＜≧≦≠%％‰()（）0123456789０９.,，-年月日底前内以上下达不低于至少元万次人XN*… 　'.split(''),
  );

  it('never throws and always gives a known kind', () => {
    const kinds = new Set(['quantitative', 'qualitative', 'time', 'empty', 'malformed']);
    for (const strings of [
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: domainChars }),
    ]) {
      fc.assert(fc.property(strings, (s) => kinds.has(parseTarget(s).kind)));
    }
  });

  it('a quantity always has a finite number matching its text', () => {
    fc.assert(
      fc.property(fc.string({ unit: domainChars }), (s) => {
        const v = parseTarget(s);
        if (v.kind !== 'quantitative') return;
        expect(Number.isFinite(v.number)).toBe(true);
        expect(v.number).toBe(Number(v.numberText));
      }),
    );
  });
});

describe('canonicalOp', () => {
  it.each<[string, Op | null]>([
    ['=', '='],
    ['＝', '='],
    ['等于', '='],
    ['≥', '≥'],
    ['>=', '≥'],
    ['＞=', '≥'],
    ['＞＝', '≥'],
    ['≧', '≥'],
    ['大于等于', '≥'],
    ['不低于', '≥'],
    ['不少于', '≥'],
    ['至少', '≥'],
    ['达到', '≥'],
    ['达', '≥'],
    ['以上', '≥'],
    ['≤', '≤'],
    ['<=', '≤'],
    ['＜=', '≤'],
    ['≦', '≤'],
    ['小于等于', '≤'],
    ['不高于', '≤'],
    ['不超过', '≤'],
    ['不多于', '≤'],
    ['以内', '≤'],
    ['以下', '≤'],
    ['>', '>'],
    ['＞', '>'],
    ['大于', '>'],
    ['高于', '>'],
    ['超过', '>'],
    ['<', '<'],
    ['＜', '<'],
    ['小于', '<'],
    ['低于', '<'],
    [' ≥ ', '≥'],
    ['≠', null],
    ['', null],
    ['约', null],
    ['≥≥', null],
  ])('%j → %s', (text, op) => {
    expect(canonicalOp(text)).toBe(op);
  });
});

const PAREN: TargetStyle = { unitStyle: 'paren', spaceBeforeUnit: false };
const SPACED: TargetStyle = { unitStyle: 'paren', spaceBeforeUnit: true };
const GLUED: TargetStyle = { unitStyle: 'glued', spaceBeforeUnit: false };

describe('formatQuantity', () => {
  it.each<[Op | null, string, string | null, TargetStyle, string]>([
    ['≥', '90', '%', PAREN, '≥90(%)'],
    ['≥', '90', '%', SPACED, '≥90 (%)'],
    ['≥', '90', '%', GLUED, '≥90%'],
    ['≥', '90', null, PAREN, '≥90'],
    ['≥', '90', null, GLUED, '≥90'],
    ['=', '100.00', '%', SPACED, '=100.00 (%)'],
    ['=', '5.00', '名/场', PAREN, '=5.00(名/场)'],
    ['≤', '30', '分钟', GLUED, '≤30分钟'],
    ['<', '5', '%', PAREN, '<5(%)'],
    ['>', '0', '次', PAREN, '>0(次)'],
    [null, '100', '%', GLUED, '100%'],
    [null, '0', null, PAREN, '0'],
    ['≥', '10000', 'kb', GLUED, '≥10000kb'],
    ['=', '-3', '%', PAREN, '=-3(%)'],
    ['≥', '1500', '人次', { unitStyle: 'glued', spaceBeforeUnit: true }, '≥1500人次'],
  ])('%s %s %s in %j → %s', (op, numberText, unit, style, expected) => {
    expect(formatQuantity({ op, numberText, unit }, style)).toBe(expected);
  });

  const ops = fc.constantFrom<Op>('=', '≥', '≤', '>', '<');
  const units = fc.constantFrom(
    '%',
    '‰',
    '次',
    '个',
    '人',
    '人次',
    '场次',
    '名/场',
    '条/周',
    '分钟',
    '小时',
    '万页',
    '学时',
    '天',
    '万元',
    '元/人·天',
    'kb',
    'M',
    '平方米',
    '月',
    '年',
  );
  const numberText = fc
    .tuple(fc.boolean(), fc.nat({ max: 10_000_000 }), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
    .map(([negative, int, frac]) => `${negative ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);
  const styles = fc.constantFrom(PAREN, SPACED, GLUED);

  it('parseTarget reads back what formatQuantity writes', () => {
    fc.assert(
      fc.property(ops, numberText, fc.option(units, { nil: null }), styles, (op, text, unit, style) => {
        const v = parseTarget(formatQuantity({ op, numberText: text, unit }, style));
        expect(v).toMatchObject({ kind: 'quantitative', op, numberText: text, unit });
      }),
    );
  });

  it('reads back bare numbers too, for units that cannot be taken for a date', () => {
    const nonDateUnits = units.filter((u) => u !== '月' && u !== '年');
    fc.assert(
      fc.property(numberText, fc.option(nonDateUnits, { nil: null }), styles, (text, unit, style) => {
        const v = parseTarget(formatQuantity({ op: null, numberText: text, unit }, style));
        expect(v).toMatchObject({ kind: 'quantitative', op: null, numberText: text, unit });
      }),
    );
  });
});

describe('prevailingStyle', () => {
  const q = (text: string) => parseTarget(text) as Quantity;

  it.each<[string[], TargetStyle]>([
    [[], PAREN],
    [['≥90', '=0'], PAREN],
    [['≥90(%)', '=1(个)'], PAREN],
    [['=100%', '≥90%', '=50场次'], GLUED],
    [['=100%', '≥90(%)'], PAREN],
    [['=100%', '≥90%', '≥90(%)'], GLUED],
    [['=100%', '≥90%', '≥90', '=0', '≥4(次)'], GLUED],
    [['=100.00 (%)', '≥90.00 (%)', '≥4.00(次)'], SPACED],
    [['=100.00 (%)', '≥4.00(次)'], PAREN],
    [['=100.00 (%)', '≥4.00(次)', '≥ 90 %', '≥ 80 %'], PAREN],
    [['=100.00 (%)', '=100.00 (%)', '≥4.00(次)', '≥90%'], SPACED],
  ])('%j → %j', (values, expected) => {
    expect(prevailingStyle(values.map(q))).toEqual(expected);
  });

  it.each<[string[], TargetStyle]>([
    [[], GLUED],
    [['0', '≥90'], GLUED],
    [['=100%', '≥90(%)'], GLUED],
    [['≥90(%)'], PAREN],
    [['≥90 (%)', '=100%'], { unitStyle: 'glued', spaceBeforeUnit: true }],
  ])('%j with a glued fallback → %j', (values, expected) => {
    expect(prevailingStyle(values.map(q), GLUED)).toEqual(expected);
  });
});

describe('columnSaysUnit', () => {
  it.each([
    ['次/年', '次'],
    ['工作日', '个工作日'],
    ['百分比', '%'],
    ['%', '%'],
    ['小时', 'h'],
    ['/', null],
    ['', null],
    ['不适用', null],
  ])('%s says %s', (column, unit) => expect(columnSaysUnit(column, unit)).toBe(true));

  it.each([
    ['次', '次/年'],
    ['次', '场次'],
    ['万元', '元'],
    ['元', '万元'],
    ['人次', '场'],
    ['', '次'],
    ['/', '次'],
    ['次', null],
    ['台（套）', '台'],
    ['万人', '人'],
    ['人次', '人'],
    ['场次', '次'],
    ['平方米', '米'],
  ])('%s does not say %s', (column, unit) => expect(columnSaysUnit(column, unit)).toBe(false));
});

describe('unreadableUnit', () => {
  it.each(['台（套）', '个（件）', '(次)'])('%s is text, not a unit this tool reads', (text) =>
    expect(unreadableUnit(text)).toBe(true),
  );
  it.each(['次/年', '百分比', '/', '无', '不涉及', '', '个'])('%s is a unit, or says there is none', (text) =>
    expect(unreadableUnit(text)).toBe(false),
  );
});
