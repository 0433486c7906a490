// The one dictionary of label synonyms: every spelling of a form label maps to the field it names.
// Recognition matches cells against this table only, so a new province's wording is one line here.
import type { AmountName, FieldName } from '../form';

export type HeaderColumn = 'level1' | 'level2' | 'name' | 'target' | 'unit' | 'operator' | 'weight';

export type LabelMeaning =
  | { readonly kind: 'field'; readonly field: FieldName }
  | { readonly kind: 'amount'; readonly amount: AmountName }
  /** 财政资金 / 其他资金 appear in both fund columns; the column decides whole-project vs this-year. */
  | { readonly kind: 'sided-amount'; readonly left: AmountName; readonly right: AmountName }
  /** Labels of blocks and of fields the engine does not use; known so their values are not mistaken for data. */
  | { readonly kind: 'other' }
  | { readonly kind: 'header'; readonly column: HeaderColumn }
  | { readonly kind: 'components-header'; readonly column: 'name' | 'amount' }
  | { readonly kind: 'components-block' };

const FIELD_LABELS: Record<FieldName, readonly string[]> = {
  projectName: ['项目名称', '项目支出名称', '项目全称'],
  year: ['预算年度', '年度'],
  nature: ['项目性质', '项目类型'],
  category: ['项目类别'],
  fundUse: ['资金用途'],
  department: ['主管部门', '主管单位', '主管部门名称', '预算部门', '部门名称'],
  implementer: ['实施单位', '申报单位', '申报单位名称', '项目实施单位', '预算单位', '单位名称'],
  startDate: ['计划开始日期', '开始时间', '开始日期', '项目开始时间', '计划开始时间', '起始时间'],
  endDate: ['计划完成日期', '结束时间', '结束日期', '完成时间', '项目结束时间', '计划完成时间', '计划结束日期'],
  goalTotal: ['项目总目标', '项目总体目标', '总目标及阶段性目标', '总体目标', '项目总体绩效目标', '总体绩效目标'],
  goalAnnual: ['年度总体目标', '年度绩效目标', '年度目标', '当年绩效目标', '年度总体绩效目标'],
};

const AMOUNT_LABELS: Partial<Record<AmountName, readonly string[]>> = {
  total: ['项目资金总额', '资金总额', '项目总金额', '项目资金总计'],
  annual: ['年度资金申请总额', '年度资金总额', '年度申请资金', '年度资金申请额', '本年度资金'],
  annualFiscal: ['当年财政拨款', '本年财政拨款', '年度财政拨款'],
  annualCarryover: ['上年结转资金', '上年结转'],
  budgetTotal: ['项目总预算'],
  budgetYear: ['项目当年预算', '当年预算'],
  lastYearBudget: ['同名项目上年预算额', '上年预算额'],
  lastYearSpent: ['同名项目上年预算执行数', '上年预算执行数'],
};

const SIDED_LABELS: readonly [string, AmountName, AmountName][] = [
  ['财政资金', 'totalFiscal', 'annualFiscal'],
  ['财政拨款', 'totalFiscal', 'annualFiscal'],
  ['其他资金', 'totalOther', 'annualOther'],
];

const OTHER_LABELS = [
  '项目资金',
  '项目绩效目标',
  '绩效目标',
  '分解目标',
  '本项目上年度市级财政资金使用情况',
  '项目概况',
  '立项依据',
  '项目设立的必要性',
  '保证项目实施的制度、措施',
  '项目实施计划',
  '是否含有政府购买服务',
  '绩效类型',
  '备注',
  '项目负责人',
  '联系电话',
];

const HEADER_LABELS: Record<HeaderColumn, readonly string[]> = {
  level1: ['一级指标', '一级目标', '分解目标内容', '一级'],
  level2: ['二级指标', '二级目标', '二级'],
  name: ['三级指标', '三级目标', '绩效指标', '指标名称', '三级'],
  target: [
    '年度(/项目)指标值',
    '年度指标值',
    '指标值',
    '指标目标值',
    '指标值及单位',
    '目标值',
    '年度目标值',
    '项目指标值',
    '年度(项目)指标值',
  ],
  unit: ['计量单位', '度量单位', '单位'],
  // Budget-system exports (预算管理一体化) keep the operator in a column of its own, picked from a list; 指标性质
  // holds it in some (≥, ≤, =, 定性) and the value's direction or kind in others (正向, 定量): see
  // isAmbiguousOperatorLabel.
  operator: ['计算符号', '运算符号', '符号', '比较符号', '指标性质'],
  // Systems and scored templates that weigh each 三级 (the weights, or the points, add up to 100).
  weight: ['权重', '指标权重', '权重值', '分值', '指标分值'],
};

