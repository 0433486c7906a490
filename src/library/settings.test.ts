import { ruleCatalog } from '../core/rule-catalog';
import { parseSettingsJson } from './settings';

const errorsOf = (text: string) => {
  const result = parseSettingsJson(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('parseSettingsJson', () => {
  it('reads a name, rule levels in English or Chinese, and the library file', () => {
    const result = parseSettingsJson(
      '\uFEFF' +
        JSON.stringify({
          schemaVersion: 1,
          name: ' 某区财政局 2026 年审核口径 ',
          rules: { 'target-format': 'off', 'structure-missing-dimension': '错误', 'target-below-last-year': 'Info' },
          library: 'org-library.xlsx',
        }),
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        name: '某区财政局 2026 年审核口径',
        rules: { 'target-format': 'off', 'structure-missing-dimension': 'error', 'target-below-last-year': 'info' },
        options: {},
        library: 'org-library.xlsx',
      },
    });
  });

  it('needs no rules and no library', () => {
    expect(parseSettingsJson('{"schemaVersion":1,"name":"口径"}')).toEqual({
      ok: true,
      settings: { name: '口径', rules: {}, options: {}, library: null },
    });
  });

  it('knows every rule of the engine and the year-on-year rules, once each', () => {
    const ids = ruleCatalog.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['fund-annual-sum', 'target-format', 'fund-last-year-budget']));
  });

  it('refuses a mistyped rule id, naming the likely one', () => {
    const [error] = errorsOf('{"schemaVersion":1,"name":"口径","rules":{"target-fromat":"off"}}');
    expect(error).toMatchObject({ path: 'rules.target-fromat' });
    expect(error!.zh).toContain('没有名为“target-fromat”的规则（是否是“target-format”？）');
    expect(errorsOf('{"schemaVersion":1,"name":"口径","rules":{"no-such-thing":"off"}}')[0]!.zh).not.toContain(
      '是否是',
    );
  });

  it("reads rule options, each against the rule's own declaration", () => {
    const result = parseSettingsJson(
      JSON.stringify({
        schemaVersion: 1,
        name: '口径',
        options: {
          'target-satisfaction-value': { min: 85, usual: 95 },
          'structure-missing-dimension': { costFrom: 2024 },
        },
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      settings: {
        options: {
          'target-satisfaction-value': { min: 85, usual: 95 },
          'structure-missing-dimension': { costFrom: 2024 },
        },
      },
    });
  });

  it('refuses an option that is unknown, not a number, out of range or not whole, saying what would do', () => {
    const errors = errorsOf(
      JSON.stringify({
        schemaVersion: 1,
        name: '口径',
        options: {
          'target-satisfaction-value': { minimum: 85, usual: '95' },
          'structure-indicator-count': { min: 0, max: 30.5 },
          'target-format': { min: 1 },
          'target-satisfation-value': { min: 85 },
        },
      }),
    );
    expect(errors.map((e) => [e.path, e.zh])).toEqual([
      [
        'options.target-satisfaction-value.minimum',
        '规则“target-satisfaction-value”没有参数“minimum”：可设置的参数有 min、usual。',
      ],
      [
        'options.target-satisfaction-value.usual',
        '规则“target-satisfaction-value”的参数“usual”（建议改成的满意度目标（%，不低于最低值））应为 1 到 99 之间的数，不能是 "95"。',
      ],
      [
        'options.structure-indicator-count.min',
        '规则“structure-indicator-count”的参数“min”（三级指标最少个数）应为 1 到 50 之间的整数，不能是 0。',
      ],
      [
        'options.structure-indicator-count.max',
        '规则“structure-indicator-count”的参数“max”（三级指标最多个数（超过即建议精简））应为 5 到 200 之间的整数，不能是 30.5。',
      ],
      ['options.target-format', '规则“target-format”没有可设置的参数，只能设置级别（写在 rules 中）。'],
      [
        'options.target-satisfation-value',
        '没有名为“target-satisfation-value”的规则（是否是“target-satisfaction-value”？）：规则编号见 jixiao rules 的列表。',
      ],
    ]);
    expect(
      errorsOf('{"schemaVersion":1,"name":"口径","options":{"structure-indicator-count":{"mni":3}}}')[0]!.zh,
    ).toContain('（是否是“min”？）');
    expect(errorsOf('{"schemaVersion":1,"name":"口径","options":{"structure-indicator-count":7}}')).toEqual([
      {
        path: 'options.structure-indicator-count',
        zh: '规则参数（options）中的“structure-indicator-count”写法不对，请参照示例 "options": { "target-satisfaction-value": { "min": 85 } }。',
        en: '"options.structure-indicator-count" is not valid: see the example "options": { "target-satisfaction-value": { "min": 85 } }.',
      },
    ]);
  });

  it('refuses options that contradict each other, the default counting where one is not set', () => {
    const settingsWith = (counts: Record<string, number>) =>
      JSON.stringify({ schemaVersion: 1, name: '口径', options: { 'structure-indicator-count': counts } });
    expect(errorsOf(settingsWith({ min: 40, max: 20 })).map((e) => [e.path, e.zh])).toEqual([
      [
        'options.structure-indicator-count.min',
        '规则“structure-indicator-count”的参数“min”（三级指标最少个数）为 40，大于“max”（三级指标最多个数（超过即建议精简））的 20：任何申报表都无法同时满足。请调低“min”或调高“max”。',
      ],
    ]);
    const [alone] = errorsOf(settingsWith({ min: 40 }));
    expect(alone).toEqual({
      path: 'options.structure-indicator-count.min',
      zh: expect.stringContaining('为 40，大于“max”（三级指标最多个数（超过即建议精简））的 30（默认值）'),
      en: expect.stringContaining(
        'is 40, above "max" (Most indicators before trimming is advised) at 30 (the default)',
      ),
    });
    expect(errorsOf(settingsWith({ max: 10, minOutputs: 12 })).map((e) => [e.path, e.zh])).toEqual([
      [
        'options.structure-indicator-count.minOutputs',
        expect.stringContaining('“minOutputs”（产出指标最少个数）为 12，大于“max”'),
      ],
    ]);
    const fine: Record<string, number>[] = [{ min: 20, minOutputs: 20, max: 20 }, { max: 5 }, { min: 30 }];
    for (const counts of fine) expect(parseSettingsJson(settingsWith(counts)).ok).toBe(true);
  });

  it('refuses a level it does not know, saying which ones there are', () => {
    const [error] = errorsOf('{"schemaVersion":1,"name":"口径","rules":{"target-format":"严重"}}');
    expect(error!.zh).toBe(
      '规则“target-format”的级别“严重”无法识别：应为 关闭（off）、提示（info）、警告（warning）或 错误（error）。',
    );
  });

  it('says what is wrong with the file itself, in a clerk’s words', () => {
    expect(errorsOf('{"schemaVersion":1,')[0]!.zh).toMatch(/^审核口径文件不是有效的 JSON/);
    expect(errorsOf('[1]')[0]!.zh).toMatch(/^审核口径文件应是一个对象/);
    expect(errorsOf('{"name":"口径"}')[0]!.zh).toBe('缺少格式版本（schemaVersion，应为 1），请补上。');
    expect(errorsOf('{"schemaVersion":1,"name":""}')[0]!.zh).toMatch(/^口径名称（name）写法不对/);
    expect(errorsOf('{"schemaVersion":1,"name":"口径","rule":{}}')[0]!.zh).toBe(
      '审核口径文件中有无法识别的项“rule”：只能有 schemaVersion、name、rules、options 和 library。',
    );
    expect(errorsOf('{"schemaVersion":1,"name":"口径","rules":{"target-format":0}}')[0]).toMatchObject({
      path: 'rules.target-format',
    });
  });
});
