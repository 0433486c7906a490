// ORG_SETTINGS at build time (docs/deployment.md): the settings checked by the jixiao command, shipped with their library.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { orgSettings } = require('../../scripts/org-settings') as {
  orgSettings: (env: Record<string, string | undefined>) => {
    file: string;
    files: { from: string; to: string }[];
  } | null;
};

const EXAMPLES = resolve(__dirname, '..', '..', 'docs', 'examples');

describe('ORG_SETTINGS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-org-'));
  const write = (name: string, data: unknown) => {
    writeFileSync(join(dir, name), JSON.stringify(data));
    return join(dir, name);
  };

  it('ships nothing without it', () => {
    expect(orgSettings({})).toBeNull();
  });

  it('ships the settings as jixiao-settings.json and the library at its place relative to them', () => {
    expect(orgSettings({ ORG_SETTINGS: join(EXAMPLES, 'jixiao-settings.json') })).toEqual({
      file: 'jixiao-settings.json',
      files: [
        { from: join(EXAMPLES, 'jixiao-settings.json'), to: 'jixiao-settings.json' },
        { from: join(EXAMPLES, 'library-example.json'), to: 'library-example.json' },
      ],
    });
  });

  it('fails the build with the jixiao command’s message when the settings cannot be used', () => {
    const mistyped = write('mistyped.json', { schemaVersion: 1, name: '口径', rules: { 'target-fromat': 'off' } });
    expect(() => orgSettings({ ORG_SETTINGS: mistyped })).toThrow(/没有名为“target-fromat”的规则/);
  });

  it('refuses a library outside the settings’ folder, which could not be served beside them', () => {
    mkdirSync(join(dir, 'bureau'));
    copyFileSync(join(EXAMPLES, 'library-example.json'), join(dir, 'outside-library.json'));
    const outside = write('bureau/outside.json', {
      schemaVersion: 1,
      name: '口径',
      library: '../outside-library.json',
    });
    expect(() => orgSettings({ ORG_SETTINGS: outside })).toThrow(/must be in the settings' folder/);
  });
});
