// Reads header fields and fund amounts by their labels: the value is in the same cell after `：`,
// in the next cell to the right, or — when the right neighbour is another label — in the cell below.
import type { Cell, GridIndex } from '../grid';
import type { Amount, AmountName, CellField, Component, Field, FieldName, FormFields, FormFunds } from '../form';
import { parseMoney } from '../values/money';
import type { MoneyUnit } from '../values/types';
import { hasCheckboxes, parseCheckboxes } from './checkboxes';
import type { LabelMatch } from './labels';
import { CATEGORY_VALUES, FUND_USE_VALUES, isTitle, matchLabel, NATURE_VALUES, titleYear } from './labels';

interface Labelled {
  readonly cell: Cell;
  readonly match: LabelMatch;
}

export interface HeaderData {
  readonly fields: FormFields;
  readonly funds: FormFunds;
  readonly title: string | null;
  readonly goalPeriod: { from: number; to: number } | null;
}

const NO_FIELDS: FormFields = {
  projectName: null,
  year: null,
  nature: null,
  category: null,
  fundUse: null,
  department: null,
  implementer: null,
  startDate: null,
  endDate: null,
  goalTotal: null,
  goalAnnual: null,
};

const NO_AMOUNTS: { [K in AmountName]: Amount | null } = {
  total: null,
  totalFiscal: null,
  totalOther: null,
  annual: null,
  annualFiscal: null,
  annualCarryover: null,
  annualOther: null,
  budgetTotal: null,
  budgetYear: null,
  lastYearBudget: null,
  lastYearSpent: null,
};

function labelsIn(index: GridIndex, first: number, last: number): Labelled[] {
  const found: Labelled[] = [];
  for (let row = first; row <= last; row++) {
    for (const slot of index.slots(row)) {
      if (!slot.starts) continue;
      const match = matchLabel(slot.cell.text);
      if (match) found.push({ cell: slot.cell, match });
    }
  }
  return found;
}

const isLabel = (cell: Cell) => matchLabel(cell.text) !== null || isTitle(cell.text);

/** The value written for a label, or null when the form has no place for it. */
function valueOf(index: GridIndex, { cell, match }: Labelled): CellField | null {
  if (match.inlineValue !== null)
    return { text: match.inlineValue, cell: cell.ref, labelPrefix: match.labelPrefix ?? '' };
  const right = index.at(cell.row, cell.col + cell.colSpan);
  if (right && !isLabel(right)) return { text: right.text.trim(), cell: right.ref };
  const below = index.at(cell.row + cell.rowSpan, cell.col);
  if (below && below.row === cell.row + cell.rowSpan && !isLabel(below))
    return { text: below.text.trim(), cell: below.ref };
  return null;
}

function toAmount(field: CellField, unit: MoneyUnit): Amount {
  const parsed = parseMoney(field.text, unit);
  return {
    ...field,
    fen: parsed.kind === 'amount' ? parsed.fen : null,
    style: parsed.kind === 'amount' ? parsed.style : null,
    malformed: parsed.kind === 'malformed' ? parsed.reason : null,
  };
}

/** Routes a choice to the field its vocabulary belongs to: 2020 forms print 项目性质 values under 项目类别. */
function fieldForValue(text: string, labelled: FieldName): FieldName {
  const has = (list: readonly string[]) => list.some((v) => text.includes(v));
  if (labelled === 'nature' || labelled === 'category' || labelled === 'fundUse') {
    if (has(NATURE_VALUES)) return 'nature';
    if (has(CATEGORY_VALUES)) return 'category';
    if (has(FUND_USE_VALUES)) return 'fundUse';
  }
  return labelled;
}

function checkedField(options: ReturnType<typeof parseCheckboxes>, list: readonly string[]) {
  const picked = options.filter((o) => o.checked && list.some((v) => o.label.includes(v) || v.includes(o.label)));
  return picked.map((o) => o.label).join('、');
}

/** Ticked options of checkbox cells, routed by vocabulary (a continuation row may lack its label). */
function checkboxFields(index: GridIndex, first: number, last: number): Partial<Record<FieldName, Field>> {
  const result: Partial<Record<FieldName, Field>> = {};
  for (let row = first; row <= last; row++) {
    for (const slot of index.slots(row)) {
      if (!slot.starts || !hasCheckboxes(slot.cell.text)) continue;
      const options = parseCheckboxes(slot.cell.text);
      for (const [field, list] of [
        ['nature', NATURE_VALUES],
        ['fundUse', FUND_USE_VALUES],
        ['category', CATEGORY_VALUES],
      ] as const) {
        if (!options.some((o) => list.some((v) => o.label.includes(v)))) continue;
        const text = checkedField(options, list);
        const previous = result[field];
        if (!previous || (previous.text === '' && text !== '')) result[field] = { text, cell: slot.cell.ref };
      }
    }
  }
  return result;
}

