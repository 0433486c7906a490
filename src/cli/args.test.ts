import { defaultLang, parseArgs, UsageError } from './args';

/** What `check` parses to: the defaults, with what the case sets. */
const checkOptions = (set: Record<string, unknown>) => ({
  command: 'check',
  format: 'text',
  lang: 'zh-CN',
  out: null,
  fix: false,
  comments: false,
  library: null,
  settings: null,
  report: null,
  includeIgnored: false,
  lastYear: true,
  ...set,
});

describe('parseArgs', () => {
  it.each([
    [['check', 'a.docx'], checkOptions({ paths: ['a.docx'] })],
    [
      ['check', 'a', 'b', '--format=json', '--lang', 'en'],
      checkOptions({ paths: ['a', 'b'], format: 'json', lang: 'en' }),
    ],
    [['check', 'a', '--library', 'org.xlsx'], checkOptions({ paths: ['a'], library: 'org.xlsx' })],
    [
      ['suggest', 'a.docx'],
      {
        command: 'suggest',
        paths: ['a.docx'],
        format: 'text',
        lang: 'zh-CN',
        library: null,
        settings: null,
        top: 10,
        report: null,
        types: [],
      },
    ],
    [
      ['suggest', 'a', '--top=3', '--library=org.json', '--format', 'json', '--report', '建议.xlsx'],
      {
        command: 'suggest',
        paths: ['a'],
        format: 'json',
        lang: 'zh-CN',
        library: 'org.json',
        settings: null,
        top: 3,
        report: '建议.xlsx',
        types: [],
      },
    ],
    [
      ['suggest', 'a', '--type', '运维，政府购买服务'],
      expect.objectContaining({ command: 'suggest', types: ['运维', '政府购买服务'] }),
    ],
    [['suggest', 'a', '--type=training'], expect.objectContaining({ types: ['training'] })],
    [['check', 'forms', '--report', '审核意见.XLSX'], checkOptions({ paths: ['forms'], report: '审核意见.XLSX' })],
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
        report: null,
        includeIgnored: false,
      },
    ],
    [
      ['compare', '2023', '2024', '--report', '比较.xlsx'],
      {
        command: 'compare',
        previous: '2023',
        current: '2024',
        format: 'text',
        lang: 'zh-CN',
        library: null,
        settings: null,
        report: '比较.xlsx',
        includeIgnored: false,
      },
    ],
    [['compare', 'a', 'b', '--include-ignored'], expect.objectContaining({ command: 'compare', includeIgnored: true })],
    [['compare', '2025'], expect.objectContaining({ command: 'compare', previous: null, current: '2025' })],
    [
      ['check', 'forms', '--settings', 'jixiao-settings.json'],
      checkOptions({ paths: ['forms'], settings: 'jixiao-settings.json' }),
    ],
    [['rules'], { command: 'rules', format: 'text', lang: 'zh-CN', settings: null }],
    [
      ['rules', '--settings=口径.json', '--format', 'json', '--lang', 'en'],
      { command: 'rules', format: 'json', lang: 'en', settings: '口径.json' },
    ],
    [[], { command: 'help', lang: 'zh-CN' }],
    [['check', '-h'], { command: 'help', lang: 'zh-CN' }],
    [['--version'], { command: 'version' }],
    [['check', 'a', '--fix', '--out', 'fixed'], checkOptions({ paths: ['a'], out: 'fixed', fix: true })],
    [['check', 'a', '--comments', '--out', '退回'], checkOptions({ paths: ['a'], out: '退回', comments: true })],
    [
      ['check', 'a', '--fix', '--comments', '--out=退回'],
      checkOptions({ paths: ['a'], out: '退回', fix: true, comments: true }),
    ],
    [['check', 'a', '--include-ignored'], checkOptions({ paths: ['a'], includeIgnored: true })],
    [['check', 'a', '--no-last-year'], checkOptions({ paths: ['a'], lastYear: false })],
    // After `--`, files and folders only, whatever they are called.
    [['check', '--', '-name.docx'], checkOptions({ paths: ['-name.docx'] })],
    [['check', 'a', '--', '--fix', '--'], checkOptions({ paths: ['a', '--fix', '--'] })],
    // A value that begins with -- given after `=` is what was meant.
    [['check', 'a', '--comments', '--out=--退回'], checkOptions({ paths: ['a'], out: '--退回', comments: true })],
  ] as const)('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  it.each([
    [['check']],
    [['check', 'x', '--lang', 'fr']],
    [['check', 'x', '--format']],
    [['check', 'x', '--bogus']],
    [['scan', 'x']],
    [['suggest']],
    [['suggest', 'x', '--fix', '--out', 'y']],
    [['suggest', 'x', '--comments', '--out', 'y']],
    [['check', 'x', '--comments']],
    [['check', 'x', '--out', 'y']],
    [['compare', 'a', 'b', '--comments', '--out', 'y']],
    [['suggest', 'x', '--top', '0']],
    [['suggest', 'x', '--top', '2.5']],
    [['suggest', 'x', '--top', '101']],
    [['check', 'x', '--top', '3']],
    [['check', 'x', '--library']],
    [['check', 'x', '--report']],
    [['check', 'x', '--report', '审核意见.csv']],
    [['suggest', 'x', '--report', '建议.csv']],
    [['compare', 'a', 'b', 'c']],
    [['compare', 'a', 'b', '--fix', '--out', 'y']],
    [['compare', 'a', 'b', '--top', '3']],
    [['compare', 'a', 'b', '--type', '培训']],
    [['check', 'x', '--type', '培训']],
    [['rules', '--type', '培训']],
    [['suggest', 'x', '--type']],
    [['suggest', 'x', '--type', '培训,']],
    [['suggest', 'x', '--type', '培训,会议,运维']],
    [['compare', 'a', 'b', '--report', '比较.csv']],
    [['check', 'x', '--settings']],
    [['rules', 'forms']],
    [['rules', '--library', 'org.json']],
    [['rules', '--report', 'r.xlsx']],
    [['suggest', 'x', '--include-ignored']],
    [['rules', '--include-ignored']],
    [['suggest', 'x', '--no-last-year']],
    [['compare', 'a', 'b', '--no-last-year']],
    [['rules', '--no-last-year']],
  ])('refuses %j', (argv) => expect(() => parseArgs(argv)).toThrow(UsageError));

  it.each([
    [['check', 's', '--comments', '--out', '--format', 'json'], '--out', '--format'],
    [['check', 's', '--library', '--lang', 'en'], '--library', '--lang'],
    [['suggest', 's', '--type', '--top', '3'], '--type', '--top'],
    [['compare', 'a', 'b', '--report', '--format', 'json'], '--report', '--format'],
  ])('refuses %j: an option is not the value of the one before it', (argv, option, next) =>
    expect(() => parseArgs(argv)).toThrow(`${option} needs a value, not the option ${next}`),
  );

  it('takes the default language from the locale', () => {
    expect(defaultLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(defaultLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(defaultLang({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(defaultLang({})).toBe('zh-CN');
  });
});
