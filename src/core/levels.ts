// The indicator hierarchy (domain-rules §1.4): canonical 一级/二级 names, their synonyms and legacy labels.
import type { Indicator, OpenRow } from './form';
import { isSatisfactionName } from './name-kind';

export type Level2 =
  | '经济成本指标'
  | '社会成本指标'
  | '生态环境成本指标'
  | '数量指标'
  | '质量指标'
  | '时效指标'
  | '成本指标'
  | '经济效益指标'
  | '社会效益指标'
  | '生态效益指标'
  | '可持续影响指标'
  | '服务对象满意度指标'
  | '投入管理'
  | '财务管理'
  | '实施管理'
  | '资产管理';

/** What an indicator measures, whatever template it comes from. */
export type Dimension = 'cost' | 'output' | 'outcome' | 'satisfaction' | 'management';

interface Level1Entry {
  readonly canonical: string;
  readonly synonyms: readonly string[];
  readonly allows: readonly Level2[];
  /** Pre-2021 labels (2018 分解目标, 2020 一级目标). */
  readonly legacy: boolean;
}

const COST: Level2[] = ['经济成本指标', '社会成本指标', '生态环境成本指标'];
const OUTPUT: Level2[] = ['数量指标', '质量指标', '时效指标', '成本指标'];
const OUTCOME: Level2[] = ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'];
const MANAGEMENT: Level2[] = ['投入管理', '财务管理', '实施管理', '资产管理'];

const LEVEL1: readonly Level1Entry[] = [
  { canonical: '成本指标', synonyms: ['成本指标', '成本'], allows: COST, legacy: false },
  { canonical: '产出指标', synonyms: ['产出指标', '产出', '项目完成指标'], allows: OUTPUT, legacy: false },
  { canonical: '效益指标', synonyms: ['效益指标', '效益', '项目效益指标'], allows: OUTCOME, legacy: false },
  {
    canonical: '满意度指标',
    synonyms: ['满意度指标', '满意度', '社会公众或服务对象满意度指标'],
    allows: ['服务对象满意度指标'],
    legacy: false,
  },
  { canonical: '产出目标', synonyms: ['产出目标'], allows: OUTPUT, legacy: true },
  // 效果目标 held both 效益 and 满意度 in the 2018/2020 templates.
  { canonical: '效果目标', synonyms: ['效果目标'], allows: [...OUTCOME, '服务对象满意度指标'], legacy: true },
  { canonical: '影响力目标', synonyms: ['影响力目标'], allows: ['可持续影响指标'], legacy: true },
  {
    canonical: '投入与管理',
    synonyms: ['投入与管理', '投入和管理', '投入和管理目标', '投入与管理目标'],
    allows: MANAGEMENT,
    legacy: true,
  },
];

const LEVEL2_SYNONYMS: readonly [Level2, readonly string[]][] = [
  ['经济成本指标', ['经济成本指标', '经济成本']],
  ['社会成本指标', ['社会成本指标', '社会成本']],
  ['生态环境成本指标', ['生态环境成本指标', '生态环境成本', '环境成本', '环境成本指标']],
  ['数量指标', ['数量指标', '数量', '产出数量', '数量目标']],
  ['质量指标', ['质量指标', '质量', '产出质量', '质量目标']],
  ['时效指标', ['时效指标', '时效', '进度指标', '产出进度', '产出进度指标', '产出时效', '时效目标']],
  ['成本指标', ['成本指标', '成本', '产出成本', '成本目标']],
  ['经济效益指标', ['经济效益指标', '经济效益', '经济效益目标']],
  ['社会效益指标', ['社会效益指标', '社会效益', '社会效益目标']],
  ['生态效益指标', ['生态效益指标', '生态效益', '环境效益指标', '环境效益', '生态效益目标', '生态环境效益']],
  ['可持续影响指标', ['可持续影响指标', '可持续影响', '可持续目标', '长效管理', '可持续影响目标']],
  [
    '服务对象满意度指标',
    [
      '服务对象满意度指标',
      '服务对象满意度',
      '社会公众或服务对象满意度指标',
      '社会公众或服务对象满意度',
      '社会公众满意度',
      '满意度指标',
      '满意度',
      '满意度目标',
    ],
  ],
  ['投入管理', ['投入管理']],
  ['财务管理', ['财务管理']],
  ['实施管理', ['实施管理']],
  ['资产管理', ['资产管理']],
];

