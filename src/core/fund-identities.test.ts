import { fundIdentities, identityStatus } from './fund-identities';
import { buildForm, form2018GridText, formGridText } from './testing/form-builder';
import { check } from './lint';
import { loadSeed, seedFiles } from '../../test/seeds/load';

const statuses = (text: string) =>
  Object.fromEntries(fundIdentities(buildForm(text)).map((i) => [i.id, identityStatus(i).kind]));

describe('fundIdentities', () => {
  it.each([
    ['a 2023 form that adds up', formGridText(), { 'F-1': 'holds', 'F-2': 'holds' }],
    [
      'a changed total',
      formGridText({ funds: { total: '1,842,000.00', totalFiscal: '1,824,000.00', totalOther: '0.00' } }),
      { 'F-1': 'differs', 'F-2': 'holds' },
    ],
    [
      'a blank total (F-5) is not checked',
      formGridText({ funds: { total: '', totalFiscal: '', totalOther: '' } }),
      { 'F-1': 'unchecked', 'F-2': 'holds' },
    ],
    [
      'a malformed part is not checked',
      formGridText({ funds: { annualFiscal: '12万3' } }),
      { 'F-1': 'holds', 'F-2': 'unchecked' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });

  it('shows the 2018 sub-item sum and not the 2023 identities', () => {
    expect(Object.keys(statuses(form2018GridText()))).toEqual(['components']);
  });

  it('gives the amounts and the sum a fund card prints', () => {
    const form = buildForm(
      formGridText({ funds: { total: '1,842,000.00', totalFiscal: '1,824,000.00', totalOther: '0.00' } }),
    );
    const [total] = fundIdentities(form);
    expect(total!.parts.map((p) => [p.label, p.amount?.fen])).toEqual([
      ['财政资金（项目资金）', 182_400_000],
      ['其他资金（项目资金）', 0],
    ]);
    expect(identityStatus(total!)).toEqual({ kind: 'differs', sum: 182_400_000, whole: 184_200_000 });
  });

  it('holds on every seed form that carries it (domain-rules §3: F-1 on 市级 forms, F-2 on all 2023/2024)', () => {
    const kinds = seedFiles().flatMap((file) =>
      check(loadSeed(file)).flatMap(({ form }) => fundIdentities(form).map((i) => identityStatus(i).kind)),
    );
    expect(kinds).not.toContain('differs');
    expect(kinds.filter((k) => k === 'holds').length).toBeGreaterThanOrEqual(14 + 11);
  });
});