function components(index: GridIndex, labels: Labelled[], unit: MoneyUnit, last: number) {
  const nameHeader = labels.find(
    (l) => l.match.meaning.kind === 'components-header' && l.match.meaning.column === 'name',
  );
  const amountHeader = labels.find(
    (l) => l.match.meaning.kind === 'components-header' && l.match.meaning.column === 'amount',
  );
  const list: Component[] = [];
  let none: Field | null = null;
  if (!nameHeader) return { list, none };
  const nameCol = nameHeader.cell.col;
  for (let row = nameHeader.cell.row + 1; row <= last; row++) {
    const blocked = index.slots(row).some((s) => {
      if (!s.starts || s.cell.col >= nameCol) return false;
      const kind = matchLabel(s.cell.text)?.meaning.kind;
      return kind !== undefined && kind !== 'components-block';
    });
    const nameCell = index.at(row, nameCol);
    if (blocked || !nameCell || nameCell.row !== row || matchLabel(nameCell.text)) break;
    const amountCell = amountHeader ? index.at(row, amountHeader.cell.col) : undefined;
    const name = nameCell.text.trim();
    const amountText = amountCell && amountCell !== nameCell ? amountCell.text.trim() : '';
    if (name === '无' || name === '/') {
      none = { text: name, cell: nameCell.ref };
      continue;
    }
    if (name === '' && amountText === '') continue;
    list.push({
      name: { text: name, cell: nameCell.ref },
      amount: amountCell && amountCell !== nameCell ? toAmount({ text: amountText, cell: amountCell.ref }, unit) : null,
    });
  }
  return { list, none };
}

function periodOf(note: string | null): { from: number; to: number } | null {
  const m = note ? /(\d{4})\s*年?\s*[-—~至]\s*(\d{4})/.exec(note) : null;
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

/** Title, year and 申报单位 printed in paragraphs above the table. */
function preambleFields(preamble: readonly string[]) {
  let title: string | null = null;
  let year: string | null = null;
  let implementer: string | null = null;
  for (const line of preamble) {
    if (isTitle(line)) title = line.trim();
    year = titleYear(line) ?? year;
    const label = matchLabel(line);
    if (label?.meaning.kind === 'field' && label.meaning.field === 'implementer' && label.inlineValue)
      implementer = label.inlineValue;
  }
  return { title, year, implementer };
}

export function readHeader(index: GridIndex, first: number, last: number, preamble: readonly string[]): HeaderData {
  const labels = labelsIn(index, first, last);
  const unit: MoneyUnit = labels.some((l) => l.match.unit === '万元') ? '万元' : '元';
  const annualLabel = labels.find((l) => l.match.meaning.kind === 'amount' && l.match.meaning.amount === 'annual');
  const fields: Partial<Record<FieldName, Field>> = {};
  const amounts: Partial<Record<AmountName, Amount>> = {};
  let goalPeriod: { from: number; to: number } | null = null;
  for (const labelled of labels) {
    const { meaning } = labelled.match;
    if (meaning.kind === 'field') {
      const value = valueOf(index, labelled);
      if (!value) continue;
      const field = fieldForValue(value.text, meaning.field);
      fields[field] ??= value;
      if (field === 'goalTotal') goalPeriod ??= periodOf(labelled.match.note);
    } else if (meaning.kind === 'amount' || meaning.kind === 'sided-amount') {
      const name =
        meaning.kind === 'amount'
          ? meaning.amount
          : annualLabel && labelled.cell.col >= annualLabel.cell.col
            ? meaning.right
            : meaning.left;
      const value = valueOf(index, labelled);
      if (value) amounts[name] ??= toAmount(value, labelled.match.unit ?? unit);
    }
  }
  const boxes = checkboxFields(index, first, last);
  for (const [name, field] of Object.entries(boxes) as [FieldName, Field][]) {
    const current = fields[name];
    if (!current || hasCheckboxes(current.text) || current.text === '') fields[name] = field;
  }
  for (const name of ['nature', 'category', 'fundUse'] as const) {
    const current = fields[name];
    if (current && hasCheckboxes(current.text)) delete fields[name];
  }
  let title: string | null = null;
  for (let row = first; row <= last && (title === null || !fields.year); row++) {
    for (const slot of index.slots(row)) {
      if (!slot.starts) continue;
      if (title === null && isTitle(slot.cell.text)) title = slot.cell.text.trim();
      const year = titleYear(slot.cell.text);
      if (year && !fields.year) fields.year = { text: year, cell: slot.cell.ref };
    }
  }
  const above = preambleFields(preamble);
  title ??= above.title;
  if (!fields.year && above.year) fields.year = { text: above.year, cell: null };
  if (!fields.implementer && above.implementer) fields.implementer = { text: above.implementer, cell: null };
  const parts = components(index, labels, unit, last);
  return {
    fields: { ...NO_FIELDS, ...fields },
    funds: { ...NO_AMOUNTS, ...amounts, unit, components: parts.list, componentsNone: parts.none },
    title,
    goalPeriod,
  };
}
