// The production build as deployed: no eval, no URL outside the pane's own origin and the office.js location,
// a Content-Security-Policy that says so, and the IE11 message in place (docs/deployment.md).
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DIST } from './static-server';

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Strings that look like URLs but are never requested: XML namespace names (SVG/MathML in React DOM, OOXML in
 * the Word host), JSON Schema dialect names (`$schema` values in zod's schema export) and the address React
 * prints inside its minified error messages.
 */
const IDENTIFIERS = [
  /^http:\/\/www\.w3\.org\//,
  /^https?:\/\/json-schema\.org\//,
  /^http:\/\/schemas\.openxmlformats\.org\//,
  /^http:\/\/schemas\.microsoft\.com\//,
  /^https:\/\/react\.dev\/errors\/$/,
];

const shipped = (extension: string) =>
  readdirSync(DIST)
    .filter((f) => f.endsWith(extension))
    .map((f) => ({ file: f, text: readFileSync(join(DIST, f), 'utf8') }));

describe('the production build', () => {
  const scripts = shipped('.js');
  const pages = shipped('.html');

  it('has scripts and pages to check', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(pages.map((p) => p.file).sort()).toEqual(['demo.html', 'taskpane.html']);
  });

  it('contains no eval and no Function constructor, called directly or through an alias', () => {
    // `new Function(…)`, `Function(…)`, and aliases such as `const F = Function` / `e=Function,` (minified zod).
    const evalLike = /\beval\s*\(|(^|[^.\w$])Function\s*[(,;)]|=\s*Function\b/;
    const offending = scripts
      .filter(({ text }) => evalLike.test(text))
      .map((s) => `${s.file}: ${evalLike.exec(s.text)![0]}`);
    expect(offending).toEqual([]);
  });

  it('names no URL outside its own origin but the office.js location', () => {
    const urls = [...scripts, ...pages].flatMap(({ file, text }) =>
      [...text.matchAll(/https?:\/\/[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+[^\s"'`<>()\\]*/g)].map((m) => ({
        file,
        url: m[0].replace(/[;,.]+$/, ''),
      })),
    );
    const office = [OFFICE_JS_CDN, new URL(OFFICE_JS_CDN).origin]; // the script, and its origin in the CSP
    const foreign = urls.filter(({ url }) => !office.includes(url) && !IDENTIFIERS.some((id) => id.test(url)));
    expect(foreign).toEqual([]);
  });

  it('sends a Content-Security-Policy: scripts only from itself and the office.js origin, no eval', () => {
    const policy = (page: string) => {
      const html = pages.find((p) => p.file === page)!.text;
      const match = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
      return new Map(
        match![1]!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...v]) => [name!, v]),
      );
    };
    const pane = policy('taskpane.html');
    expect(pane.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(pane.get('default-src')).toEqual(["'self'"]);
    expect(pane.get('object-src')).toEqual(["'none'"]);
    const demo = policy('demo.html');
    expect(demo.get('script-src')).toEqual(["'self'"]);
    for (const directives of [pane, demo])
      expect([...directives.values()].flat()).not.toEqual(expect.arrayContaining(["'unsafe-eval'"]));
  });

  it('loads the IE11 check before office.js and the bundle', () => {
    const html = pages.find((p) => p.file === 'taskpane.html')!.text;
    const order = ['browser-check.js', OFFICE_JS_CDN, 'taskpane.'].map((s) => html.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
