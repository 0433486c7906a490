import { defaultLang, parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it.each([
    [
      ['check', 'a.docx'],
      {
        command: 'check',
        paths: ['a.docx'],
        format: 'text',
        lang: 'zh-CN',
        fixOut: null,
        library: null,
        settings: null,
        report: null,
      },
    ],
    [
      ['check', 'a', 'b', '--format=json', '--lang', 'en'],
      {
        command: 'check',
        paths: ['a', 'b'],
        format: 'json',
        lang: 'en',
        fixOut: null,
        library: null,
        settings: null,
        report: null,
      },
    ],
    [
      ['check', 'a', '--library', 'org.xlsx'],
      {
        command: 'check',
        paths: ['a'],
        format: 'text',
        lang: 'zh-CN',
        fixOut: null,
        library: 'org.xlsx',
        settings: null,
        report: null,
      },
    ],
    [
      ['suggest', 'a.docx'],
      { command: 'suggest', paths: ['a.docx'], format: 'text', lang: 'zh-CN', library: null, settings: null, top: 10 },
    ],
    [
      ['suggest', 'a', '--top=3', '--library=org.json', '--format', 'json'],
      { command: 'suggest', paths: ['a'], format: 'json', lang: 'zh-CN', library: 'org.json', settings: null, top: 3 },
    ],
    [
      ['check', 'forms', '--report', '审核意见.XLSX'],
      {
        command: 'check',
        paths: ['forms'],
        format: 'text',
        lang: 'zh-CN',
        fixOut: null,
        library: null,
        settings: null,
        report: '审核意见.XLSX',
      },
    ],
    [
      ['compare', '2024', '2025/一上.docx', '--format', 'json', '--library', 'org.json'],
      {
        command: 'compare',
        previous: '2024',
        current: '2025/一上.docx',
        format: 'json',
        lang: 'zh-CN',
        library: 'org.json',
        settings: null,
      },
    ],
    [
      ['check', 'forms', '--settings', 'jixiao-settings.json'],
      {
        command: 'check',
        paths: ['forms'],
        format: 'text',
        lang: 'zh-CN',
        fixOut: null,
        library: null,
        settings: 'jixiao-settings.json',
        report: null,
      },
    ],
    [['rules'], { command: 'rules', format: 'text', lang: 'zh-CN', settings: null }],
    [
      ['rules', '--settings=口径.json', '--format', 'json', '--lang', 'en'],
      { command: 'rules', format: 'json', lang: 'en', settings: '口径.json' },
    ],
    [[], { command: 'help', lang: 'zh-CN' }],
    [['check', '-h'], { command: 'help', lang: 'zh-CN' }],
    [['--version'], { command: 'version' }],
    [
      ['check', 'a', '--fix', '--out', 'fixed'],
      {
        command: 'check',
        paths: ['a'],
        format: 'text',
        lang: 'zh-CN',
        fixOut: 'fixed',
        library: null,
        settings: null,
        report: null,
      },
    ],
  ] as const)('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  it.each([
    [['check']],
    [['check', 'x', '--lang', 'fr']],
    [['check', 'x', '--format']],
    [['check', 'x', '--bogus']],
    [['scan', 'x']],
    [['suggest']],
    [['suggest', 'x', '--fix', '--out', 'y']],
    [['suggest', 'x', '--top', '0']],
    [['suggest', 'x', '--top', '2.5']],
    [['suggest', 'x', '--top', '101']],
    [['check', 'x', '--top', '3']],
    [['check', 'x', '--library']],
    [['check', 'x', '--report']],
    [['check', 'x', '--report', '审核意见.csv']],
    [['suggest', 'x', '--report', '审核意见.xlsx']],
    [['compare', 'last']],
    [['compare', 'a', 'b', 'c']],
    [['compare', 'a', 'b', '--fix', '--out', 'y']],
    [['compare', 'a', 'b', '--top', '3']],
    [['check', 'x', '--settings']],
    [['rules', 'forms']],
    [['rules', '--library', 'org.json']],
    [['rules', '--report', 'r.xlsx']],
  ])('refuses %j', (argv) => expect(() => parseArgs(argv)).toThrow(UsageError));

  it('takes the default language from the locale', () => {
    expect(defaultLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(defaultLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(defaultLang({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(defaultLang({})).toBe('zh-CN');
  });
});
