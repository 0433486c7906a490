import fc from 'fast-check';
import { compareDates, daysInMonth, isValidDay, parseDate, parsePlanDate } from './dates';
import type { SimpleDate } from './types';

const date = (year: number, month: number, day: number): SimpleDate => ({ year, month, day });

describe('parseDate', () => {
  it.each<[string, SimpleDate]>([
    ['2024-01-01', date(2024, 1, 1)],
    ['2024-12-31', date(2024, 12, 31)],
    ['2018/1/1', date(2018, 1, 1)],
    ['2018/12/31', date(2018, 12, 31)],
    ['2018. 1. 1', date(2018, 1, 1)],
    ['2018. 12. 31', date(2018, 12, 31)],
    ['2018.1.1', date(2018, 1, 1)],
    ['2018年1月1日', date(2018, 1, 1)],
    ['2018年12月31日', date(2018, 12, 31)],
    ['2018 年 12 月 31 日', date(2018, 12, 31)],
    ['2018年12月31号', date(2018, 12, 31)],
    ['２０１８年１２月３１日', date(2018, 12, 31)],
    ['２０２４－０１－０１', date(2024, 1, 1)],
    ['  2024-01-01  ', date(2024, 1, 1)],
    ['2024-02-29', date(2024, 2, 29)],
    ['2000-02-29', date(2000, 2, 29)],
    ['2018/12/31 00:00:00', date(2018, 12, 31)],
  ])('%s', (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });

  it.each([
    '',
    '2023-02-29',
    '1900-02-29',
    '2024-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-01-32',
    '2018-1/1',
    '2021.01-2021.12',
    '2018年1月',
    '12月31日',
    '24-01-01',
    '2024年2月30日',
    '按期完成',
    '2024-01-01前',
  ])('rejects %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => void parseDate(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseDate(s)));
  });

  it('reads back every valid day written as YYYY-MM-DD, YYYY/M/D and YYYY年M月D日', () => {
    const day = fc
      .record({
        year: fc.integer({ min: 1900, max: 2099 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter((d) => isValidDay(d.year, d.month, d.day));
    fc.assert(
      fc.property(day, (d) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        for (const text of [
          `${d.year}-${pad(d.month)}-${pad(d.day)}`,
          `${d.year}/${d.month}/${d.day}`,
          `${d.year}年${d.month}月${d.day}日`,
        ]) {
          expect(parseDate(text)).toEqual(d);
        }
      }),
    );
  });
});

describe('daysInMonth', () => {
  it.each<[number | null, number, number]>([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [null, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
  ])('%s-%s has %s days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('compareDates', () => {
  it.each<[SimpleDate, SimpleDate, number]>([
    [date(2024, 1, 1), date(2024, 1, 1), 0],
    [date(2023, 12, 31), date(2024, 1, 1), -1],
    [date(2024, 6, 30), date(2024, 6, 1), 1],
    [date(2024, 5, 31), date(2024, 6, 1), -1],
  ])('%j vs %j', (a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
  });
});

describe('parsePlanDate', () => {
  it.each([
    ['2024-01-01', 'start', { year: 2024, month: 1, day: 1 }],
    ['2024年12月', 'end', { year: 2024, month: 12, day: 31 }],
    ['2024年2月', 'end', { year: 2024, month: 2, day: 29 }],
    ['2024-09', 'start', { year: 2024, month: 9, day: 1 }],
    ['2024年13月', 'end', null],
    ['全年', 'start', null],
  ] as const)('%s (%s) → %j', (text, edge, expected) => expect(parsePlanDate(text, edge)).toEqual(expected));
});
