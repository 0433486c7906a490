// An organisation's review settings file (jixiao-settings.json): its name, rule levels and thresholds, and its own
// library's file.
import type { RuleLevel, RuleOptions, RuleSettings } from '../core/rule-settings';
import type { OptionSpec } from '../core/rules/rule';
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
  readonly options: Readonly<Record<string, RuleOptions>>;
  /** The library file as the settings name it, relative to the settings file; null when there is none. */
  readonly library: string | null;
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: OrgSettings }
  | { readonly ok: false; readonly errors: readonly LibraryIssue[] };

const EXAMPLE = '{ "schemaVersion": 1, "name": "…区财政局审核口径", "rules": { "target-format": "off" } }';
const OPTIONS_EXAMPLE = '"options": { "target-satisfaction-value": { "min": 85 } }';

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
  const options: Record<string, RuleOptions> = {};
  for (const [id, values] of Object.entries(parsed.data.options)) {
    const checked = ruleOptions(id, values);
    if (checked.ok) options[id] = checked.options;
    else errors.push(...checked.errors);
  }
  if (errors.length) return failed(errors);
  return { ok: true, settings: { name: parsed.data.name, rules, options, library: parsed.data.library ?? null } };
}

/** One rule's options as the file sets them, each against the rule's declaration: known, a number, in range. */
function ruleOptions(
  id: string,
  values: Readonly<Record<string, unknown>>,
): { ok: true; options: RuleOptions } | { ok: false; errors: LibraryIssue[] } {
  const meta = ruleCatalog.find((r) => r.meta.id === id)?.meta;
  if (!meta) return { ok: false, errors: [{ ...unknownRule(id), path: `options.${id}` }] };
  const specs = meta.options ?? {};
  const names = Object.keys(specs);
  if (names.length === 0)
    return {
      ok: false,
      errors: [
        {
          path: `options.${id}`,
          zh: `规则“${id}”没有可设置的参数，只能设置级别（写在 rules 中）。`,
          en: `Rule "${id}" has no options; only its level can be set (under "rules").`,
        },
      ],
    };
  const errors: LibraryIssue[] = [];
  const options: Record<string, number> = {};
  for (const [name, value] of Object.entries(values)) {
    const spec = specs[name];
    const path = `options.${id}.${name}`;
    if (!spec) {
      const distance = (known: string) => editDistance(known.toLowerCase(), name.toLowerCase());
      const near = [...names].sort((a, b) => distance(a) - distance(b)).find((known) => distance(known) <= 2);
      errors.push({
        path,
        zh: `规则“${id}”没有参数“${name}”${near ? `（是否是“${near}”？）` : ''}：可设置的参数有 ${names.join('、')}。`,
        en: `Rule "${id}" has no option "${name}"${near ? ` (did you mean "${near}"?)` : ''}: its options are ${names.join(', ')}.`,
      });
    } else if (typeof value !== 'number' || !inRange(value, spec))
      errors.push({
        path,
        zh: `规则“${id}”的参数“${name}”（${spec.description.zh}）应为 ${spec.min} 到 ${spec.max} 之间的${spec.integer ? '整数' : '数'}，不能是 ${JSON.stringify(value)}。`,
        en: `Option "${name}" of rule "${id}" (${spec.description.en}) must be a${spec.integer ? 'n integer' : ' number'} from ${spec.min} to ${spec.max}, not ${JSON.stringify(value)}.`,
      });
    else options[name] = value;
  }
  if (errors.length === 0) errors.push(...contradictions(id, specs, options));
  return errors.length ? { ok: false, errors } : { ok: true, options };
}

/** Options that cannot hold together, a set value against a set or default one (min 40 with the default max 30). */
function contradictions(
  id: string,
  specs: Readonly<Record<string, OptionSpec>>,
  options: Readonly<Record<string, number>>,
): LibraryIssue[] {
  const errors: LibraryIssue[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const bound = spec.atMost;
    const boundSpec = bound === undefined ? undefined : specs[bound];
    if (bound === undefined || !boundSpec || !(name in options || bound in options)) continue;
    const value = options[name] ?? spec.default;
    const limit = options[bound] ?? boundSpec.default;
    if (value <= limit) continue;
    const defaulted = (option: string, zh: boolean) => (option in options ? '' : zh ? '（默认值）' : ' (the default)');
    errors.push({
      path: `options.${id}.${name in options ? name : bound}`,
      zh: `规则“${id}”的参数“${name}”（${spec.description.zh}）为 ${value}${defaulted(name, true)}，大于“${bound}”（${boundSpec.description.zh}）的 ${limit}${defaulted(bound, true)}：任何申报表都无法同时满足。请调低“${name}”或调高“${bound}”。`,
      en: `Option "${name}" of rule "${id}" (${spec.description.en}) is ${value}${defaulted(name, false)}, above "${bound}" (${boundSpec.description.en}) at ${limit}${defaulted(bound, false)}: no form could meet both. Lower "${name}" or raise "${bound}".`,
    });
  }
  return errors;
}

const inRange = (value: number, spec: OptionSpec) =>
  Number.isFinite(value) && value >= spec.min && value <= spec.max && (!spec.integer || Number.isInteger(value));

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
  options: '规则参数（options）',
  library: '指标库文件（library）',
};

function shapeIssue(path: readonly PropertyKey[], code: string, data: unknown): LibraryIssue {
  const key = String(path[0] ?? '');
  const at = path.map(String).join('.');
  if (path.length === 0 && code === 'unrecognized_keys') {
    const extra = Object.keys(data as object).filter((k) => !(k in FIELD_ZH));
    return {
      path: '',
      zh: `审核口径文件中有无法识别的项“${extra.join('”“')}”：只能有 schemaVersion、name、rules、options 和 library。`,
      en: `Unknown field(s) ${extra.map((k) => `"${k}"`).join(', ')}: a settings file has schemaVersion, name, rules, options and library only.`,
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
  const example = key === 'options' ? OPTIONS_EXAMPLE : EXAMPLE;
  return {
    path: at,
    zh: missing
      ? `缺少${field}，请补上。`
      : `${field}${path.length > 1 ? `中的“${String(path[1])}”` : ''}写法不对，请参照示例 ${example}。`,
    en: missing ? `"${key}" is missing.` : `"${at}" is not valid: see the example ${example}.`,
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
