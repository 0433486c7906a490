// An organisation's review settings file (jixiao-settings.json): its name, rule levels and its own library's file.
import type { RuleLevel, RuleSettings } from '../core/rule-settings';
import { ruleCatalog } from '../core/rule-catalog';
import type { LibraryIssue } from './indicator-check';
import { parseJsonText } from './json-text';
import { OrgSettingsFile } from './schema';

/** Levels as a finance bureau writes them, in Chinese or as ESLint does. */
const LEVEL_WORDS: Readonly<Record<string, RuleLevel>> = {
  off: 'off',
  info: 'info',
  warning: 'warning',
  error: 'error',
  关闭: 'off',
  提示: 'info',
  警告: 'warning',
  错误: 'error',
};

export const LEVEL_ZH: Readonly<Record<RuleLevel, string>> = {
  off: '关闭',
  info: '提示',
  warning: '警告',
  error: '错误',
};

export interface OrgSettings extends RuleSettings {
  /** The library file as the settings name it, relative to the settings file; null when there is none. */
  readonly library: string | null;
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: OrgSettings }
  | { readonly ok: false; readonly errors: readonly LibraryIssue[] };

const EXAMPLE = '{ "schemaVersion": 1, "name": "…区财政局审核口径", "rules": { "target-format": "off" } }';

/** Parses the text of a settings file; never throws. Unknown rule ids and levels are errors: a typo must not pass. */
export function parseSettingsJson(text: string): SettingsResult {
  const json = parseJsonText(text);
  if (!json.ok)
    return failed([
      {
        path: '',
        zh: `审核口径文件不是有效的 JSON（${json.why}）：请参照示例 ${EXAMPLE} 修改。`,
        en: `The settings file is not valid JSON (${json.why}): start from the example ${EXAMPLE}.`,
      },
    ]);
  const data = json.data;
  const parsed = OrgSettingsFile.safeParse(data);
  if (!parsed.success) return failed(parsed.error.issues.map((issue) => shapeIssue(issue.path, issue.code, data)));
  const errors: LibraryIssue[] = [];
  const rules: Record<string, RuleLevel> = {};
  for (const [id, word] of Object.entries(parsed.data.rules)) {
    const level = LEVEL_WORDS[word.trim().toLowerCase()];
    if (!ruleCatalog.some((r) => r.meta.id === id)) errors.push(unknownRule(id));
    else if (level === undefined)
      errors.push({
        path: `rules.${id}`,
        zh: `规则“${id}”的级别“${word}”无法识别：应为 关闭（off）、提示（info）、警告（warning）或 错误（error）。`,
        en: `Rule "${id}" is set to "${word}": use off, info, warning or error.`,
      });
    else rules[id] = level;
  }
  if (errors.length) return failed(errors);
  return { ok: true, settings: { name: parsed.data.name, rules, library: parsed.data.library ?? null } };
}

function unknownRule(id: string): LibraryIssue {
  const near = ruleCatalog.map((r) => r.meta.id).find((known) => editDistance(known, id) <= 2);
  return {
    path: `rules.${id}`,
    zh: `没有名为“${id}”的规则${near ? `（是否是“${near}”？）` : ''}：规则编号见 jixiao rules 的列表。`,
    en: `There is no rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}: jixiao rules lists them.`,
  };
}

const FIELD_ZH: Readonly<Record<string, string>> = {
  schemaVersion: '格式版本（schemaVersion，应为 1）',
  name: '口径名称（name）',
  rules: '规则设置（rules）',
  library: '指标库文件（library）',
};

function shapeIssue(path: readonly PropertyKey[], code: string, data: unknown): LibraryIssue {
  const key = String(path[0] ?? '');
  const at = path.map(String).join('.');
  if (path.length === 0 && code === 'unrecognized_keys') {
    const extra = Object.keys(data as object).filter((k) => !(k in FIELD_ZH));
    return {
      path: '',
      zh: `审核口径文件中有无法识别的项“${extra.join('”“')}”：只能有 schemaVersion、name、rules 和 library。`,
      en: `Unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}: a settings file has schemaVersion, name, rules and library only.`,
    };
  }
  if (path.length === 0)
    return {
      path: '',
      zh: `审核口径文件应是一个对象：${EXAMPLE}。`,
      en: `The settings file must hold one object: ${EXAMPLE}.`,
    };
  const missing = (data as Record<string, unknown>)[key] === undefined;
  const field = FIELD_ZH[key] ?? key;
  return {
    path: at,
    zh: missing
      ? `缺少${field}，请补上。`
      : `${field}${path.length > 1 ? `中的“${String(path[1])}”` : ''}写法不对，请参照示例 ${EXAMPLE}。`,
    en: missing ? `"${key}" is missing.` : `"${at}" is not valid: see the example ${EXAMPLE}.`,
  };
}

function failed(errors: readonly LibraryIssue[]): SettingsResult {
  return { ok: false, errors };
}

/** Levenshtein distance, for "did you mean" on a mistyped rule id. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
