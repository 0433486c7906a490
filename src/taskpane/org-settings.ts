// The organisation's review settings (审核口径) for the pane: jixiao-settings.json and the library it names, fetched
// from the add-in's own server, where the administrator who deploys the add-in puts them beside taskpane.html.
import type { RuleSettings } from '../core/rule-settings';
import type { Library } from '../library/schema';

/** What the pane checks with when the organisation has settings. */
export interface OrgSettingsLoaded extends RuleSettings {
  /** The bundled library with the organisation's merged over it; null when the settings name no library. */
  readonly library: Library | null;
}

export type OrgSettingsState =
  | { readonly status: 'loading' }
  /** The pane was built without settings: the engine's own rules (the usual case). */
  | { readonly status: 'none' }
  | ({ readonly status: 'ok' } & OrgSettingsLoaded)
  /** The file is there but cannot be used: the pane checks with the engine's own rules and says why. */
  | { readonly status: 'invalid'; readonly file: string; readonly problems: readonly { zh: string; en: string }[] };

/** A file from the add-in's server: its bytes, null when the server has no such file (404). Throws when unreachable. */
export type FetchFile = (path: string) => Promise<Uint8Array | null>;

const MAX_SETTINGS_BYTES = 1024 * 1024;

/**
 * The settings file this page was built with (ORG_SETTINGS puts a `jixiao-settings` meta tag in it), or null: a
 * build without settings asks the server for nothing (a 404 would be logged as an error in every pane).
 */
export function settingsOfPage(doc: Document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="jixiao-settings"]')?.content || null;
}

/** Files from beside the pane's page; `no-cache` so that an administrator's change reaches the next pane opened. */
export function fetchBesidePage(base: string): FetchFile {
  return async (path) => {
    const response = await fetch(new URL(path, base), { cache: 'no-cache' });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/**
 * Loads the settings and their library. The parsers (zod, the library) load only when a settings file exists, so
 * a pane without one downloads nothing more. The library path is relative to the settings file, as in the CLI.
 */
export async function loadOrgSettings(get: FetchFile, settingsFile: string): Promise<OrgSettingsState> {
  const { parseSettingsJson } = await import(/* webpackChunkName: "settings" */ '../library/settings');
  const settings = await fetched(get, settingsFile, {
    zh: '审核口径文件在加载项服务器上不存在。',
    en: "The settings file is not on the add-in's server.",
  });
  if (!settings.ok) return settings.state;
  if (settings.bytes.length > MAX_SETTINGS_BYTES)
    return invalid(settingsFile, [
      { zh: '文件超过 1 MB，不像是审核口径文件。', en: 'The file is over 1 MB: is it the right file?' },
    ]);
  const parsed = parseSettingsJson(new TextDecoder('utf-8').decode(settings.bytes));
  if (!parsed.ok) return invalid(settingsFile, parsed.errors);
  const { name, rules, options, library: libraryPath } = parsed.settings;
  if (libraryPath === null) return { status: 'ok', name, rules, options, library: null };
  const path = besideFile(settingsFile, libraryPath);
  const library = await fetched(get, path, {
    zh: '审核口径指定的指标库文件在服务器上不存在。',
    en: 'The library file the settings name is not on the server.',
  });
  if (!library.ok) return library.state;
  const loaded = await orgLibrary(library.bytes, path);
  return loaded.ok ? { status: 'ok', name, rules, options, library: loaded.library } : invalid(path, loaded.errors);
}

/** The organisation's library (JSON or .xlsx) merged over the bundled one. */
async function orgLibrary(bytes: Uint8Array, path: string) {
  const [{ bundledLibrary }, { mergeLibraries }, { readLibraryFile }] = await Promise.all([
    import(/* webpackChunkName: "library" */ '../library/bundled'),
    import(/* webpackChunkName: "library" */ '../library/load'),
    import('./library-file'),
  ]);
  const base = bundledLibrary();
  const user = await readLibraryFile({ name: path, size: bytes.length, bytes: () => Promise.resolve(bytes) }, base);
  return user.ok ? mergeLibraries(base, user.library) : user;
}

const invalid = (file: string, problems: readonly { zh: string; en: string }[]): OrgSettingsState => ({
  status: 'invalid',
  file,
  problems,
});

/** A file from the server, or why the settings cannot be used without it. */
async function fetched(
  get: FetchFile,
  path: string,
  missing: { zh: string; en: string },
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; state: OrgSettingsState }> {
  let bytes: Uint8Array | null;
  try {
    bytes = await get(path);
  } catch (error) {
    return { ok: false, state: invalid(path, [unreachable(error)]) };
  }
  return bytes === null ? { ok: false, state: invalid(path, [missing]) } : { ok: true, bytes };
}

/** `relative` resolved against the folder of `file`, both paths below the page (lib/org.xlsx beside settings). */
export function besideFile(file: string, relative: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const segment of relative.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '' && segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

function unreachable(error: unknown): { zh: string; en: string } {
  return {
    zh: `无法从加载项服务器读取（${String(error)}）。`,
    en: `Could not be read from the add-in's server (${String(error)}).`,
  };
}
