import { readFileSync } from 'fs';
import { join } from 'path';
import { optionsText, ruleCatalog, settingChanges } from './rule-catalog';

describe('settingChanges', () => {
  it('lists the rules the settings change, by level, by options or both, in catalogue order', () => {
    const changes = settingChanges({
      name: '某区',
      rules: { 'target-satisfaction-value': 'error', 'target-format': 'off' },
      options: { 'structure-indicator-count': { max: 25 }, 'target-satisfaction-value': { min: 85 } },
    });
    expect(changes.map((c) => [c.meta.id, c.level, c.options.map((o) => [o.name, o.value, o.spec.default])])).toEqual([
      ['structure-indicator-count', undefined, [['max', 25, 30]]],
      ['target-format', 'off', []],
      ['target-satisfaction-value', 'error', [['min', 85, 80]]],
    ]);
    expect(optionsText(changes[2]!.options, 'zh-CN')).toBe('min = 85（默认 80）满意度目标最低值（%）');
    expect(optionsText(changes[0]!.options, 'en')).toBe(
      'max = 25 (default 30) Most indicators before trimming is advised',
    );
    expect(settingChanges({ name: '某区', rules: {} })).toEqual([]);
  });
});

describe('the options table of docs/deployment.md', () => {
  it('lists every option of every rule with its default and range', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'deployment.md'), 'utf8');
    const documented = [...doc.matchAll(/^ *\| `([a-z-]+)` \| `(\w+)` \| (\d+) \| (\d+)–(\d+) \|/gm)].map((m) =>
      m.slice(1).join(' '),
    );
    const declared = ruleCatalog.flatMap(({ meta }) =>
      Object.entries(meta.options ?? {}).map(([name, s]) => `${meta.id} ${name} ${s.default} ${s.min} ${s.max}`),
    );
    expect(declared.length).toBeGreaterThan(0);
    expect(documented).toEqual(declared);
  });
});
