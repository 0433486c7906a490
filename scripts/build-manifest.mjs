// Writes the production manifest, dist/manifest.xml: every URL of manifest/manifest.xml moved from the dev server to
// ADDIN_BASE_URL (the folder dist/ is served from), the version from package.json; then checks it like `npm run validate`.
// Usage: ADDIN_BASE_URL=https://server/path/ [ADDIN_SUPPORT_URL=https://…] node scripts/build-manifest.mjs [--source F] [--out F]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkManifest, formatProblem, parseManifest, pointsAtLocalhost, urlValues } from './validate-manifest.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The base every URL in manifest/manifest.xml is written against: `npm start`'s dev server. */
export const DEV_BASE = 'https://localhost:3000/';

class RefusedError extends Error {
  constructor(zh, en) {
    super(`${zh}\n${en}`);
  }
}

/** An absolute https URL, or a refusal naming the variable it came from. */
export function httpsUrl(raw, variable) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new RefusedError(
      `${variable}“${raw}”不是完整的网址，请写成 https://服务器/路径/`,
      `${variable} "${raw}" is not an absolute URL; write it as https://server/path/`,
    );
  }
  if (url.protocol !== 'https:')
    throw new RefusedError(
      `${variable} 必须以 https:// 开头（Office 只通过 HTTPS 加载加载项）：${raw}`,
      `${variable} must start with https:// (Office loads add-ins over HTTPS only): ${raw}`,
    );
  if (url.username || url.password)
    throw new RefusedError(`${variable} 不能包含用户名或密码`, `${variable} must not contain a user name or password`);
  return url;
}

/** The base URL as Office needs it: absolute https, no query or fragment, ending in exactly one slash. */
export function normaliseBaseUrl(raw) {
  const url = httpsUrl(raw, 'ADDIN_BASE_URL');
  if (url.search || url.hash || raw.includes('?') || raw.includes('#'))
    throw new RefusedError(
      `ADDIN_BASE_URL 不能带查询参数或 #：${raw}`,
      `ADDIN_BASE_URL must not have a query or a fragment: ${raw}`,
    );
  url.pathname = url.pathname.replace(/\/*$/, '/');
  return url.href;
}

/** package.json's x.y.z as Office's four-part version x.y.z.0 (a pre-release suffix is dropped). */
export function officeVersion(packageVersion) {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})/.exec(packageVersion);
  if (!match) throw new RefusedError(`无法识别版本号 ${packageVersion}`, `cannot read version ${packageVersion}`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The manifest text with the dev base replaced, the support URL and version set. Pure text edits: layout stays. */
export function rewriteManifest(text, { base, supportUrl, version }) {
  let out = text.split(DEV_BASE).join(escapeXml(base));
  if (supportUrl) out = out.replace(/(<SupportUrl\s+DefaultValue=")[^"]*"/, `$1${escapeXml(supportUrl)}"`);
  if (version) out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  return out;
}

/** URLs of the rewritten manifest that did not end up under the base (a URL written against another server). */
function strayUrls(text, base, supportUrl) {
  return urlValues(parseManifest(text)).filter(
    ({ name, value }) =>
      name !== 'AppDomain' && !value.startsWith(base) && !(name === 'SupportUrl' && value === supportUrl),
  );
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : fallback;
}

async function main(args) {
  const source = option(args, '--source', join(ROOT, 'manifest', 'manifest.xml'));
  const out = option(args, '--out', join(ROOT, 'dist', 'manifest.xml'));
  const shown = relative(process.cwd(), out) || out;
  const base = normaliseBaseUrl(process.env.ADDIN_BASE_URL || DEV_BASE);
  const supportUrl = process.env.ADDIN_SUPPORT_URL
    ? httpsUrl(process.env.ADDIN_SUPPORT_URL, 'ADDIN_SUPPORT_URL').href
    : undefined;
  const version = officeVersion(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  const text = rewriteManifest(readFileSync(source, 'utf8'), { base, supportUrl, version });

  const stray = strayUrls(text, base, supportUrl);
  if (stray.length)
    throw new RefusedError(
      `清单中这些地址不在 ${DEV_BASE} 下，无法改到 ${base}：${stray.map((u) => u.value).join('，')}`,
      `these manifest URLs are not under ${DEV_BASE}, so they cannot be moved to ${base}: ${stray.map((u) => u.value).join(', ')}`,
    );
  const problems = await checkManifest(text, out);
  if (problems.length) {
    for (const p of problems) console.error(formatProblem(shown, p));
    throw new RefusedError(`${shown} 未写出：清单有误`, `${shown} not written: the manifest has problems`);
  }

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`${shown}：加载项地址 ${base}taskpane.html，版本 ${version}`);
  console.log(`${shown}: add-in at ${base}taskpane.html, version ${version}`);
  if (pointsAtLocalhost(text))
    console.warn(
      `警告：${shown} 指向 ${base}，只能在本机调试。部署前请设置服务器地址重新构建：ADDIN_BASE_URL=https://服务器/路径/ npm run build\n` +
        `Warning: ${shown} points at ${base}, which works for local debugging only. For deployment rebuild with the server's address: ADDIN_BASE_URL=https://server/path/ npm run build`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(
      error instanceof RefusedError ? error.message : `清单构建失败 / manifest build failed: ${error.stack}`,
    );
    process.exitCode = error instanceof RefusedError ? 1 : 2;
  });
}
