// User indicator libraries: read an organisation's JSON library, check it, and merge it over the bundled one.
import { bundledLibrary } from './bundled';
import type { LibraryIssue } from './indicator-check';
import { checkTarget } from './indicator-check';
import { parseJsonText } from './json-text';
import { Library, LibraryIndicator, ProjectType } from './schema';

export type { LibraryIssue } from './indicator-check';

export type LibraryResult =
  { readonly ok: true; readonly library: Library } | { readonly ok: false; readonly errors: readonly LibraryIssue[] };

/** Field names as a clerk knows them (the columns of the spreadsheet template). */
const FIELD_ZH: Readonly<Record<string, string>> = {
  schemaVersion: '格式版本 schemaVersion',
  name: '名称',
  types: '项目类型',
  indicators: '指标列表',
  id: '编号',
  label: '类型名称',
  labelEn: '英文名称',
  keywords: '关键词',
  aliases: '别名',
  description: '类型说明',
  level1: '一级指标',
  level2: '二级指标',
  target: '指标值',
  unit: '计量单位',
  direction: '指标方向',
  definition: '指标解释',
  source: '来源',
};

const DIRECTION_ZH = '“higher”（正向，越大越好）、“lower”（反向，越小越好）或“qualitative”（定性）';

/** Parses the text of a library file (JSON); never throws. */
export function parseLibraryJson(text: string): LibraryResult {
  const json = parseJsonText(text);
  if (!json.ok)
    return failed([
      {
        path: '',
        zh: `文件不是有效的 JSON（${json.why}）：请用本工具导出的指标库文件或示例文件修改，或改用 Excel 模板导入。`,
        en: `The file is not valid JSON (${json.why}): start from an exported library or the example file, or import the Excel template.`,
      },
    ]);
  return parseLibraryData(json.data);
}

/** Checks parsed JSON against the schema and each target with the engine's parser; targets come back canonical. */
export function parseLibraryData(data: unknown): LibraryResult {
  const parsed = Library.safeParse(data);
  if (!parsed.success) return failed(parsed.error.issues.map((issue) => schemaIssue(issue, data)));
  const errors: LibraryIssue[] = [];
  const indicators = parsed.data.indicators.map((ind, i) => {
    const checked = checkTarget(ind.name, ind.target, ind.unit, ind.direction);
    if (checked.ok) return { ...ind, ...checked.value };
    errors.push({
      path: `indicators[${i}].target`,
      zh: `${indicatorZh(ind, i)}：${checked.zh}`,
      en: `${indicatorEn(ind, i)}: ${checked.en}`,
    });
    return ind;
  });
  return errors.length ? failed(errors) : { ok: true, library: { ...parsed.data, indicators } };
}

/**
 * The user's library over the base: a type or indicator with an id the base has replaces it in place, new ones are
 * added after; an indicator naming a type neither library defines is an error.
 */
export function mergeLibraries(base: Library, user: Library): LibraryResult {
  const types = mergeById<ProjectType>(base.types, user.types);
  const known = new Set(types.map((t) => t.id));
  const errors: LibraryIssue[] = [];
  user.indicators.forEach((ind, i) => {
    ind.types.forEach((type, j) => {
      if (known.has(type)) return;
      const choices = types.map((t) => `${t.label}（${t.id}）`).join('、');
      errors.push({
        path: `indicators[${i}].types[${j}]`,
        zh: `${indicatorZh(ind, i)}的项目类型“${type}”不存在：请改用已有类型 ${choices}，或先在“types”中定义它。`,
        en: `${indicatorEn(ind, i)} names the project type "${type}", which neither library defines: use one of ${types.map((t) => t.id).join(', ')}, or define it under "types".`,
      });
    });
  });
  if (errors.length) return failed(errors);
  const indicators = mergeById<LibraryIndicator>(
    base.indicators,
    user.indicators.map((ind) => ({ ...ind, source: ind.source ?? 'user' })),
  );
  const merged = Library.safeParse({ schemaVersion: 1, name: `${base.name} + ${user.name}`, types, indicators });
  return merged.success
    ? { ok: true, library: merged.data }
    : failed(merged.error.issues.map((x) => schemaIssue(x, user)));
}

/** Parses a user JSON library and merges it over the bundled one (or `base`). */
export function loadUserLibraryJson(text: string, base: Library = bundledLibrary()): LibraryResult {
  const user = parseLibraryJson(text);
  return user.ok ? mergeLibraries(base, user.library) : user;
}

