// A spreadsheet library (one row per indicator, under a header row) read into library entries with row-numbered errors.
import { canonicalLevel2, level1Entry } from '../core/levels';
import { findProjectType } from '../core/suggest/classify';
import { nameKey } from '../core/suggest/name-match';
import { bundledLibrary } from './bundled';
import type { LibraryIssue } from './indicator-check';
import { checkTarget } from './indicator-check';
import type { LibraryResult } from './load';
import type { Direction, Library, LibraryIndicator, ProjectType } from './schema';
import { LEVEL2_PARENT, Level2Name } from './schema';

type Column =
  'type' | 'level1' | 'level2' | 'name' | 'aliases' | 'target' | 'unit' | 'direction' | 'definition' | 'keywords';

/** Header spellings per column, compared without spaces, brackets or `*` (required marks). */
const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  type: ['项目类型', '类型', '项目类别', '类别', '所属类型', '适用类型', '适用项目类型', 'type', 'types'],
  level1: ['一级指标', '一级', 'level1'],
  level2: ['二级指标', '二级', 'level2'],
  name: ['三级指标', '三级', '三级指标名称', '指标名称', '指标', 'name'],
  aliases: ['别名', '其他名称', '其他写法', '常见写法', '又称', 'aliases'],
  target: ['指标值', '目标值', '指标目标值', '年度指标值', '典型值', '参考值', '指标值示例', 'target'],
  unit: ['计量单位', '单位', 'unit'],
  direction: ['指标方向', '方向', '指标性质', '指标类型', 'direction'],
  definition: ['指标解释', '指标说明', '解释', '说明', '指标定义', '定义', '计算方法', 'definition'],
  keywords: ['关键词', '关键字', '检索词', 'keywords'],
};

const REQUIRED: readonly Column[] = ['type', 'level2', 'name', 'target', 'definition'];

export const COLUMN_ZH: Readonly<Record<Column, string>> = {
  type: '项目类型',
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  aliases: '别名',
  target: '指标值',
  unit: '计量单位',
  direction: '指标方向',
  definition: '指标解释',
  keywords: '关键词',
};

const DIRECTIONS: readonly (readonly [Direction, RegExp])[] = [
  ['higher', /^(正向|正|越大越好|越高越好|越多越好|higher|up|↑|\+)$/i],
  ['lower', /^(反向|逆向|负向|反|越小越好|越低越好|越少越好|lower|down|↓|-)$/i],
  ['qualitative', /^(定性|定性指标|qualitative|无)$/i],
];

/** Legacy 一级 names that still say which current 一级 is meant. */
const LEGACY_LEVEL1: Readonly<Record<string, readonly string[]>> = {
  产出目标: ['产出指标'],
  效果目标: ['效益指标', '满意度指标'],
  影响力目标: ['效益指标'],
};

export interface RowsOptions {
  /** Types a row may name, by id or label; the bundled ones by default. */
  readonly types?: readonly ProjectType[];
  /** A row with the same type and name as one of these keeps its id, so it replaces that indicator on merge. */
  readonly base?: Library;
  readonly name?: string;
}

const headerKey = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\s*＊]|\([^()]*\)/g, '')
    .toLowerCase();

/**
 * Reads a sheet's rows (`rows[0]` is sheet row 1; the first non-empty row is the header) into a library of the rows'
 * indicators and no types. Never throws: every problem comes back with its row number and column.
 */
