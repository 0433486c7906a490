// Checks add-in manifests offline: Microsoft's XSDs (manifest/schemas, run by libxml2 compiled to WebAssembly) plus
// the rules the XSDs cannot express. `npm run validate [file…]`; no network, so it works in CI and on closed networks.
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMAS = join(ROOT, 'manifest', 'schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
export const DEFAULT_MANIFESTS = ['manifest/manifest.xml', 'dist/manifest.xml'];

/** Locales every user-visible string must be translated into (the pane's users are Chinese). */
const REQUIRED_LOCALES = ['zh-cn'];
/** Elements whose DefaultValue (and Override Values) Office loads as a URL. */
const URL_ELEMENTS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url']);
/** Which <Resources> collection a resid must be found in, by the referring element. */
const RESOURCE_KIND = {
  Image: 'Images',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  FunctionFile: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};
const RIBBON_ICON_SIZES = [16, 32, 80];
const HOST_NAMES = { Document: 'Word', Workbook: 'Excel', Presentation: 'PowerPoint', Notebook: 'OneNote' };
/** API requirement sets that only one host implements: listing one hides the add-in from the other hosts. */
const HOST_OF_SET = [
  [/^WordApi/, 'Document'],
  [/^ExcelApi/, 'Workbook'],
  [/^PowerPointApi/, 'Presentation'],
  [/^OneNoteApi/, 'Notebook'],
  [/^Mailbox$/, 'Mailbox'],
];

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const SHORT_NAMESPACES = [
  ['{http://schemas.microsoft.com/office/officeappbasictypes/1.0}', 'bt:'],
  ['{http://schemas.microsoft.com/office/appforoffice/1.1}', ''],
  ['{http://schemas.microsoft.com/office/taskpaneappversionoverrides}', ''],
];

const problem = (line, rule, zh, en) => ({ line, rule, zh, en });

// ---------------------------------------------------------------- DOM helpers (namespace-blind: local names)

const childElements = (node) => [...node.childNodes].filter((n) => n.nodeType === 1);
const child = (node, name) => childElements(node).find((n) => n.localName === name);
const children = (node, name) => childElements(node).filter((n) => n.localName === name);
const descendants = (node, name) => [...node.getElementsByTagName('*')].filter((n) => !name || n.localName === name);
const xsiType = (element) => element.getAttributeNS(XSI, 'type') || element.getAttribute('xsi:type');

/** Parses manifest text; null when it is not well-formed (the XSD step reports why). */
export function parseManifest(text) {
  try {
    return new DOMParser({ onError: () => {} }).parseFromString(text, 'text/xml');
  } catch {
    return null;
  }
}

/** Every URL Office will load, with the element that holds it: DefaultValues and their locale Overrides. */
export function urlValues(doc) {
  const values = [];
  for (const element of descendants(doc.documentElement)) {
    if (!URL_ELEMENTS.has(element.localName) || !element.hasAttribute('DefaultValue')) continue;
    values.push({ element, name: element.localName, value: element.getAttribute('DefaultValue') });
    for (const override of children(element, 'Override'))
      values.push({ element: override, name: element.localName, value: override.getAttribute('Value') });
  }
  for (const domain of descendants(doc.documentElement, 'AppDomain'))
    values.push({ element: domain, name: 'AppDomain', value: domain.textContent.trim() });
  return values;
}

/** The folder the task pane is served from: DefaultSettings/SourceLocation without its file name. */
export function manifestBase(doc) {
  const settings = child(doc.documentElement, 'DefaultSettings');
  const source = settings && child(settings, 'SourceLocation')?.getAttribute('DefaultValue');
  try {
    return source ? new URL('.', source).href : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- project rules

function supportUrlRule(doc) {
  if (child(doc.documentElement, 'SupportUrl')) return [];
  return [
    problem(
      doc.documentElement.lineNumber,
      'support-url',
      '缺少 <SupportUrl>：微软的清单校验和应用商店都要求提供支持页面（XSD 1.1 虽将其列为可选）',
      "missing <SupportUrl>: Microsoft's manifest validation and AppSource require a support page (XSD 1.1 lists it as optional)",
    ),
  ];
}

function httpsRule(doc) {
  return urlValues(doc).flatMap(({ element, name, value }) => {
    if (name === 'AppDomain') {
      if (/^https:\/\//i.test(value)) return [];
      return [
        problem(
          element.lineNumber,
          'https-url',
          `<AppDomain> 必须以 https:// 开头（Office 只允许 HTTPS）：“${value}”`,
          `<AppDomain> must start with https:// (Office allows HTTPS only): "${value}"`,
        ),
      ];
    }
    if (isHttpsUrl(value)) return [];
    return [
      problem(
        element.lineNumber,
        'https-url',
        `<${name}> 必须是以 https:// 开头的完整网址（Office 只通过 HTTPS 加载加载项）：“${value}”`,
        `<${name}> must be an absolute https:// URL (Office loads add-ins over HTTPS only): "${value}"`,
      ),
    ];
  });
}

function isHttpsUrl(value) {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Host names an element's <Hosts> lists: base (Host Name="…") or VersionOverrides (Host xsi:type="…"). */
function listedHosts(scope) {
  const hosts = child(scope, 'Hosts');
  if (!hosts) return [];
  return children(hosts, 'Host').map((host) => host.getAttribute('Name') || xsiType(host));
}

function requirementsRule(doc) {
  const root = doc.documentElement;
  const scopes = [root, ...children(root, 'VersionOverrides')];
  return scopes.flatMap((scope) => {
    const requirements = child(scope, 'Requirements');
    if (!requirements) return [];
    const hosts = listedHosts(scope).length ? listedHosts(scope) : listedHosts(root);
    const sets = descendants(requirements, 'Set').map((set) => ({
      set,
      name: set.getAttribute('Name') ?? '',
      host: HOST_OF_SET.find(([pattern]) => pattern.test(set.getAttribute('Name') ?? ''))?.[1],
    }));
    const hostSpecific = sets.filter((s) => s.host);
    const distinctHosts = new Set(hostSpecific.map((s) => s.host));
    if (distinctHosts.size > 1) {
      const names = hostSpecific.map((s) => s.name).join(' + ');
      return [
        problem(
          requirements.lineNumber,
          'requirements-host',
          `<Requirements> 同时要求 ${names}：没有任何 Office 应用同时支持它们，加载项将无处安装。请删除这些要求，由任务窗格运行时用 isSetSupported 检查`,
          `<Requirements> asks for ${names} together: no Office application has them all, so the add-in would install nowhere. Remove them and let the task pane check with isSetSupported at run time`,
        ),
      ];
    }
    return hostSpecific.flatMap(({ set, name, host }) => {
      const others = hosts.filter((h) => h !== host).map((h) => HOST_NAMES[h] ?? h);
      if (!others.length) return [];
      return [
        problem(
          set.lineNumber,
          'requirements-host',
          `<Requirements> 要求 ${name}，但清单还列出了 ${others.join('、')}：这些应用不会安装本加载项`,
          `<Requirements> asks for ${name}, but the manifest also lists ${others.join(', ')}: those would not install the add-in`,
        ),
      ];
    });
  });
}

function residRule(doc) {
  const defined = {};
  for (const resources of descendants(doc.documentElement, 'Resources'))
    for (const collection of childElements(resources))
      for (const entry of childElements(collection))
        (defined[collection.localName] ??= new Set()).add(entry.getAttribute('id'));
  return descendants(doc.documentElement)
    .filter((element) => element.hasAttribute('resid'))
    .flatMap((element) => {
      const id = element.getAttribute('resid');
      const kind = RESOURCE_KIND[element.localName];
      if (!kind || defined[kind]?.has(id)) return [];
      return [
        problem(
          element.lineNumber,
          'resid',
          `<${element.localName} resid="${id}"> 在 <Resources> 的 <bt:${kind}> 中找不到：Office 会拒绝此清单`,
          `<${element.localName} resid="${id}"> is not defined in <Resources> <bt:${kind}>: Office would refuse the manifest`,
        ),
      ];
    });
}

function localeRule(doc) {
  const root = doc.documentElement;
  const defaultLocale = (child(root, 'DefaultLocale')?.textContent ?? '').trim().toLowerCase();
  const translatable = [
    ...['DisplayName', 'Description']
      .map((name) => child(root, name))
      .filter(Boolean)
      .map((element) => ({ element, zh: `<${element.localName}>`, en: `<${element.localName}>` })),
    ...['ShortStrings', 'LongStrings'].flatMap((collection) =>
      descendants(root, collection).flatMap((strings) =>
        children(strings, 'String').map((element) => ({
          element,
          zh: `字符串资源“${element.getAttribute('id')}”`,
          en: `string resource "${element.getAttribute('id')}"`,
        })),
      ),
    ),
  ];
  return translatable.flatMap(({ element, zh, en }) => {
    const locales = children(element, 'Override').map((o) => (o.getAttribute('Locale') ?? '').toLowerCase());
    const found = [];
    for (const locale of REQUIRED_LOCALES.filter((l) => !locales.includes(l)))
      found.push(
        problem(
          element.lineNumber,
          'locale-overrides',
          `${zh} 缺少 Locale="${locale}" 的 <Override>：中文版 Office 会显示英文`,
          `${en} has no <Override Locale="${locale}">: Chinese Office would show the English text`,
        ),
      );
    if (locales.includes(defaultLocale))
      found.push(
        problem(
          element.lineNumber,
          'locale-overrides',
          `${zh} 为默认语言 ${defaultLocale} 写了 <Override>：默认语言的文字只写在 DefaultValue 中`,
          `${en} has an <Override> for the default locale ${defaultLocale}: the default text belongs in DefaultValue only`,
        ),
      );
    for (const locale of new Set(locales.filter((l, i) => locales.indexOf(l) !== i)))
      found.push(
        problem(
          element.lineNumber,
          'locale-overrides',
          `${zh} 有多个 Locale="${locale}" 的 <Override>：每种语言只能写一个`,
          `${en} has more than one <Override Locale="${locale}">: one per language`,
        ),
      );
    return found;
  });
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
export function pngSize(path) {
  const header = Buffer.alloc(24);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 24, 0);
  } finally {
    closeSync(fd);
  }
  const signature = '89504e470d0a1a0a';
  if (header.subarray(0, 8).toString('hex') !== signature || header.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** The file on disk behind a URL under the manifest's base: beside the manifest (dist/) or in the repository. */
function localFile(url, base, manifestPath) {
  if (!base || !url.startsWith(base)) return null;
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
  const beside = join(dirname(manifestPath), rel);
  return { rel, path: existsSync(beside) ? beside : join(ROOT, rel) };
}

function iconRule(doc, manifestPath) {
  const root = doc.documentElement;
  const base = manifestBase(doc);
  const images = {};
  for (const image of descendants(root, 'Images').flatMap((c) => children(c, 'Image')))
    images[image.getAttribute('id')] = image.getAttribute('DefaultValue');
  const expectations = [
    ...['IconUrl', 'HighResolutionIconUrl'].flatMap((name) => {
      const element = child(root, name);
      const size = name === 'IconUrl' ? 32 : 64;
      return element ? [{ element, url: element.getAttribute('DefaultValue'), size }] : [];
    }),
    ...descendants(root, 'Icon').flatMap((icon) =>
      children(icon, 'Image').map((element) => ({
        element,
        url: images[element.getAttribute('resid')],
        size: Number(element.getAttribute('size')),
      })),
    ),
  ];
  const found = descendants(root, 'Icon').flatMap((icon) => {
    const sizes = children(icon, 'Image').map((image) => Number(image.getAttribute('size')));
    const missing = RIBBON_ICON_SIZES.filter((size) => !sizes.includes(size));
    if (!missing.length) return [];
    return [
      problem(
        icon.lineNumber,
        'icons',
        `功能区图标缺少 ${missing.join('、')} 像素的尺寸（Office 需要 16、32、80）`,
        `ribbon icon lacks size ${missing.join(', ')} (Office needs 16, 32 and 80)`,
      ),
    ];
  });
  for (const { element, url, size } of expectations) {
    const file = url && localFile(url, base, manifestPath);
    if (!file) continue; // not served from the add-in's own folder: nothing on disk to look at
    const where = `<${element.localName}>`;
    if (!existsSync(file.path)) {
      found.push(
        problem(
          element.lineNumber,
          'icons',
          `找不到 ${where} 引用的图标文件 ${file.rel}`,
          `icon file ${file.rel} referred to by ${where} does not exist`,
        ),
      );
      continue;
    }
    const actual = pngSize(file.path);
    if (!actual || actual.width !== size || actual.height !== size)
      found.push(
        problem(
          element.lineNumber,
          'icons',
          `${where} 引用的图标 ${file.rel} ${actual ? `是 ${actual.width}×${actual.height} 像素` : '不是 PNG 图片'}，应为 ${size}×${size} 的 PNG`,
          `icon ${file.rel} referred to by ${where} ${actual ? `is ${actual.width}×${actual.height} pixels` : 'is not a PNG'}; it must be ${size}×${size} pixels (PNG)`,
        ),
      );
  }
  return found;
}

// ---------------------------------------------------------------- XSD

let schemaFiles;
function schemas() {
  schemaFiles ??= readdirSync(SCHEMAS)
    .filter((name) => name.endsWith('.xsd'))
    .map((name) => ({ fileName: name, contents: readFileSync(join(SCHEMAS, name), 'utf8') }));
  return schemaFiles;
}

const shortenNamespaces = (message) =>
  SHORT_NAMESPACES.reduce((text, [long, short]) => text.split(long).join(short), message);

function xsdHint(message) {
  if (message.includes('This element is not expected'))
    return [
      '（元素顺序不对或放错了父元素，顺序以 XSD 为准）',
      ' (wrong order or wrong parent: the XSDs fix the order)',
    ];
  if (message.includes('Missing child element')) return ['（缺少必需的元素）', ' (a required element is missing)'];
  return ['', ''];
}

async function xsdProblems(text) {
  const all = schemas();
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: text }],
    schema: all.filter((s) => s.fileName === MAIN_SCHEMA),
    preload: all.filter((s) => s.fileName !== MAIN_SCHEMA),
  });
  // Lines without a location are libxml2 quoting the offending source line under a parser error.
  return result.errors
    .filter((error) => error.loc)
    .map((error) => {
      const message = shortenNamespaces(error.message.replace(/^.*?(Schemas validity error|parser error)\s*:\s*/, ''));
      if (error.message.includes('parser error'))
        return problem(error.loc.lineNumber, 'xml', '不是格式正确的 XML', `not well-formed XML: ${message}`);
      const [zh, en] = xsdHint(message);
      return problem(
        error.loc.lineNumber,
        'xsd',
        `不符合微软清单架构${zh}`,
        `not valid against Microsoft's manifest schema${en}: ${message}`,
      );
    });
}

// ---------------------------------------------------------------- checking one manifest

/**
 * All problems with a manifest's text: the XSDs first, then (when it parses) the project rules. `path` locates the
 * icons on disk.
 */
export async function checkManifest(text, path) {
  const found = await xsdProblems(text);
  const doc = parseManifest(text);
  if (!doc?.documentElement || found.some((p) => p.rule === 'xml')) return found;
  const rules = [supportUrlRule, httpsRule, requirementsRule, residRule, localeRule, iconRule];
  return [...found, ...rules.flatMap((rule) => rule(doc, path))];
}

export function formatProblem(file, { line, rule, zh, en }) {
  return `${file}${line ? `:${line}` : ''}: ${zh} / ${en} [${rule}]`;
}

/** One line about the add-in, like `office-addin-manifest info`: name, version, hosts, pane URL. */
export function summary(text) {
  const doc = parseManifest(text);
  const root = doc.documentElement;
  const name = child(root, 'DisplayName');
  const names = [name?.getAttribute('DefaultValue'), ...children(name, 'Override').map((o) => o.getAttribute('Value'))];
  const hosts = listedHosts(root).map((h) => HOST_NAMES[h] ?? h);
  const version = child(root, 'Version')?.textContent.trim();
  const pane = child(child(root, 'DefaultSettings'), 'SourceLocation')?.getAttribute('DefaultValue');
  return `${names.join(' / ')} · 版本 version ${version} · ${hosts.join(', ')} · ${pane}`;
}

export const pointsAtLocalhost = (text) => /https:\/\/(localhost|127\.0\.0\.1)[:/]/.test(text);

async function main(args) {
  const explicit = args.length > 0;
  const files = explicit ? args : DEFAULT_MANIFESTS.filter((f, i) => i === 0 || existsSync(join(ROOT, f)));
  let invalid = false;
  for (const file of files) {
    const path = explicit ? resolve(file) : join(ROOT, file);
    const shown = relative(process.cwd(), path) || path;
    let text;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      console.error(`${shown}: 无法读取 / cannot read: ${error.message}`);
      process.exitCode = 2;
      continue;
    }
    const found = await checkManifest(text, path);
    if (found.length) {
      invalid = true;
      for (const p of found) console.error(formatProblem(shown, p));
      console.error(`${shown}: ${found.length} 个问题 / problem(s)`);
      continue;
    }
    console.log(`${shown}: 通过微软清单架构（XSD）和项目规则 / valid against Microsoft's XSDs and the project rules`);
    console.log(`  ${summary(text)}`);
    if (pointsAtLocalhost(text))
      console.log('  注意：地址指向 localhost，只能用于本机调试 / note: points at localhost, for local debugging only');
  }
  if (invalid && !process.exitCode) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`校验无法完成 / validation could not run: ${error.message}`);
    process.exitCode = 2;
  });
}
