// `npm run validate` (scripts/validate-manifest.mjs): passes the real manifest, and fails deliberately broken copies
// with the XSD's or the project rule's message — XSD order and required elements, and the rules no XSD can express.
import { manifestText, runScript, tempDir, writeTemp, type ScriptRun } from './support';

/** Replaces `from` (which must occur) with `to`: a mutation that silently changed nothing would make a case vacuous. */
function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

const SUPPORT_URL = '  <SupportUrl DefaultValue="https://localhost:3000/demo.html"/>\n';
const REQUIREMENTS = (sets: string) =>
  `  <Requirements>\n    <Sets DefaultMinVersion="1.1">${sets}</Sets>\n  </Requirements>\n  <DefaultSettings>`;

interface BrokenCase {
  name: string;
  mutate: (text: string) => string;
  rule: string;
  message: RegExp;
  /** True when the XSDs accept the copy, i.e. only the project's own rule can catch it. */
  xsdAccepts?: boolean;
}

const cases: BrokenCase[] = [
  {
    name: 'wrong element order (SupportUrl before IconUrl)',
    mutate: (t) => edit(edit(t, SUPPORT_URL, ''), '  <IconUrl', `${SUPPORT_URL}  <IconUrl`),
    rule: 'xsd',
    message: /元素顺序不对.*wrong order or wrong parent.*Element 'IconUrl': This element is not expected/,
  },
  {
    name: 'required element missing (DefaultSettings)',
    mutate: (t) => t.replace(/ {2}<DefaultSettings>[\s\S]*?<\/DefaultSettings>\n/, ''),
    rule: 'xsd',
    message: /Element 'Permissions': This element is not expected\. Expected is .*DefaultSettings/,
  },
  {
    name: 'SupportUrl missing',
    mutate: (t) => edit(t, SUPPORT_URL, ''),
    rule: 'support-url',
    message: /缺少 <SupportUrl>.*missing <SupportUrl>/,
    xsdAccepts: true,
  },
  {
    name: 'WordApi and ExcelApi both in the base Requirements',
    mutate: (t) =>
      edit(t, '  <DefaultSettings>', REQUIREMENTS('<Set Name="WordApi" MinVersion="1.3"/><Set Name="ExcelApi"/>')),
    rule: 'requirements-host',
    message: /同时要求 WordApi \+ ExcelApi.*无处安装.*asks for WordApi \+ ExcelApi together.*install nowhere/,
    xsdAccepts: true,
  },
  {
    name: 'WordApi alone in the base Requirements while Excel is listed',
    mutate: (t) => edit(t, '  <DefaultSettings>', REQUIREMENTS('<Set Name="WordApi" MinVersion="1.3"/>')),
    rule: 'requirements-host',
    message: /要求 WordApi，但清单还列出了 Excel.*asks for WordApi, but the manifest also lists Excel/,
    xsdAccepts: true,
  },
  {
    name: 'http:// task pane URL',
    mutate: (t) =>
      edit(
        t,
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
      ),
    rule: 'https-url',
    message:
      /<SourceLocation> 必须是以 https:\/\/ 开头.*must be an absolute https:\/\/ URL.*"http:\/\/localhost:3000\/taskpane\.html"/,
    xsdAccepts: true,
  },
  {
    name: 'relative icon URL',
    mutate: (t) => edit(t, 'https://localhost:3000/assets/icon-32.png"/>\n  <High', 'assets/icon-32.png"/>\n  <High'),
    rule: 'https-url',
    message: /<IconUrl> .*"assets\/icon-32\.png"/,
    xsdAccepts: true,
  },
  {
    name: 'http:// URL in a ribbon resource',
    mutate: (t) =>
      edit(
        t,
        'DefaultValue="https://localhost:3000/demo.html"/>\n      </bt:Urls>',
        'DefaultValue="http://x.cn/"/>\n      </bt:Urls>',
      ),
    rule: 'https-url',
    message: /<Url> .*"http:\/\/x\.cn\/"/,
    xsdAccepts: true,
  },
  {
    name: 'resid that names no resource',
    mutate: (t) => edit(t, '<Label resid="Button.Label"/>', '<Label resid="Button.Lable"/>'),
    rule: 'resid',
    message: /<Label resid="Button\.Lable"> 在 <Resources> 的 <bt:ShortStrings> 中找不到/,
    xsdAccepts: true,
  },
  {
    name: 'ribbon string without a zh-cn override',
    mutate: (t) => edit(t, '\n          <bt:Override Locale="zh-cn" Value="绩效目标"/>', ''),
    rule: 'locale-overrides',
    message:
      /字符串资源“Group\.Label” ?缺少 Locale="zh-cn".*string resource "Group\.Label" has no <Override Locale="zh-cn">/,
    xsdAccepts: true,
  },
  {
    name: 'DisplayName without a zh-cn override',
    mutate: (t) => edit(t, '\n    <Override Locale="zh-cn" Value="绩效目标申报助手"/>', ''),
    rule: 'locale-overrides',
    message: /<DisplayName> 缺少 Locale="zh-cn"/,
    xsdAccepts: true,
  },
  {
    name: 'override for the default locale',
    mutate: (t) =>
      edit(
        t,
        '<DisplayName DefaultValue="Performance Target Assistant">',
        '<DisplayName DefaultValue="Performance Target Assistant">\n    <Override Locale="en-US" Value="PTA"/>',
      ),
    rule: 'locale-overrides',
    message: /默认语言 en-us.*default locale en-us/,
    xsdAccepts: true,
  },
  {
    name: 'ribbon icon of the wrong pixel size',
    mutate: (t) =>
      edit(
        t,
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
      ),
    rule: 'icons',
    message: /assets\/icon-64\.png 是 64×64 像素，应为 80×80.*is 64×64 pixels; it must be 80×80/,
    xsdAccepts: true,
  },
  {
    name: 'missing icon file',
    mutate: (t) => edit(t, 'assets/icon-64.png"/>', 'assets/icon-128.png"/>'),
    rule: 'icons',
    message: /找不到 <HighResolutionIconUrl> 引用的图标文件 assets\/icon-128\.png/,
    xsdAccepts: true,
  },
  {
    name: 'ribbon icon without the 80 px size',
    mutate: (t) => edit(t, '\n                  <bt:Image size="80" resid="Icon.80x80"/>', ''),
    rule: 'icons',
    message: /功能区图标缺少 80 像素.*lacks size 80/,
    xsdAccepts: true,
  },
  {
    name: 'not well-formed XML',
    mutate: (t) => edit(t, '  </Hosts>\n  <!--', '  <!--'),
    rule: 'xml',
    message: /不是格式正确的 XML \/ not well-formed XML: Opening and ending tag mismatch/,
  },
];

