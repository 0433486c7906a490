// The production manifest of `npm run build` (scripts/build-manifest.mjs): every URL moved to ADDIN_BASE_URL, https
// only, the version from package.json; written to a temporary file here, never into the shared dist/.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  DEV_BASE,
  ROOT,
  elements,
  manifestText,
  parseXml,
  runScript,
  tempDir,
  urlAttributes,
  writeTemp,
  type ScriptRun,
} from './support';

const packageVersion: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

function build(env: Record<string, string | undefined>, source?: string): ScriptRun & { out: string; text: string } {
  const out = join(tempDir(), 'manifest.xml');
  const args = ['--out', out, ...(source ? ['--source', source] : [])];
  const run = runScript('build-manifest.mjs', args, {
    ADDIN_BASE_URL: undefined,
    ADDIN_SUPPORT_URL: undefined,
    ...env,
  });
  return { ...run, out, text: existsSync(out) ? readFileSync(out, 'utf8') : '' };
}

const attribute = (text: string, element: string, name = 'DefaultValue') =>
  elements(parseXml(text), element).map((e) => e.getAttribute(name));

describe('npm run build: dist/manifest.xml for ADDIN_BASE_URL', () => {
  const base = 'https://addins.example.gov.cn/jixiao/';
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build({ ADDIN_BASE_URL: 'https://addins.example.gov.cn/jixiao' });
  });

  it('builds without complaint', () => {
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toContain(`add-in at ${base}taskpane.html, version ${packageVersion}.0`);
  });

  it('moves every URL of the manifest to the base, and nothing is left pointing at localhost', () => {
    const source = urlAttributes(parseXml(manifestText()));
    const urls = urlAttributes(parseXml(built.text));
    // IconUrl, HighResolutionIconUrl, SupportUrl, SourceLocation, three ribbon images, two resource URLs.
    expect(source.length).toBeGreaterThanOrEqual(9);
    expect(urls).toEqual(source.map((url) => url.replace(DEV_BASE, base)));
    expect(urls.every((url) => url.startsWith(base))).toBe(true);
    expect(built.text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('points the task pane, the ribbon button and the support page at the deployed files', () => {
    expect(attribute(built.text, 'SourceLocation').filter(Boolean)).toEqual([`${base}taskpane.html`]);
    expect(attribute(built.text, 'Url')).toEqual([`${base}taskpane.html`, `${base}demo.html`]);
    expect(attribute(built.text, 'SupportUrl')).toEqual([`${base}demo.html`]);
    expect(attribute(built.text, 'IconUrl')).toEqual([`${base}assets/icon-32.png`]);
  });

  it("takes the version from package.json, as Office's four-part number", () => {
    expect(elements(parseXml(built.text), 'Version')[0]?.textContent).toBe(`${packageVersion}.0`);
  });

  it('changes nothing but the URLs and the version', () => {
    const normalise = (text: string) =>
      text
        .split(base)
        .join(DEV_BASE)
        .replace(/<Version>[^<]*<\/Version>/, '<Version/>');
    expect(normalise(built.text)).toBe(normalise(manifestText()));
  });

  it('writes a manifest that `npm run validate` passes', () => {
    const run = runScript('validate-manifest.mjs', [built.out]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('localhost');
  });
});

describe('ADDIN_BASE_URL normalisation', () => {
  it.each([
    ['https://addins.example.gov.cn/jixiao', 'https://addins.example.gov.cn/jixiao/'],
    ['https://addins.example.gov.cn/jixiao/', 'https://addins.example.gov.cn/jixiao/'],
    ['https://addins.example.gov.cn/jixiao//', 'https://addins.example.gov.cn/jixiao/'],
    ['  https://ADDINS.example.gov.cn:8443/a/b ', 'https://addins.example.gov.cn:8443/a/b/'],
    ['https://addins.example.gov.cn', 'https://addins.example.gov.cn/'],
  ])('%j → %s', (raw, base) => {
    const run = build({ ADDIN_BASE_URL: raw });
    expect(run.status).toBe(0);
    expect(attribute(run.text, 'SourceLocation').filter(Boolean)).toEqual([`${base}taskpane.html`]);
  });
});

describe('refused base URLs', () => {
  it.each([
    ['http://addins.example.gov.cn/jixiao/', /必须以 https:\/\/ 开头.*\n.*must start with https:\/\//],
    ['ftp://addins.example.gov.cn/jixiao/', /must start with https:\/\//],
    ['addins.example.gov.cn/jixiao', /不是完整的网址.*\n.*is not an absolute URL/],
    ['https://addins.example.gov.cn/jixiao/?v=2', /不能带查询参数或 #.*\n.*must not have a query or a fragment/],
    ['https://addins.example.gov.cn/jixiao/#top', /must not have a query or a fragment/],
    ['https://admin:secret@addins.example.gov.cn/jixiao/', /must not contain a user name or password/],
  ])('%s', (raw, message) => {
    const run = build({ ADDIN_BASE_URL: raw });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(run.out)).toBe(false);
  });

  it('refuses a non-https ADDIN_SUPPORT_URL too', () => {
    const run = build({ ADDIN_BASE_URL: 'https://a.example/', ADDIN_SUPPORT_URL: 'http://it.example/help' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ADDIN_SUPPORT_URL must start with https:\/\//);
  });
});

describe('without ADDIN_BASE_URL', () => {
  it('keeps the dev server and warns that the manifest points at localhost', () => {
    const run = build({});
    expect(run.status).toBe(0);
    expect(attribute(run.text, 'SourceLocation').filter(Boolean)).toEqual([`${DEV_BASE}taskpane.html`]);
    expect(run.stderr).toContain('警告');
    expect(run.stderr).toMatch(
      /Warning: .* points at https:\/\/localhost:3000\/, which works for local debugging only/,
    );
    expect(run.stderr).toContain('ADDIN_BASE_URL=https://server/path/ npm run build');
  });
});

describe('ADDIN_SUPPORT_URL', () => {
  it("points SupportUrl at the organisation's helpdesk, escaped for XML, and leaves the rest under the base", () => {
    const run = build({ ADDIN_BASE_URL: 'https://a.example/x/', ADDIN_SUPPORT_URL: 'https://it.example/help?a=1&b=2' });
    expect(run.status).toBe(0);
    expect(run.text).toContain('<SupportUrl DefaultValue="https://it.example/help?a=1&amp;b=2"/>');
    expect(attribute(run.text, 'SupportUrl')).toEqual(['https://it.example/help?a=1&b=2']);
    expect(attribute(run.text, 'LearnMoreUrl', 'resid')).toEqual(['Help.Url', 'Help.Url']);
    expect(attribute(run.text, 'Url')).toEqual(['https://a.example/x/taskpane.html', 'https://a.example/x/demo.html']);
  });
});

describe('a manifest URL written against another server', () => {
  it('is refused rather than left behind', () => {
    const source = writeTemp(
      tempDir(),
      'manifest.xml',
      manifestText().replace(`${DEV_BASE}assets/icon-64.png`, 'https://localhost:3001/assets/icon-64.png'),
    );
    const run = build({ ADDIN_BASE_URL: 'https://a.example/x/' }, source);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not under https:\/\/localhost:3000\/.*https:\/\/localhost:3001\/assets\/icon-64\.png/);
    expect(existsSync(run.out)).toBe(false);
  });
});
