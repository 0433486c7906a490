import fc from 'fast-check';
import { fenToYuan, formatMoney, parseMoney } from './money';
import type { MoneyStyle, MoneyUnit } from './types';

const style = (thousands: boolean, decimals: number, suffix = '', currency = ''): MoneyStyle =>
  currency ? { thousands, decimals, suffix, currency } : { thousands, decimals, suffix };

describe('parseMoney', () => {
  it.each<[string, MoneyUnit, number, MoneyStyle]>([
    // Shanghai 2023–2024: #,##0.00
    ['1,842,000.00', '元', 184_200_000, style(true, 2)],
    ['100,000.00', '元', 10_000_000, style(true, 2)],
    ['0.00', '元', 0, style(false, 2)],
    // Shanghai 2020: separators, no decimals
    ['3,845,000', '元', 384_500_000, style(true, 0)],
    ['2,592,000', '元', 259_200_000, style(true, 0)],
    // Shanghai 2018: no separators
    ['2880000', '元', 288_000_000, style(false, 0)],
    ['6430000.00', '元', 643_000_000, style(false, 2)],
    ['0', '元', 0, style(false, 0)],
    ['1842000.5', '元', 184_200_050, style(false, 1)],
    ['0.01', '元', 1, style(false, 2)],
    ['0.1', '元', 10, style(false, 1)],
    ['1.000', '元', 100, style(false, 3)],
    // Full-width digits, full-width commas, spaces
    ['１，８４２，０００．００', '元', 184_200_000, style(true, 2)],
    ['1，842，000.00', '元', 184_200_000, style(true, 2)],
    [' 1,842,000.00 ', '元', 184_200_000, style(true, 2)],
    ['1 842 000.00', '元', 184_200_000, style(false, 2)],
    // Suffixes override the header unit
    ['1,842,000.00元', '元', 184_200_000, style(true, 2, '元')],
    ['3,498,000.00 元', '万元', 349_800_000, style(true, 2, '元')],
    ['164万元', '元', 164_000_000, style(false, 0, '万元')],
    ['349.80万元', '元', 349_800_000, style(false, 2, '万元')],
    ['250万', '元', 250_000_000, style(false, 0, '万')],
    // Header in 万元 (other provinces)
    ['282.92', '万元', 282_920_000, style(false, 2)],
    ['5.00', '万元', 5_000_000, style(false, 2)],
    ['6.30', '万元', 6_300_000, style(false, 2)],
    ['10606.7522', '万元', 10_606_752_200, style(false, 4)],
    ['0.000001', '万元', 1, style(false, 6)],
    ['1,000.5', '万元', 1_000_500_000, style(true, 1)],
    // Excel's 货币 and 会计专用 formats show a yuan sign (and pad with spaces): the cell holds a number
    ['¥1,842,000.00', '元', 184_200_000, style(true, 2, '', '¥')],
    [' ¥ 1,842,000.00 ', '元', 184_200_000, style(true, 2, '', '¥')],
    ['￥1,842,000.00', '元', 184_200_000, style(true, 2, '', '¥')],
    ['¥-1,000.00', '元', -100_000, style(true, 2, '', '¥')],
    ['-¥1,000.00', '元', -100_000, style(true, 2, '', '¥')],
    // Negative amounts parse; rules decide they are wrong
    ['-5.00', '元', -500, style(false, 2)],
    ['-1,000', '元', -100_000, style(true, 0)],
    ['-0.00', '元', 0, style(false, 2)],
  ])('%j in %s → %d fen', (text, unit, fen, expectedStyle) => {
    expect(parseMoney(text, unit)).toEqual({ kind: 'amount', fen, style: expectedStyle });
  });

  it.each(['', ' ', '\u3000', '\t\n'])('%j is blank', (text) => {
    expect(parseMoney(text, '元')).toEqual({ kind: 'blank' });
  });

  // 会计专用 shows zero as a dash (`_ * "-"??_ `), with or without its yuan sign; a person writes one for none.
  it.each(['-', ' -   ', '—', '——', '–', '―', ' ¥ -   ', '￥-'])('%j is zero, in no style of its own', (text) => {
    expect(parseMoney(text, '元')).toEqual({ kind: 'amount', fen: 0, style: null });
  });

  it.each<[string, MoneyUnit, string]>([
    ['约100万', '元', 'approximate amount'],
    ['100万左右', '元', 'approximate amount'],
    ['abc', '元', 'letters or symbols in the amount'],
    ['1842000元整', '元', 'letters or symbols in the amount'],
    ['1,842,000.00¥', '元', 'letters or symbols in the amount'],
    ['$1,842,000.00', '元', 'letters or symbols in the amount'],
    ['无', '元', 'letters or symbols in the amount'],
    ['1.2.3', '元', 'more than one decimal point'],
    ['1,84,2000', '元', 'misplaced thousands separator'],
    ['1842,000', '元', 'misplaced thousands separator'],
    ['1,842,000.00.00', '元', 'more than one decimal point'],
    ['1.234', '元', 'more precise than one fen'],
    ['0.001', '元', 'more precise than one fen'],
    ['12.3456789', '万元', 'more precise than one fen'],
    ['1.0000001万元', '元', 'more precise than one fen'],
    ['元', '元', 'no digits'],
    ['¥', '元', 'letters or symbols in the amount'],
    ['--', '元', 'not a number'],
    ['--5', '元', 'not a number'],
    ['5-', '元', 'not a number'],
    ['.5', '元', 'not a number'],
    ['5.', '元', 'not a number'],
    ['99999999999999999', '元', 'amount too large'],
  ])('%j in %s is malformed: %s', (text, unit, reason) => {
    expect(parseMoney(text, unit)).toEqual({ kind: 'malformed', reason });
  });

  it('adds exactly where floats would not (0.10 + 0.20 = 0.30)', () => {
    const fen = (text: string) => {
      const p = parseMoney(text, '元');
      return p.kind === 'amount' ? p.fen : NaN;
    };
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(fen('0.10') + fen('0.20')).toBe(fen('0.30'));
    expect(fen('1,070,000.01') + fen('1,100,000.02') + fen('710,000.07')).toBe(fen('2,880,000.10'));
    expect(fen('868,500') + fen('797,000')).toBe(fen('1,665,500'));
    const wan = parseMoney('282.92', '万元');
    expect(wan.kind === 'amount' && wan.fen).toBe(fen('2,829,200.00'));
  });

  it('never throws', () => {
    const pieces = fc.constantFrom(...'0123456789１２,，.．- 元万约abc'.split(''));
    for (const strings of [
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: pieces }),
    ]) {
      fc.assert(fc.property(strings, fc.constantFrom<MoneyUnit>('元', '万元'), (s, unit) => void parseMoney(s, unit)));
    }
  });

  it('always gives a safe integer number of fen', () => {
    const pieces = fc.constantFrom(...'0123456789,.-万元'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: pieces }), fc.constantFrom<MoneyUnit>('元', '万元'), (s, unit) => {
        const p = parseMoney(s, unit);
        if (p.kind === 'amount') expect(Number.isSafeInteger(p.fen)).toBe(true);
      }),
    );
  });
});

