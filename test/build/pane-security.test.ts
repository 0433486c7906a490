// The office.js settings of the build (docs/deployment.md) and the CSP each one produces.
import { existsSync } from 'fs';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_CDN, officeJs, contentSecurityPolicy } = require('../../scripts/pane-security') as {
  OFFICE_JS_CDN: string;
  officeJs: (env: Record<string, string | undefined>) => { url: string; origin: string | null; selfHosted: boolean };
  contentSecurityPolicy: (origin: string | null) => string;
};

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

describe('office.js location', () => {
  it.each([
    ['Microsoft’s CDN by default', {}, OFFICE_JS_CDN, 'https://appsforoffice.microsoft.com', false],
    [
      'the 21Vianet CDN in China',
      { OFFICE_JS_URL: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js' },
      'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
      'https://appsforoffice.cdn.partner.office365.cn',
      false,
    ],
    ['a copy inside the build', { OFFICE_JS: 'self' }, 'office-js/office.js', null, true],
  ])('%s', (_name, env, url, origin, selfHosted) => {
    expect(officeJs(env)).toEqual({ url, origin, selfHosted });
  });

  it('refuses a plain-http office.js, which Office would not load', () => {
    expect(() => officeJs({ OFFICE_JS_URL: 'http://intranet/office.js' })).toThrow(/https/);
  });

  it('has the package to self-host installed (its dist/ is what the build copies)', () => {
    expect(
      existsSync(join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js')),
    ).toBe(true);
  });
});

describe('Content-Security-Policy', () => {
  it('lets scripts come only from the pane and the office.js origin, and never allows eval', () => {
    const policy = contentSecurityPolicy('https://appsforoffice.microsoft.com');
    expect(directive(policy, 'script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|\*/);
  });

  it('allows only the pane itself when office.js is self-hosted', () => {
    const policy = contentSecurityPolicy(null);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
  });
});
