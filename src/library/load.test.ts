// An organisation's JSON library: checked with clerk-readable errors, merged over the bundled one by id.
import fc from 'fast-check';
import { bundledLibrary } from './bundled';
import { loadUserLibraryJson, mergeLibraries, parseLibraryData, parseLibraryJson } from './load';
import type { Library, LibraryIndicator } from './schema';

const base = bundledLibrary();

const indicator = (over: Partial<LibraryIndicator> = {}): LibraryIndicator => ({
  id: 'training-pre-exam',
  types: ['training'],
  level1: '产出指标',
  level2: '质量指标',
  name: '岗前考试通过率',
  target: '≥95%',
  unit: '%',
  direction: 'higher',
  definition: '岗前考试合格人数占参考人数的比例。',
  keywords: ['岗前', '考试'],
  ...over,
});

const userLibrary = (over: Partial<Library> = {}): Library => ({
  schemaVersion: 1,
  name: '某局指标库',
  types: [],
  indicators: [indicator()],
  ...over,
});

const json = (value: unknown) => JSON.stringify(value);

describe('parseLibraryJson', () => {
  it('accepts a valid library and makes targets canonical', () => {
    const result = parseLibraryJson(json(userLibrary({ indicators: [indicator({ target: '>=95(%)' })] })));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.library.indicators[0]!.target).toBe('≥95%');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseLibraryJson('\uFEFF' + json(userLibrary())).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', /不是有效的 JSON/],
    ['an array', '[]', /应是一个指标库对象/],
    ['a wrong version', json(userLibrary({ schemaVersion: 2 as 1 })), /格式版本 schemaVersion/],
  ])('refuses %s', (_, text, message) => {
    const result = parseLibraryJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.zh).join('\n')).toMatch(message);
  });

  const bad = (over: Record<string, unknown>) =>
    parseLibraryData({ ...userLibrary(), indicators: [{ ...indicator(), ...over }] });

  it.each([
    ['a missing name', { name: undefined }, 'indicators[0].name', /缺少第1个指标的“三级指标”/],
    ['an unknown 二级', { level2: '产出数量' }, 'indicators[0].level2', /“产出数量”不在允许的范围内/],
    ['a 二级 under the wrong 一级', { level1: '效益指标' }, 'indicators[0].level2', /不属于一级指标“效益指标”/],
    ['a bad direction', { direction: 'up' }, 'indicators[0].direction', /正向，越大越好/],
    ['a bad id', { id: '培训' }, 'indicators[0].id', /编号只能用小写英文字母/],
    ['keywords as text', { keywords: '岗前' }, 'indicators[0].keywords', /类型不对：应为列表/],
    ['a malformed target', { target: '>=>=95%' }, 'indicators[0].target', /比较符号重复/],
    ['a target against its direction', { direction: 'lower' }, 'indicators[0].target', /矛盾/],
  ])('refuses %s with its path and a Chinese message', (_, over, path, message) => {
    const result = bad(over);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(path);
    const error = result.errors.find((e) => e.path === path)!;
    expect(error.zh).toMatch(message);
    expect(error.en.length).toBeGreaterThan(5);
  });

  it('names the indicator in the message', () => {
    const result = bad({ target: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.zh).toMatch(/第1个指标“岗前考试通过率”/);
  });

  it('reports duplicate ids', () => {
    const result = parseLibraryData(userLibrary({ indicators: [indicator(), indicator()] }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ path: 'indicators[1].id', zh: expect.stringMatching(/重复/) });
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(fc.property(fc.json(), (text) => expect(typeof parseLibraryJson(text).ok).toBe('boolean')));
    for (const text of [
      '',
      'null',
      '1',
      '"x"',
      '{}',
      '{"indicators": 5}',
      json({ ...userLibrary(), indicators: [null] }),
    ])
      expect(parseLibraryJson(text).ok).toBe(false);
  });
});

describe('mergeLibraries', () => {
  const bundledId = base.indicators.find((i) => i.types[0] === 'training')!.id;

  it('replaces a bundled indicator with the same id, in place', () => {
    const replacement = indicator({ id: bundledId, name: '学员出勤率（本局口径）', target: '≥98%' });
    const result = mergeLibraries(base, userLibrary({ indicators: [replacement] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const at = base.indicators.findIndex((i) => i.id === bundledId);
    expect(result.library.indicators[at]).toEqual({ ...replacement, source: 'user' });
    expect(result.library.indicators).toHaveLength(base.indicators.length);
  });

  it('adds new indicators and new types', () => {
    const type = {
      id: 'inspection',
      label: '巡查类',
      labelEn: 'Inspections',
      keywords: ['巡查'],
      description: '巡查督查工作。',
    };
    const added = indicator({
      id: 'inspection-rounds',
      types: ['inspection'],
      name: '巡查次数',
      level2: '数量指标',
      target: '≥12次',
      unit: '次',
    });
    const result = mergeLibraries(base, userLibrary({ types: [type], indicators: [indicator(), added] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.library.types.map((t) => t.id)).toEqual([...base.types.map((t) => t.id), 'inspection']);
    expect(result.library.indicators.slice(-2).map((i) => i.id)).toEqual(['training-pre-exam', 'inspection-rounds']);
    expect(result.library.indicators.length).toBe(base.indicators.length + 2);
  });

  it('replaces a bundled type with the same id', () => {
    const type = { ...base.types[0]!, label: '运维服务类' };
    const result = mergeLibraries(base, userLibrary({ types: [type] }));
    expect(result.ok && result.library.types[0]!.label).toBe('运维服务类');
  });

  it('refuses an indicator naming a type neither library defines', () => {
    const result = mergeLibraries(
      base,
      userLibrary({ indicators: [indicator({ types: ['training', 'inspection'] })] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: 'indicators[0].types[1]',
        zh: expect.stringMatching(/项目类型“inspection”不存在.*培训类（training）/),
      }),
    ]);
  });

  it('leaves both inputs untouched', () => {
    const before = JSON.stringify(base);
    mergeLibraries(base, userLibrary({ indicators: [indicator({ id: bundledId })] }));
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('loadUserLibraryJson', () => {
  it('parses and merges over the bundled library', () => {
    const result = loadUserLibraryJson(json(userLibrary()));
    expect(
      result.ok && result.library.indicators.some((i) => i.id === 'training-pre-exam' && i.source === 'user'),
    ).toBe(true);
  });

  it('passes parse errors through', () => {
    expect(loadUserLibraryJson('nope').ok).toBe(false);
  });
});
