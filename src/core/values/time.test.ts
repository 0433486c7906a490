import fc from 'fast-check';
import { parseTimeExpression, scanTime } from './time';
import type { PartialDate } from './types';

const at = (year: number | null, month: number, day: number | null = null): PartialDate => ({ year, month, day });

describe('parseTimeExpression', () => {
  it.each<[string, PartialDate | null]>([
    // Undated punctuality (§2.5)
    ['及时', null],
    ['及时完成', null],
    ['按期', null],
    ['按期完成', null],
    ['按时完成', null],
    ['如期完成', null],
    ['按计划完成', null],
    ['全年', null],
    ['年内完成', null],
    ['年内', null],
    ['当天', null],
    // Deadlines without a year
    ['12月前', at(null, 12)],
    ['10月前', at(null, 10)],
    ['6月底前', at(null, 6)],
    ['3月底前', at(null, 3)],
    ['12月底前完成', at(null, 12)],
    ['12月底前完成验收', at(null, 12)],
    ['6月30日前', at(null, 6, 30)],
    ['11月15日之前', at(null, 11, 15)],
    ['12月上旬', at(null, 12)],
    ['4月份', at(null, 4)],
    ['12月', at(null, 12)],
    ['年底前', at(null, 12)],
    ['年底前完成', at(null, 12)],
    ['分别4月底及12月底前完成', at(null, 12)],
    ['分别于6月底、12月底前完成', at(null, 12)],
    ['4月底和9月底', at(null, 9)],
    // Dated
    ['2024年12月31日前', at(2024, 12, 31)],
    ['2024年12月31日', at(2024, 12, 31)],
    ['2025年3月底前', at(2025, 3)],
    ['2024年6月', at(2024, 6)],
    ['2024年6月完成', at(2024, 6)],
    ['2024年底前', at(2024, 12)],
    ['2024年内完成', at(2024, 12)],
    ['2024-12-31', at(2024, 12, 31)],
    ['2024-12-31前', at(2024, 12, 31)],
    ['2024/6/30', at(2024, 6, 30)],
    ['２０２４年１２月３１日前', at(2024, 12, 31)],
    ['截至2024年11月30日', at(2024, 11, 30)],
    // Ranges: the latest end, a month without a year takes the year written before it
    ['2021.01-2021.12', at(2021, 12)],
    ['2021.01—2021.06', at(2021, 6)],
    ['2021年1月-12月', at(2021, 12)],
    ['2021年1月至2022年6月', at(2022, 6)],
    ['2024年3月-2024年11月', at(2024, 11)],
    ['2024-01-01至2024-12-31', at(2024, 12, 31)],
    ['12月15日及12月底前', at(null, 12)],
    // Duration commitments have no date
    ['1小时内响应，3小时内抵达现场', null],
    ['1小时内响应,3小时内抵达现场', null],
    ['1小时内响应, 3小时内抵达现场', null],
    ['会后3个工作日内', null],
    ['3个工作日内完成', null],
    ['1小时内', null],
    ['30分钟内到达', null],
    ['3个月内', null],
    ['0.5小时内响应', null],
  ])('%s', (text, latest) => {
    expect(parseTimeExpression(text)).toEqual({ kind: 'time', text, latest });
  });

  it('keeps the text as written, trimmed', () => {
    expect(parseTimeExpression('  12月底前 ')).toEqual({ kind: 'time', text: '12月底前', latest: at(null, 12) });
  });

  it.each([
    '',
    '合理',
    '定期',
    '长期',
    '及时拨付',
    '按照合同规定及时拨付',
    '≥90(%)',
    '≤30(分钟)',
    '30分钟以内',
    '=12月',
    '≥3个工作日内',
    '365天',
    '2023年度决算',
    '完成2024年12月的验收',
    '12月份党员大会',
    '1500.05',
    '2021.5',
    '12个月',
    '3天内容',
    '13月前',
    '2月30日前',
    '2023年2月29日前',
    '全年12期',
    '12月前完成90%',
  ])('rejects %j', (text) => {
    expect(parseTimeExpression(text)).toBeNull();
  });

  it.each(['13月前', '2月30日前', '2023年2月29日前', '2024-13-01', '0月底前'])(
    'scanTime tells an impossible date %j from other text',
    (text) => {
      expect(scanTime(text)).toEqual({ kind: 'invalid' });
    },
  );

  it('allows 29 February when no year is written', () => {
    expect(parseTimeExpression('2月29日前')?.latest).toEqual(at(null, 2, 29));
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseTimeExpression(s)));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => void parseTimeExpression(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseTimeExpression(s)));
    const pieces = fc.constantFrom(...'0123456789年月日底前内-.至及分别小时工作日个\uE000\uE001 ,，'.split(''));
    fc.assert(fc.property(fc.string({ unit: pieces }), (s) => void parseTimeExpression(s)));
  });

  it('a latest date is always a real month and day', () => {
    const pieces = fc.constantFrom(
      '2024年',
      '12月',
      '6月',
      '31日',
      '30日',
      '底',
      '前',
      '-',
      '及',
      '2021.01',
      '完成',
      '15日',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const latest = parseTimeExpression(parts.join(''))?.latest;
        if (!latest) return;
        expect(latest.month).toBeGreaterThanOrEqual(1);
        expect(latest.month).toBeLessThanOrEqual(12);
        if (latest.day !== null) expect(latest.day).toBeLessThanOrEqual(31);
      }),
    );
  });
});