export function libraryFromRows(rows: readonly (readonly string[])[], options: RowsOptions = {}): LibraryResult {
  const base = options.base ?? bundledLibrary();
  const types = options.types ?? base.types;
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0)
    return {
      ok: false,
      errors: [
        {
          path: '',
          zh: '表格是空的：第一行写表头（项目类型、二级指标、三级指标、指标值、指标解释…），下面每行一个指标。',
          en: 'The sheet is empty: put the header in the first row and one indicator per row below.',
        },
      ],
    };
  const columns = readHeader(rows[headerAt]!);
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length)
    return {
      ok: false,
      errors: [
        {
          path: `第${headerAt + 1}行`,
          zh: `表头（第${headerAt + 1}行）缺少${missing.map((c) => `“${COLUMN_ZH[c]}”`).join('、')}列：请按模板写表头（项目类型、一级指标、二级指标、三级指标、指标值、计量单位、指标方向、指标解释、关键词）。`,
          en: `The header (row ${headerAt + 1}) lacks the column(s) ${missing.join(', ')}: use the template's header.`,
        },
      ],
    };
  const errors: LibraryIssue[] = [];
  const indicators: LibraryIndicator[] = [];
  const seen = new Map<string, number>();
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    const read = readRow(row, r + 1, columns, types, base);
    if (!read.ok) {
      errors.push(...read.errors);
      continue;
    }
    const key = `${read.indicator.types[0]}:${nameKey(read.indicator.name)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({
        path: `第${r + 1}行·三级指标`,
        zh: `第${r + 1}行：“${read.indicator.name}”与第${earlier}行是同一类型下的同一个指标，请删除一行或合并。`,
        en: `Row ${r + 1}: "${read.indicator.name}" repeats row ${earlier} (same type, same indicator): delete or merge one.`,
      });
      continue;
    }
    seen.set(key, r + 1);
    indicators.push(read.indicator);
  }
  if (errors.length) return { ok: false, errors };
  if (indicators.length === 0)
    return {
      ok: false,
      errors: [
        { path: '', zh: '表头下面没有指标行：每行填写一个指标。', en: 'There are no indicator rows under the header.' },
      ],
    };
  return { ok: true, library: { schemaVersion: 1, name: options.name ?? '自定义指标库', types: [], indicators } };
}

function readHeader(header: readonly string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    const column = (Object.keys(HEADERS) as Column[]).find((c) => HEADERS[c].some((h) => headerKey(h) === key));
    if (column && columns[column] === undefined) columns[column] = i;
  });
  return columns;
}

type RowRead = { ok: true; indicator: LibraryIndicator } | { ok: false; errors: LibraryIssue[] };

function readRow(
  row: readonly string[],
  rowNumber: number,
  columns: Partial<Record<Column, number>>,
  types: readonly ProjectType[],
  base: Library,
): RowRead {
  const cell = (c: Column) => {
    const i = columns[c];
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const errors: LibraryIssue[] = [];
  const problem = (c: Column, zh: string, en: string) =>
    errors.push({
      path: `第${rowNumber}行·${COLUMN_ZH[c]}`,
      zh: `第${rowNumber}行“${COLUMN_ZH[c]}”：${zh}`,
      en: `Row ${rowNumber}, ${c}: ${en}`,
    });

  const name = cell('name').replace(/\s+/g, '');
  if (name === '') problem('name', '为空，请填写指标名称（如“培训出勤率”）。', 'empty: write the indicator name.');
  else if (name.length > 40) problem('name', `太长（${name.length}个字），最多40个字。`, 'longer than 40 characters.');

  // Names hold 、 themselves (资源制作、节目发布完成率): aliases are separated by semicolons or line breaks only.
  const aliases = cell('aliases')
    .split(/[;；\n]+/)
    .map((a) => a.replace(/\s+/g, ''))
    .filter((a) => a !== '');
  const badAlias = aliases.find((a) => a.length < 2 || a.length > 40);
  if (badAlias !== undefined)
    problem(
      'aliases',
      `“${badAlias}”应为2到40个字；多个别名用分号（；）分隔。`,
      `"${badAlias}" must be 2 to 40 characters; separate aliases with semicolons.`,
    );

  const typeNames = cell('type')
    .split(/[、,，;；]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const rowTypes = typeNames.map((t) => findProjectType(types, t, { includeCommon: true }));
  const unknown = typeNames.filter((_, i) => !rowTypes[i]);
  if (typeNames.length === 0 || unknown.length)
    problem(
      'type',
      `${typeNames.length === 0 ? '为空' : `“${unknown.join('、')}”不是已有的项目类型`}，请填写：${types.map((t) => t.label).join('、')}（或英文编号，如 ${types[0]?.id ?? 'operation'}）。`,
      `${typeNames.length === 0 ? 'empty' : `"${unknown.join(', ')}" is not a known type`}: use one of ${types.map((t) => t.id).join(', ')}.`,
    );
  const typeIds = [...new Set(rowTypes.flatMap((t) => (t ? [t.id] : [])))];

  const level2 = readLevel2(cell('level2'), cell('level1'));
  if (typeof level2 !== 'string') problem('level2', level2.zh, level2.en);

  const direction = readDirection(cell('direction'));
  if (direction === undefined)
    problem(
      'direction',
      `“${cell('direction')}”看不懂，请填写“正向”（越大越好）、“反向”（越小越好）或“定性”，也可留空。`,
      `"${cell('direction')}" is not higher/lower/qualitative.`,
    );

  const definition = cell('definition');
  if (definition.length < 4)
    problem(
      'definition',
      '请写一句指标解释：统计什么、怎么计算（至少4个字）。',
      'write a one-line definition (at least 4 characters).',
    );

  let target = null;
  if (cell('target') === '')
    problem('target', '为空，请填写典型目标值，如“≥95%”“=12次”或“按期完成”。', 'empty: write a typical target.');
  else if (name !== '' && direction !== undefined) {
    const checked = checkTarget(name, cell('target'), cell('unit'), direction);
    if (checked.ok) target = checked.value;
    else problem('target', checked.zh, checked.en);
  }

  if (errors.length || typeof level2 !== 'string' || !target) return { ok: false, errors };
  return {
    ok: true,
    indicator: {
      id: indicatorId(typeIds[0]!, name, base),
      types: typeIds,
      level1: LEVEL2_PARENT[level2],
      level2,
      name,
      ...(aliases.length ? { aliases } : {}),
      ...target,
      definition,
      keywords: cell('keywords')
        .split(/[,，、;；\s]+/)
        .filter((k) => k !== ''),
      source: 'user',
    },
  };
}

function readLevel2(text: string, level1Text: string): Level2Name | { zh: string; en: string } {
  const allowed = Level2Name.options.join('、');
  if (text === '') return { zh: `为空，请填写：${allowed}。`, en: 'empty: write a 二级 of the current frame.' };
  const level1 = level1Entry(level1Text);
  const found = canonicalLevel2(text, level1Text);
  // 成本 under 产出 is the pre-2021 frame; in the current one it is the 经济成本 of 成本指标.
  const level2 = found === '成本指标' ? '经济成本指标' : found;
  const parsed = Level2Name.safeParse(level2);
  if (!parsed.success)
    return level2 === null
      ? { zh: `“${text}”不是规范的二级指标，请填写：${allowed}。`, en: `"${text}" is not a 二级 of the current frame.` }
      : {
          zh: `“${text}”属于旧版“投入与管理”框架，现行申报表不再使用，请改用：${allowed}。`,
          en: `"${text}" belongs to the retired 投入与管理 block.`,
        };
  const parent = LEVEL2_PARENT[parsed.data];
  if (level1Text !== '' && found !== '成本指标') {
    const meant = level1 ? (LEGACY_LEVEL1[level1.canonical] ?? [level1.canonical]) : [];
    if (!meant.includes(parent))
      return {
        zh: `“${parsed.data}”属于一级指标“${parent}”，本行一级指标却写的是“${level1Text}”，请改正其中一个。`,
        en: `"${parsed.data}" belongs under ${parent}, but the row's 一级 says "${level1Text}".`,
      };
  }
  return parsed.data;
}

/** undefined = unreadable; null = not given (inferred from the target). */
function readDirection(text: string): Direction | null | undefined {
  if (text === '') return null;
  return DIRECTIONS.find(([, re]) => re.test(text.replace(/\s+/g, '')))?.[0];
}

/** The id of the same type and name in the base library (so the row replaces it), else one derived from both. */
function indicatorId(type: string, name: string, base: Library): string {
  const key = nameKey(name);
  const same = base.indicators.find((i) => i.types[0] === type && nameKey(i.name) === key);
  return same?.id ?? `${type}-u${fnv1a(key)}`;
}

/** 32-bit FNV-1a as 8 hex digits: a short, stable id for a Chinese name. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