describe('formatMoney', () => {
  it.each<[number, MoneyStyle, MoneyUnit, string]>([
    [184_200_000, style(true, 2), '元', '1,842,000.00'],
    [0, style(true, 2), '元', '0.00'],
    [1, style(true, 2), '元', '0.01'],
    [99, style(true, 2), '元', '0.99'],
    [100_000, style(true, 2), '元', '1,000.00'],
    [99_999, style(true, 2), '元', '999.99'],
    [288_000_000, style(false, 0), '元', '2880000'],
    [259_200_000, style(true, 0), '元', '2,592,000'],
    [643_000_000, style(false, 2), '元', '6430000.00'],
    [282_920_000, style(false, 2), '万元', '282.92'],
    [10_606_752_200, style(false, 4), '万元', '10606.7522'],
    [164_000_000, style(false, 0, '万元'), '元', '164万元'],
    [250_000_000, style(false, 0, '万'), '元', '250万'],
    [184_200_000, style(true, 2, '元'), '万元', '1,842,000.00元'],
    [-500, style(false, 2), '元', '-5.00'],
    [-184_200_000, style(true, 2), '元', '-1,842,000.00'],
    [184_200_000, style(true, 2, '', '¥'), '元', '¥1,842,000.00'],
    // Never rounds: extra decimals appear only as far as needed
    [184_200_050, style(false, 0), '元', '1842000.5'],
    [184_200_051, style(true, 0), '元', '1,842,000.51'],
    [282_925_000, style(false, 2), '万元', '282.925'],
    [1, style(false, 2), '万元', '0.000001'],
    [100, style(false, 3), '元', '1.000'],
  ])('%d fen in %j (%s) → %s', (fen, moneyStyle, unit, expected) => {
    expect(formatMoney(fen, moneyStyle, unit)).toBe(expected);
  });

  const styles = fc
    .record({
      thousands: fc.boolean(),
      decimals: fc.integer({ min: 0, max: 6 }),
      suffix: fc.constantFrom('', '元', '万元', '万'),
      currency: fc.constantFrom('', '¥'),
    })
    .map(({ currency, ...rest }): MoneyStyle => (currency ? { ...rest, currency } : rest));
  const units = fc.constantFrom<MoneyUnit>('元', '万元');
  const fens = fc.oneof(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.maxSafeInteger(),
    fc.integer({ min: -1000, max: 1000 }),
  );

  it('round-trips: parseMoney reads back the exact fen and style of what formatMoney writes', () => {
    fc.assert(
      fc.property(fens, styles, units, (fen, moneyStyle, unit) => {
        const text = formatMoney(fen, moneyStyle, unit);
        const parsed = parseMoney(text, unit);
        expect(parsed).toMatchObject({ kind: 'amount', fen: fen === 0 ? 0 : fen });
        if (parsed.kind === 'amount') expect(formatMoney(parsed.fen, parsed.style!, unit)).toBe(text);
      }),
    );
  });

  it('keeps the written decimals when they show the amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), (yuan) => {
        expect(formatMoney(yuan * 100, style(true, 2), '元').endsWith('.00')).toBe(true);
      }),
    );
  });
});

describe('fenToYuan', () => {
  it.each<[number, number]>([
    [184_200_000, 1_842_000],
    [0, 0],
    [1, 0.01],
    [-500, -5],
    [184_200_050, 1_842_000.5],
  ])('%d fen → %d 元', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });
});
