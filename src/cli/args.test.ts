import { defaultLang, parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it.each([
    [['check', 'a.docx'], { command: 'check', paths: ['a.docx'], format: 'text', lang: 'zh-CN', fixOut: null }],
    [
      ['check', 'a', 'b', '--format=json', '--lang', 'en'],
      { command: 'check', paths: ['a', 'b'], format: 'json', lang: 'en', fixOut: null },
    ],
    [[], { command: 'help', lang: 'zh-CN' }],
    [['check', '-h'], { command: 'help', lang: 'zh-CN' }],
    [['--version'], { command: 'version' }],
    [
      ['check', 'a', '--fix', '--out', 'fixed'],
      { command: 'check', paths: ['a'], format: 'text', lang: 'zh-CN', fixOut: 'fixed' },
    ],
  ] as const)('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  it.each([
    [['check']],
    [['check', 'x', '--lang', 'fr']],
    [['check', 'x', '--format']],
    [['check', 'x', '--bogus']],
    [['scan', 'x']],
  ])('refuses %j', (argv) => expect(() => parseArgs(argv)).toThrow(UsageError));

  it('takes the default language from the locale', () => {
    expect(defaultLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(defaultLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(defaultLang({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(defaultLang({})).toBe('zh-CN');
  });
});