const DICTIONARY: ReadonlyMap<string, LabelMeaning> = (() => {
  const map = new Map<string, LabelMeaning>();
  const add = (texts: readonly string[], meaning: LabelMeaning) => {
    for (const t of texts) if (!map.has(labelKey(t))) map.set(labelKey(t), meaning);
  };
  // Header labels first: 绩效指标 is both a block label (2023) and the name column (2018); the
  // recogniser resolves that from the other headers in the row.
  for (const [column, texts] of Object.entries(HEADER_LABELS))
    add(texts, { kind: 'header', column: column as HeaderColumn });
  for (const [field, texts] of Object.entries(FIELD_LABELS)) add(texts, { kind: 'field', field: field as FieldName });
  for (const [amount, texts] of Object.entries(AMOUNT_LABELS))
    add(texts ?? [], { kind: 'amount', amount: amount as AmountName });
  for (const [text, left, right] of SIDED_LABELS) add([text], { kind: 'sided-amount', left, right });
  add(['子项目名称'], { kind: 'components-header', column: 'name' });
  add(['预算金额'], { kind: 'components-header', column: 'amount' });
  add(['项目当年投入资金构成'], { kind: 'components-block' });
  add(OTHER_LABELS, { kind: 'other' });
  return map;
})();

/**
 * 指标性质 holds the operator in some exports and 定量/定性 or 正向/反向 in others: it is the operator column only
 * where no 计算符号 column is printed, and only when it holds an operator somewhere.
 */
export function isAmbiguousOperatorLabel(text: string): boolean {
  return labelKey(text) === '指标性质';
}

/** Label text reduced for matching: half-width, no spaces, no trailing colon, no `其中：` prefix. */
export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[:：]+$/, '');
}

export interface LabelMatch {
  readonly meaning: LabelMeaning;
  /** Money unit named in the label, `项目总预算（元）` → 元. */
  readonly unit: '元' | '万元' | null;
  /** A parenthetical after the label, `项目总目标 (2023年 -2023年)` → `2023年-2023年`. */
  readonly note: string | null;
  /** Text after `：` in the same cell (`项目名称：党建经费`), null when the cell holds only the label. */
  readonly inlineValue: string | null;
  /** The part of the cell before the inline value, kept when writing the value back. */
  readonly labelPrefix: string | null;
}

const UNIT_NOTE = /^\((万?元)\)$/;

// Recognition asks about the same cell texts many times (segments, fields, indicator block ends).
const cache = new Map<string, LabelMatch | null>();

/** Matches a cell's text against the dictionary; null when the cell is not a label. */
export function matchLabel(text: string): LabelMatch | null {
  let match = cache.get(text);
  if (match === undefined) {
    if (cache.size > 20_000) cache.clear();
    match = matchLabelUncached(text);
    cache.set(text, match);
  }
  return match;
}

function matchLabelUncached(text: string): LabelMatch | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // The label must start with a non-space: `\s*[^:：]+` would backtrack quadratically over a long run of spaces.
  const inline = /^(\s*[^:：\s][^:：]*[:：]\s*)(\S[\s\S]*)$/.exec(text);
  if (inline) {
    const head = matchLabel(inline[1]!);
    if (head && head.meaning.kind !== 'header' && head.meaning.kind !== 'components-header') {
      return { ...head, inlineValue: inline[2]!.trim(), labelPrefix: inline[1]! };
    }
  }
  if (trimmed.length > 60) return null;
  const key = labelKey(trimmed);
  const exact = DICTIONARY.get(key);
  if (exact) return { meaning: exact, unit: null, note: null, inlineValue: null, labelPrefix: null };
  const paren = key.match(/^(.+?)(\([^()]*\))$/);
  if (paren) {
    const base = DICTIONARY.get(paren[1]!);
    if (base) {
      const note = paren[2]!;
      const unit = UNIT_NOTE.exec(note)?.[1] as '元' | '万元' | undefined;
      return {
        meaning: base,
        unit: unit ?? null,
        note: unit ? null : note.slice(1, -1),
        inlineValue: null,
        labelPrefix: null,
      };
    }
  }
  return null;
}

export const NATURE_VALUES = [
  '市委市政府已确定的新增项目',
  '结转项目',
  '其他一次性项目',
  '经常性专项业务费',
  '其他经常性项目',
  '一次性项目',
  '阶段性项目',
];
export const FUND_USE_VALUES = [
  '基本建设工程类',
  '信息化建设类',
  '政策补贴类',
  '政府购买服务',
  '资产购置类',
  '其他事业专业类',
];
export const CATEGORY_VALUES = ['特定目标类', '其他运转类', '人员类', '公用经费'];

const TITLE = /绩效目标(申报)?表/;

/** A form title cell, `财政项目支出绩效目标申报表` (not the 汇总表 heading of a collection). */
export function isTitle(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return TITLE.test(t) && !t.includes('汇总表') && t.length <= 40;
}

/** `(2024年度)`, `（2020年度）`, `(2018年)` → 2024; null otherwise. */
export function titleYear(text: string): string | null {
  const m = /^[(（]\s*(\d{4})\s*年度?\s*[)）]$/.exec(text.normalize('NFKC').replace(/\s+/g, '').trim());
  return m ? m[1]! : null;
}
