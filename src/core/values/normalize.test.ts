import fc from 'fast-check';
import { squeeze, toHalfWidth } from './normalize';

describe('toHalfWidth', () => {
  it.each([
    ['＞＝９０％', '>=90%'],
    ['＝１００（％）', '=100(%)'],
    ['１，８４２，０００．００', '1,842,000.00'],
    ['ＸＸ', 'XX'],
    ['＊＊', '**'],
    ['１２：３０', '12:30'],
    ['ａｂｃＡＢＣ', 'abcABC'],
    ['～', '~'],
    ['！', '!'],
    ['≥　90', '≥ 90'],
    ['及时完成', '及时完成'],
    ['≥90(%)', '≥90(%)'],
    ['，。、', ',。、'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it('keeps the length, so offsets found in the result slice the original', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => toHalfWidth(s).length === s.length));
  });
});

describe('squeeze', () => {
  it.each([
    ['  =100.00  (%) ', '=100.00 (%)'],
    ['a\t\nb', 'a b'],
    ['\u3000及时\u3000', '及时'],
    ['   ', ''],
    ['合理', '合理'],
  ])('%j → %j', (input, expected) => {
    expect(squeeze(input)).toBe(expected);
  });
});