describe('npm run validate', () => {
  it('passes manifest/manifest.xml, with a one-line summary', () => {
    const run = runScript('validate-manifest.mjs', ['manifest/manifest.xml']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('manifest/manifest.xml: 通过微软清单架构（XSD）和项目规则');
    expect(run.stdout).toContain(
      'Performance Target Assistant / 绩效目标申报助手 · 版本 version 0.1.0.0 · Word, Excel',
    );
  });

  it('exits 1 on a broken manifest and 2 on a file it cannot read', () => {
    const dir = tempDir();
    const broken = writeTemp(dir, 'broken.xml', edit(manifestText(), SUPPORT_URL, ''));
    expect(runScript('validate-manifest.mjs', [broken]).status).toBe(1);
    expect(runScript('validate-manifest.mjs', [`${dir}/absent.xml`])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('无法读取 / cannot read'),
    });
  });

  describe('fails deliberately broken copies', () => {
    // One run over all the copies (each run starts a WebAssembly libxml2): the lines are prefixed by file name.
    let run: ScriptRun;
    const file = (i: number) => `broken-${String(i).padStart(2, '0')}.xml`;
    const linesOf = (i: number) => run.stderr.split('\n').filter((line) => line.includes(`/${file(i)}:`));

    beforeAll(() => {
      const dir = tempDir();
      const original = manifestText();
      const paths = cases.map(({ mutate }, i) => writeTemp(dir, file(i), mutate(original)));
      run = runScript('validate-manifest.mjs', paths);
    });

    it('exits 1 and passes none of them', () => {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
    });

    it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
      const { rule, message, xsdAccepts } = cases[i]!;
      const lines = linesOf(i);
      expect(lines.filter((line) => line.endsWith(`[${rule}]`)).join('\n')).toMatch(message);
      if (xsdAccepts) expect(lines.filter((line) => line.endsWith('[xsd]'))).toEqual([]);
    });
  });
});
