import type { CellRef } from './grid';
import type { Finding } from './rules/rule';
import { applyIgnores, ignoreKey, movedIgnored, readIgnored } from './ignored';

const finding = (actual: string, cell: CellRef = { sheet: '表1', address: 'E6' }): Finding =>
  ({ ruleId: 'fund-annual-sum', messageId: 'mismatch', cell, actual, severity: 'error', message: '…' }) as Finding;

describe('ignored findings', () => {
  it('matches a finding by rule, cell and text, whatever the spaces (Excel pads an accounting format)', () => {
    const kept = readIgnored(JSON.stringify([ignoreKey(finding(' 1,842,000.00 '))]));
    const all = [
      finding('1,842,000.00'),
      finding('1,842,000.01'),
      finding('1,842,000.00', { sheet: '表1', address: 'E7' }),
    ];
    const { findings, ignored } = applyIgnores(all, kept);
    expect(ignored).toEqual([all[0]]);
    expect(findings).toEqual([all[1], all[2]]);
    // --include-ignored: all reported, the ignored one marked, and still listed apart.
    expect(applyIgnores(all, kept, true)).toEqual({
      findings: [{ ...all[0], ignoredInDocument: true }, all[1], all[2]],
      ignored: [all[0]],
    });
  });

  it('shows a total again when its parts change: what it should read is part of the decision', () => {
    const sum = (expected: string) => ({ ...finding('1,842,000.00'), expected: [expected] });
    const kept = readIgnored(JSON.stringify([ignoreKey(sum('1,800,000.00'))]));
    const { findings, ignored } = applyIgnores([sum('1,800,000.00'), sum('1,750,000.00')], kept);
    expect(ignored).toEqual([sum('1,800,000.00')]);
    expect(findings).toEqual([sum('1,750,000.00')]);
  });

  it('holds for a finding on the cell alone though what it proposes follows other rows (the form’s style)', () => {
    const format = (expected: string) => ({ ...finding('≥20人'), ruleId: 'target-format', expected: [expected] });
    const kept = readIgnored(JSON.stringify([ignoreKey(format('≥20(人)'))]));
    expect(applyIgnores([format('≥20人')], kept).ignored).toEqual([format('≥20人')]);
  });

  it('still follows a key saved before keys held what the cell should read', () => {
    const legacy = 'fund-annual-sum|address=E6;sheet=表1|1,842,000.00';
    const sum = { ...finding('1,842,000.00'), expected: ['1,800,000.00'] };
    expect(applyIgnores([sum], readIgnored(JSON.stringify([legacy]))).ignored).toEqual([sum]);
  });

  it('reads keys saved before they were compacted', () => {
    const old = 'fund-annual-sum|address=E6;sheet=表1| 1,842,000.00 ';
    expect(applyIgnores([finding('1,842,000.00')], readIgnored(JSON.stringify([old]))).ignored).toHaveLength(1);
  });

  it('loses only the list to a damaged or crafted setting, and keeps the latest decisions past its bound', () => {
    for (const saved of ['{not json', '{"a":1}', '"text"', '', null]) expect(readIgnored(saved).size).toBe(0);
    expect([...readIgnored(JSON.stringify(['a', 3, null, 'x'.repeat(2_001), 'b']))]).toEqual(['a', 'b']);
    const many = Array.from({ length: 20_005 }, (_, i) => `k${i}`);
    const kept = readIgnored(JSON.stringify(many));
    expect(kept.size).toBe(20_000);
    expect(kept.has('k20004')).toBe(true);
    expect(kept.has('k0')).toBe(false);
  });

  it('hides only the message ignored, not another message of the rule on the same cell and text', () => {
    const count = (messageId: string) =>
      ({ ...finding('党建经费'), ruleId: 'structure-indicator-count', messageId, severity: 'warning' }) as Finding;
    const kept = readIgnored(JSON.stringify([ignoreKey(count('tooFew'))]));
    const { findings, ignored } = applyIgnores([count('tooFew'), count('fewOutputs')], kept);
    expect(ignored).toEqual([count('tooFew')]);
    expect(findings).toEqual([count('fewOutputs')]);
  });

  it('keys a total that is not the one to change by what its parts add up to, as keys saved before did', () => {
    const sum = (basis: string) => ({ ...finding('1,842,000.00'), basis: [basis] });
    const older = 'fund-annual-sum|address=E6;sheet=表1|1,842,000.00|1,800,000.00';
    const { findings, ignored } = applyIgnores(
      [sum('1,800,000.00'), sum('1,750,000.00')],
      readIgnored(JSON.stringify([older])),
    );
    expect(ignored).toEqual([sum('1,800,000.00')]);
    expect(findings).toEqual([sum('1,750,000.00')]);
  });

  it('still follows a key saved before keys held the message', () => {
    const sum = { ...finding('1,842,000.00'), expected: ['1,800,000.00'] };
    const older = 'fund-annual-sum|address=E6;sheet=表1|1,842,000.00|1,800,000.00';
    expect(applyIgnores([sum], readIgnored(JSON.stringify([older]))).ignored).toEqual([sum]);
  });

  it('moves a decision with its cell when rows inserted above move it, whatever the key’s age', () => {
    const at = (row: number) => ({ table: 0, row, col: 4 });
    const word = (row: number) => ({ ...finding('≥20人', at(row)), ruleId: 'target-format' }) as Finding;
    const sheetWithBar = (address: string) => finding('1,842,000.00', { sheet: '表|1', address });
    const older = 'target-format|col=4;row=17;table=0|≥20人';
    const keys = new Set([ignoreKey(word(17)), ignoreKey(word(18)), older, ignoreKey(sheetWithBar('E6')), 'junk']);
    const moved = new Map<string, CellRef>([
      ['col=4;row=17;table=0', at(18)],
      ['col=4;row=18;table=0', at(19)],
      ['address=E6;sheet=表|1', { sheet: '表|1', address: 'E7' }],
    ]);
    const after = movedIgnored(keys, moved);
    // Each key moves once: the row-17 decision takes row 18's place as row 18's moves on to 19.
    expect(applyIgnores([word(18), word(19), sheetWithBar('E7'), sheetWithBar('E6')], after).findings).toEqual([
      sheetWithBar('E6'),
    ]);
    expect(after.has('target-format|col=4;row=18;table=0|≥20人')).toBe(true);
    expect(after.has('junk')).toBe(true);
  });
});
