// What a run checks with: the bundled library, an organisation's --settings (审核口径) and --library, loaded once.
import { readFile, stat } from 'fs/promises';
import { dirname, resolve } from 'path';
import { settingChanges } from '../core/rule-catalog';
import type { RuleSettings } from '../core/rule-settings';
import type { Lang } from '../core/rules';
import { bundledLibrary } from '../library/bundled';
import type { LibraryIssue } from '../library/indicator-check';
import type { Library } from '../library/schema';
import type { OrgSettings } from '../library/settings';
import { parseSettingsJson } from '../library/settings';
import { loadLibraryFile } from '../library/xlsx-node';

/** A settings file is a few lines; anything larger is the wrong file and is not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export interface Setup {
  readonly library: Library;
  /** The organisation's settings as the reports record them; null without --settings. */
  readonly settings: SettingsRef | null;
}

/** The settings a report was made under (its audit trail): whose, which file, and the rules they set. */
export interface SettingsRef {
  readonly name: string;
  readonly path: string;
  readonly rules: RuleSettings['rules'];
  /** Rule id → option → value, as set (empty when the settings set none). */
  readonly options: NonNullable<RuleSettings['options']>;
}

export type SetupResult =
  | { readonly ok: true; readonly setup: Setup }
  | {
      readonly ok: false;
      readonly file: string;
      readonly what: 'settings' | 'library';
      readonly errors: readonly LibraryIssue[];
    };

/**
 * The library is the bundled one, then the library the settings name (a path relative to the settings file, as a
 * bureau ships the two side by side), then --library's: each replaces entries of the one before by id.
 */
export async function loadSetup(settingsPath: string | null, libraryPath: string | null): Promise<SetupResult> {
  let settings: OrgSettings | null = null;
  let library = bundledLibrary();
  if (settingsPath !== null) {
    const read = await readSettingsFile(settingsPath);
    if (!read.ok) return { ok: false, file: settingsPath, what: 'settings', errors: read.errors };
    settings = read.settings;
    if (settings.library !== null) {
      const file = resolve(dirname(settingsPath), settings.library);
      const loaded = await loadLibraryFile(file, library);
      if (!loaded.ok) return { ok: false, file, what: 'library', errors: loaded.errors };
      library = loaded.library;
    }
  }
  if (libraryPath !== null) {
    const loaded = await loadLibraryFile(libraryPath, library);
    if (!loaded.ok) return { ok: false, file: libraryPath, what: 'library', errors: loaded.errors };
    library = loaded.library;
  }
  const ref =
    settings && settingsPath
      ? { name: settings.name, path: settingsPath, rules: settings.rules, options: settings.options }
      : null;
  return { ok: true, setup: { library, settings: ref } };
}

async function readSettingsFile(
  path: string,
): Promise<{ ok: true; settings: OrgSettings } | { ok: false; errors: readonly LibraryIssue[] }> {
  const fail = (zh: string, en: string) => ({ ok: false as const, errors: [{ path: '', zh, en }] });
  try {
    if ((await stat(path)).size > MAX_SETTINGS_BYTES)
      return fail(
        '审核口径文件超过 1 MB，不像是审核口径文件，请检查是否选错了文件。',
        'The settings file is over 1 MB: is it the right file?',
      );
    return parseSettingsJson(await readFile(path, 'utf8'));
  } catch (e) {
    const notFound = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return fail(
      `无法读取审核口径文件：${notFound ? '找不到文件' : String(e)}。`,
      `Cannot read the settings file: ${String(e)}.`,
    );
  }
}

/** The lines on stderr when the settings or a library cannot be used (the run stops before any form is read). */
export function setupErrorText(failure: Extract<SetupResult, { ok: false }>, lang: Lang): string {
  const heading =
    failure.what === 'settings'
      ? lang === 'en'
        ? `jixiao: the settings ${failure.file} cannot be used:`
        : `jixiao: 审核口径 ${failure.file} 无法使用：`
      : lang === 'en'
        ? `jixiao: the library ${failure.file} cannot be used:`
        : `jixiao: 指标库 ${failure.file} 无法使用：`;
  const lines = failure.errors.map((e) => `  ${e.path ? `${e.path}: ` : ''}${lang === 'en' ? e.en : e.zh}`);
  return `${[heading, ...lines].join('\n')}\n`;
}

/** Which settings a text report was made under (before its summary line). */
export function settingsLine(ref: SettingsRef, lang: Lang): string {
  const changed = settingChanges(ref).length;
  return lang === 'en'
    ? `Settings: "${ref.name}" (${ref.path}; ${changed} rule(s) set)`
    : `审核口径：“${ref.name}”（${ref.path}，调整了 ${changed} 条规则）`;
}
