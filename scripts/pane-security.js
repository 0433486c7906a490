// Where the task pane loads office.js from, and the Content-Security-Policy that follows from it (webpack.config.js
// uses both; docs/deployment.md explains the settings to administrators).
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Where the pane loads office.js from (docs/deployment.md): Microsoft's CDN by default; `OFFICE_JS_URL=…` for
 * another copy (the 21Vianet CDN, an intranet server); `OFFICE_JS=self` ships @microsoft/office-js inside dist/
 * for networks without internet access.
 */
function officeJs(env) {
  if (env.OFFICE_JS === 'self') return { url: 'office-js/office.js', origin: null, selfHosted: true };
  const url = env.OFFICE_JS_URL || OFFICE_JS_CDN;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:')
    throw new Error(`OFFICE_JS_URL must be https (Office loads add-ins over HTTPS only): ${url}`);
  return { url, origin: parsed.origin, selfHosted: false };
}

/**
 * The pane's Content-Security-Policy: scripts only from itself and the office.js location, no eval, no requests
 * elsewhere. Styles allow inline rules because Fluent's CSS-in-JS (Griffel) inserts them at run time; a style
 * cannot run code.
 */
function contentSecurityPolicy(scriptOrigin) {
  const scripts = ["'self'", ...(scriptOrigin ? [scriptOrigin] : [])].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `connect-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = { OFFICE_JS_CDN, officeJs, contentSecurityPolicy };