function mergeById<T extends { readonly id: string }>(base: readonly T[], user: readonly T[]): T[] {
  const replacements = new Map(user.map((u) => [u.id, u]));
  const merged = base.map((b) => replacements.get(b.id) ?? b);
  const baseIds = new Set(base.map((b) => b.id));
  const added = new Map<string, T>();
  for (const u of user) if (!baseIds.has(u.id)) added.set(u.id, u);
  return [...merged, ...added.values()];
}

function failed(errors: readonly LibraryIssue[]): LibraryResult {
  return { ok: false, errors };
}

function indicatorZh(ind: { readonly name?: unknown }, index: number): string {
  return `第${index + 1}个指标${typeof ind.name === 'string' ? `“${ind.name}”` : ''}`;
}

function indicatorEn(ind: { readonly name?: unknown }, index: number): string {
  return `Indicator ${index + 1}${typeof ind.name === 'string' ? ` "${ind.name}"` : ''}`;
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly expected?: string;
  readonly origin?: string;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

/** Where an issue is, for a person: `第3个指标“培训出勤率”的“指标值”`. */
function whereZh(path: readonly PropertyKey[], data: unknown): string {
  const [list, index, field] = path;
  if ((list === 'indicators' || list === 'types') && typeof index === 'number') {
    const entry = valueAt(data, [list, index]) as { name?: unknown; label?: unknown } | undefined;
    const named = list === 'indicators' ? entry?.name : entry?.label;
    const what = `${list === 'indicators' ? '第' + (index + 1) + '个指标' : '第' + (index + 1) + '个项目类型'}${typeof named === 'string' ? `“${named}”` : ''}`;
    const fieldZh = list === 'indicators' && field === 'name' ? '三级指标' : (FIELD_ZH[String(field)] ?? String(field));
    return field === undefined ? what : `${what}的“${fieldZh}”`;
  }
  return `“${FIELD_ZH[String(list)] ?? String(list)}”`;
}

function schemaIssue(issue: ZodIssueLike, data: unknown): LibraryIssue {
  const path = pathText(issue.path);
  const where = whereZh(issue.path, data);
  const field = String(issue.path[issue.path.length - 1] ?? '');
  const actual = valueAt(data, issue.path);
  const en = `${path || 'file'}: ${issue.message}`;
  if (issue.path.length === 0)
    return {
      path,
      zh: '文件内容应是一个指标库对象：{ "schemaVersion": 1, "name": …, "types": […], "indicators": […] }，请参照示例文件。',
      en: 'The file must hold one library object { "schemaVersion": 1, "name", "types", "indicators" }: see the example file.',
    };
  if (issue.code === 'invalid_type' && actual === undefined) return { path, zh: `缺少${where}，请补上。`, en };
  if (issue.code === 'invalid_type')
    return {
      path,
      zh: `${where}的类型不对：应为${issue.expected === 'array' ? '列表（[…]）' : issue.expected === 'string' ? '文字' : issue.expected}。`,
      en,
    };
  if (issue.code === 'invalid_value' && field === 'direction')
    return { path, zh: `${where}只能是${DIRECTION_ZH}。`, en };
  if (issue.code === 'invalid_value' && issue.values)
    return {
      path,
      zh: `${where}“${String(actual)}”不在允许的范围内，应为：${issue.values.map(String).join('、')}。`,
      en,
    };
  if (issue.code === 'too_small' && issue.origin === 'array')
    return { path, zh: `${where}至少要有 ${String(issue.minimum)} 项。`, en };
  if (issue.code === 'too_small')
    return {
      path,
      zh: actual === '' ? `${where}为空，请填写。` : `${where}太短，至少 ${String(issue.minimum)} 个字。`,
      en,
    };
  if (issue.code === 'too_big') return { path, zh: `${where}太长，最多 ${String(issue.maximum)} 个字。`, en };
  if (issue.code === 'invalid_format' && field === 'id')
    return {
      path,
      zh: `${where}“${String(actual)}”格式不对：编号只能用小写英文字母、数字和连字符（如“training-attendance”）。`,
      en,
    };
  if (issue.code === 'custom' && field === 'id')
    return { path, zh: `${where}“${String(actual)}”与前面的指标重复，每个指标的编号必须唯一。`, en };
  if (issue.code === 'custom' && field === 'level2') {
    const level1 = valueAt(data, [...issue.path.slice(0, -1), 'level1']);
    return {
      path,
      zh: `${where}“${String(actual)}”不属于一级指标“${String(level1)}”，请核对一级、二级指标的对应关系。`,
      en,
    };
  }
  return { path, zh: `${where}有误（${issue.message}）。`, en };
}
