import type { Finding } from './rules/rule';
import { applyIgnores, ignoreKey, readIgnored } from './ignored';

const finding = (actual: string, cell = { sheet: '表1', address: 'E6' }): Finding =>
  ({ ruleId: 'fund-annual-sum', cell, actual, severity: 'error', message: '…' }) as unknown as Finding;

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
});
