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
        library: 'org-library.xlsx',
      },
    });
  });

  it('needs no rules and no library', () => {
    expect(parseSettingsJson('{"schemaVersion":1,"name":"口径"}')).toEqual({
      ok: true,
      settings: { name: '口径', rules: {}, library: null },
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
      '审核口径文件中有无法识别的项“rule”：只能有 schemaVersion、name、rules 和 library。',
    );
    expect(errorsOf('{"schemaVersion":1,"name":"口径","rules":{"target-format":0}}')[0]).toMatchObject({
      path: 'rules.target-format',
    });
  });
});
