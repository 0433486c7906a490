// Form: a recognised 申报表 — named fields, fund amounts and indicator rows, each tied to the cell it came from.
import type { CellRef } from './grid';
import type { MoneyStyle, MoneyUnit, TargetValue } from './values/types';

export type TemplateId = 'sh-2023' | 'sh-2020' | 'sh-2018' | 'generic';

/** A text field as written in the document, with the cell it lives in. */
export interface Field {
  readonly text: string;
  /** Null for values printed outside the table (title year, 申报单位名称 paragraph). */
  readonly cell: CellRef | null;
  /** Set when the value shares its cell with the label (`项目名称：党建经费`): the edit must keep the label. */
  readonly labelPrefix?: string;
}

/** A field that lives in a table cell (so it can be edited). */
export type CellField = Field & { readonly cell: CellRef };

export type FieldName =
  | 'projectName'
  | 'year'
  | 'nature'
  | 'category'
  | 'fundUse'
  | 'department'
  | 'implementer'
  | 'startDate'
  | 'endDate'
  | 'goalTotal'
  | 'goalAnnual';

export type FormFields = { readonly [K in FieldName]: Field | null };

/** An amount cell; `fen` is null when the cell is blank or malformed (see `malformed`). */
export interface Amount extends Field {
  readonly cell: CellRef;
  readonly fen: number | null;
  readonly style: MoneyStyle | null;
  readonly malformed: string | null;
}

export type AmountName =
  | 'total'
  | 'totalFiscal'
  | 'totalOther'
  | 'annual'
  | 'annualFiscal'
  | 'annualCarryover'
  | 'annualOther'
  | 'budgetTotal'
  | 'budgetYear'
  | 'lastYearBudget'
  | 'lastYearSpent';

export const AMOUNT_NAMES: readonly AmountName[] = [
  'total',
  'totalFiscal',
  'totalOther',
  'annual',
  'annualFiscal',
  'annualCarryover',
  'annualOther',
  'budgetTotal',
  'budgetYear',
  'lastYearBudget',
  'lastYearSpent',
];

/** The named amounts of a form, blank ones included, in the order the forms print them. */
export function amountEntries(funds: FormFunds): [AmountName, Amount | null][] {
  return AMOUNT_NAMES.map((name) => [name, funds[name]]);
}

export interface Component {
  readonly name: CellField;
  readonly amount: Amount | null;
}

export type FormFunds = { readonly [K in AmountName]: Amount | null } & {
  readonly unit: MoneyUnit;
  /** 子项目 rows of 项目当年投入资金构成 (2018). */
  readonly components: readonly Component[];
  /** The 投入资金构成 block says `无` instead of listing sub-items. */
  readonly componentsNone: Field | null;
};

/**
 * A row of the indicator block, placed under its 一级/二级. An empty one (三级 and 指标值 both blank) is an
 * `OpenRow`: the slots of a blank template, or padding left in a filled form.
 */
export interface OpenRow {
  /** 一级 as written (carried down through merged or blank cells), null when the form has no such column. */
  readonly level1: string | null;
  readonly level2: string | null;
  readonly level1Cell: CellRef | null;
  readonly level2Cell: CellRef | null;
  readonly nameCell: CellRef;
  readonly targetCell: CellRef;
  /**
   * The row's own cell of a separate 计量单位 column (other provinces' forms). Null also where that column's cell is
   * merged over several rows: its text is still every one of those rows' `unitText`, but no fix may write it.
   */
  readonly unitCell: CellRef | null;
  /** The row's own cell of a separate 计算符号 column (budget-system exports: `≥` | `90` | `%`); as `unitCell`. */
  readonly operatorCell: CellRef | null;
  /** Grid row, for ordering and locations. */
  readonly row: number;
}

export interface SplitColumns {
  readonly unit: number | null;
  /** Null also for a 指标性质 column that holds no operator (directions or 定量/定性). */
  readonly operator: number | null;
}

export interface Indicator extends OpenRow {
  readonly name: string;
  readonly target: string;
  /** The 计量单位 cell's text, own or merged; `value` already includes the unit. */
  readonly unitText: string | null;
  /** The 计算符号 cell's text, own or merged; `value` already includes the operator when it is one (not 定性 or 不适用). */
  readonly operatorText: string | null;
  /** A 权重/分值 column's cell of this row and its text (the weights of a form add up to 100). */
  readonly weightCell: CellRef | null;
  readonly weightText: string | null;
  readonly value: TargetValue;
}

export interface Form {
  /** Position of the form among all forms of the document (0-based). */
  readonly index: number;
  readonly template: TemplateId;
  readonly title: string | null;
  readonly gridId: string;
  /** Grid rows the form occupies, [first, last]. */
  readonly rows: readonly [number, number];
  readonly fields: FormFields;
  readonly funds: FormFunds;
  readonly indicators: readonly Indicator[];
  /** Indicator rows left blank, where suggestions are written before any row is added. */
  readonly openRows: readonly OpenRow[];
  /** Grid columns of the indicator block's own 计量单位 and 计算符号 columns, where it has them. */
  readonly splitColumns: SplitColumns;
  /** Period printed in the 项目总目标 label, e.g. `(2023年-2023年)`. */
  readonly goalPeriod: { readonly from: number; readonly to: number } | null;
}