const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const LEVEL2_BY_KEY = new Map<string, Level2>();
for (const [canonical, synonyms] of LEVEL2_SYNONYMS) for (const s of synonyms) LEVEL2_BY_KEY.set(key(s), canonical);

const LEVEL1_BY_KEY = new Map<string, Level1Entry>();
for (const entry of LEVEL1) for (const s of entry.synonyms) LEVEL1_BY_KEY.set(key(s), entry);

export function level1Entry(text: string | null): Level1Entry | null {
  return text ? (LEVEL1_BY_KEY.get(key(text)) ?? null) : null;
}

/** Canonical 二级 of a label; `成本指标` under 成本指标 (一级) is the current 经济成本指标. */
export function canonicalLevel2(text: string | null, level1?: string | null): Level2 | null {
  if (!text) return null;
  // Every name also comes as `…指标` / `…目标` (产出数量指标, 社会效益目标).
  const found = LEVEL2_BY_KEY.get(key(text)) ?? LEVEL2_BY_KEY.get(key(text).replace(/(指标|目标)$/, '')) ?? null;
  if (found === '成本指标' && level1Entry(level1 ?? null)?.canonical === '成本指标') return '经济成本指标';
  return found;
}

/** Whether a 三级 cell holds a category label (2018 rows such as `质量目标 | 平台正常运行`). */
export function isCategoryLabel(name: string): boolean {
  return LEVEL2_BY_KEY.has(key(name)) || level1Entry(name) !== null;
}

function dimensionOfLevel2(level2: Level2): Dimension {
  if (COST.includes(level2) || level2 === '成本指标') return 'cost';
  if (OUTPUT.includes(level2)) return 'output';
  if (OUTCOME.includes(level2)) return 'outcome';
  if (level2 === '服务对象满意度指标') return 'satisfaction';
  return 'management';
}

/**
 * The 二级 an indicator effectively sits under: its own; or, in a form without a 二级 column (2018), a category
 * label written in the 三级 cell, or 服务对象满意度 for a row that measures satisfaction.
 */
export function effectiveLevel2(ind: Indicator): Level2 | null {
  const own = canonicalLevel2(ind.level2, ind.level1);
  if (own || ind.level2 !== null) return own;
  return canonicalLevel2(ind.name, ind.level1) ?? (isSatisfactionName(ind.name) ? '服务对象满意度指标' : null);
}

/** `effectiveLevel2` in the current frame: the legacy 成本 under 产出 (2020, some 2023 forms) is 经济成本指标. */
export function currentLevel2(ind: Indicator): Level2 | null {
  return inCurrentFrame(effectiveLevel2(ind));
}

/** The 二级 block of a row by its labels alone, in the current frame: an empty row has no name to go by. */
export function blockLevel2(row: OpenRow): Level2 | null {
  return inCurrentFrame(canonicalLevel2(row.level2, row.level1));
}

const inCurrentFrame = (level2: Level2 | null) => (level2 === '成本指标' ? '经济成本指标' : level2);

// Every rule asks for the dimension of every row: compute it once per (immutable) indicator.
const dimensions = new WeakMap<Indicator, Dimension | null>();

export function dimensionOf(ind: Indicator): Dimension | null {
  let dimension = dimensions.get(ind);
  if (dimension === undefined) {
    dimension = computeDimension(ind);
    dimensions.set(ind, dimension);
  }
  return dimension;
}

function computeDimension(ind: Indicator): Dimension | null {
  const level2 = effectiveLevel2(ind);
  if (level2) return dimensionOfLevel2(level2);
  const entry = level1Entry(ind.level1);
  switch (entry?.canonical) {
    case '成本指标':
      return 'cost';
    case '产出指标':
    case '产出目标':
      return 'output';
    case '效益指标':
    case '效果目标':
    case '影响力目标':
      return 'outcome';
    case '满意度指标':
      return 'satisfaction';
    case '投入与管理':
      return 'management';
    default:
      return null;
  }
}

/** Time-related 二级 (时效): the value should be a deadline, a duration or an on-time rate. */
export function isTimeliness(ind: Indicator): boolean {
  return effectiveLevel2(ind) === '时效指标';
}
