import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parseGridText } from '../core/grid-text';
import { formGridText } from '../core/testing/form-builder';
import { MemoryHost } from '../hosts/memory/memory-host';
import type { FetchFile, OrgSettingsState } from './org-settings';
import { besideFile, loadOrgSettings } from './org-settings';
import { Session } from './session';

const EXAMPLE_LIBRARY = readFileSync(resolve(__dirname, '../../docs/examples/library-example.json'));

/** The add-in's server as a map of paths to files; a path it lacks is a 404. */
function server(files: Record<string, string | Uint8Array>): { get: FetchFile; asked: string[] } {
  const asked: string[] = [];
  const get: FetchFile = (path) => {
    asked.push(path);
    const file = files[path];
    return Promise.resolve(
      file === undefined ? null : typeof file === 'string' ? new TextEncoder().encode(file) : file,
    );
  };
  return { get, asked };
}

const settings = (data: Record<string, unknown>) =>
  JSON.stringify({ schemaVersion: 1, name: '某区财政局审核口径', ...data });

describe('loadOrgSettings', () => {
  it('says so when the page names a settings file the server does not have', async () => {
    const { get, asked } = server({});
    expect(await loadOrgSettings(get, 'jixiao-settings.json')).toEqual({
      status: 'invalid',
      file: 'jixiao-settings.json',
      problems: [
        { zh: '审核口径文件在加载项服务器上不存在。', en: "The settings file is not on the add-in's server." },
      ],
    });
    expect(asked).toEqual(['jixiao-settings.json']);
  });

  it('reads the rules and the library the settings name, relative to the settings file', async () => {
    const { get, asked } = server({
      'jixiao-settings.json': settings({ rules: { 'target-format': '关闭' }, library: './指标库/本单位.json' }),
      '指标库/本单位.json': EXAMPLE_LIBRARY,
    });
    const loaded = await loadOrgSettings(get, 'jixiao-settings.json');
    expect(asked).toEqual(['jixiao-settings.json', '指标库/本单位.json']);
    if (loaded.status !== 'ok') throw new Error(JSON.stringify(loaded));
    expect(loaded.name).toBe('某区财政局审核口径');
    expect(loaded.rules).toEqual({ 'target-format': 'off' });
    // Merged over the bundled library: its own type is there beside the bundled ones.
    expect(loaded.library!.types.map((t) => t.id)).toEqual(expect.arrayContaining(['archives', 'training']));
  });

  it('says why settings cannot be used: a mistyped rule, a missing library, an unreachable server', async () => {
    const problems = async (files: Record<string, string>) => {
      const loaded = await loadOrgSettings(server(files).get, 'jixiao-settings.json');
      if (loaded.status !== 'invalid') throw new Error(JSON.stringify(loaded));
      return [loaded.file, loaded.problems.map((p) => p.zh)];
    };
    expect(await problems({ 'jixiao-settings.json': settings({ rules: { 'target-fromat': 'off' } }) })).toEqual([
      'jixiao-settings.json',
      ['没有名为“target-fromat”的规则（是否是“target-format”？）：规则编号见 jixiao rules 的列表。'],
    ]);
    expect(await problems({ 'jixiao-settings.json': settings({ library: 'org.json' }) })).toEqual([
      'org.json',
      ['审核口径指定的指标库文件在服务器上不存在。'],
    ]);
    expect(
      await problems({ 'jixiao-settings.json': settings({ library: 'org.json' }), 'org.json': '{"schemaVersion":1}' }),
    ).toEqual(['org.json', expect.arrayContaining([expect.stringContaining('缺少“名称”')])]);
    const down = await loadOrgSettings(() => Promise.reject(new Error('HTTP 500')), 'jixiao-settings.json');
    expect(down).toMatchObject({
      status: 'invalid',
      problems: [{ zh: '无法从加载项服务器读取（Error: HTTP 500）。' }],
    });
  });
});

describe('besideFile', () => {
  it.each([
    ['jixiao-settings.json', 'org.xlsx', 'org.xlsx'],
    ['jixiao-settings.json', './指标库/本单位.xlsx', '指标库/本单位.xlsx'],
    ['口径/jixiao-settings.json', 'lib/org.json', '口径/lib/org.json'],
    ['口径/jixiao-settings.json', '../org.json', 'org.json'],
  ])('%s + %s = %s', (file, relative, expected) => expect(besideFile(file, relative)).toBe(expected));
});

describe('Session with the organisation’s settings', () => {
  const text = formGridText({
    indicators: [
      ['产出指标', '数量指标', '培训人次', '>=1500人次'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥70(%)'],
    ],
  });
  const ruleLevels = (session: Session) =>
    session
      .getState()
      .forms.flatMap((f) => f.findings)
      .map((f) => `${f.ruleId}:${f.severity}`);

  it('waits for the settings before the first check, then checks by them', async () => {
    const session = new Session(new MemoryHost(parseGridText(text)), 'zh-CN');
    let resolveSettings!: (s: OrgSettingsState) => void;
    const loading = session.useOrgSettings(new Promise((r) => (resolveSettings = r)));
    expect(session.getState().orgSettings).toEqual({ status: 'loading' });
    const checking = session.check();
    resolveSettings({
      status: 'ok',
      name: '口径',
      rules: { 'target-format': 'off', 'target-satisfaction-value': 'error' },
      library: null,
    });
    await Promise.all([loading, checking]);
    expect(session.getState().generation).toBe(1);
    expect(ruleLevels(session)).not.toContainEqual(expect.stringMatching(/^target-format:/));
    expect(ruleLevels(session)).toContain('target-satisfaction-value:error');
  });

  it('checks with the engine’s own rules when the settings cannot be used, and keeps saying why', async () => {
    const plain = new Session(new MemoryHost(parseGridText(text)), 'zh-CN');
    await plain.check();
    const session = new Session(new MemoryHost(parseGridText(text)), 'zh-CN');
    await session.useOrgSettings(loadOrgSettings(server({ 'jixiao-settings.json': '{' }).get, 'jixiao-settings.json'));
    await session.check();
    expect(ruleLevels(session)).toEqual(ruleLevels(plain));
    expect(ruleLevels(plain)).toContain('target-format:info');
    expect(session.getState().orgSettings).toMatchObject({ status: 'invalid', file: 'jixiao-settings.json' });
  });
});
