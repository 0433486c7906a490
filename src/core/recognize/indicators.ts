// Reads the indicator block: finds its header row by labels, then one Indicator per 三级 row with
// 一级/二级 carried down through merged (or left-blank) cells, as a reader of the printed form does.
import type { Cell, GridIndex } from '../grid';
import type { Indicator, OpenRow, SplitColumns } from '../form';
import { canonicalOp, columnClash, columnUnit, parseTarget } from '../values/target';
import type { TargetValue } from '../values/types';
import type { HeaderColumn } from './labels';
import { isAmbiguousOperatorLabel, matchLabel } from './labels';

export interface IndicatorHeader {
  readonly row: number;
  readonly columns: Partial<Record<HeaderColumn, number>>;
  readonly level1Text: string | null;
  readonly targetText: string | null;
  readonly operatorText: string | null;
}

/** The first row in range whose cells name a 三级/value column pair (or 一级 + value). */
export function findIndicatorHeader(index: GridIndex, first: number, last: number): IndicatorHeader | null {
  for (let row = first; row <= last; row++) {
    const found: Partial<Record<HeaderColumn, Cell>> = {};
    for (const slot of index.slots(row)) {
      if (!slot.starts) continue;
      const label = matchLabel(slot.cell.text);
      if (label?.meaning.kind !== 'header') continue;
      const column = label.meaning.column;
      // 绩效指标 is the block label of 2023 forms and the 三级 column of 2018 ones: the rightmost wins. A 计算符号
      // column wins over a 指标性质 one.
      const weaker = column === 'operator' && found.operator && isAmbiguousOperatorLabel(found.operator.text);
      if (column === 'name' || !found[column] || weaker) found[column] = slot.cell;
    }
    if (found.target && (found.name || found.level1)) {
      const columns: Partial<Record<HeaderColumn, number>> = {};
      for (const [k, cell] of Object.entries(found)) columns[k as HeaderColumn] = cell.col;
      if (columns.name === undefined || (columns.level1 !== undefined && columns.name < columns.level1))
        columns.name = nameColumnAfterLevels(columns);
      return {
        row,
        columns,
        level1Text: found.level1?.text ?? null,
        targetText: found.target.text,
        operatorText: found.operator?.text ?? null,
      };
    }
  }
  return null;
}

function nameColumnAfterLevels(columns: Partial<Record<HeaderColumn, number>>): number {
  return Math.max(columns.level1 ?? -1, columns.level2 ?? -1) + 1;
}

/** A row belongs to the indicator block until a form label (备注, 项目名称 …) starts left of the 三级 column. */
function endsBlock(index: GridIndex, row: number, nameCol: number): boolean {
  return index.slots(row).some((slot) => {
    if (!slot.starts || slot.cell.col >= nameCol) return false;
    const kind = matchLabel(slot.cell.text)?.meaning.kind;
    return kind === 'field' || kind === 'amount' || kind === 'sided-amount' || kind === 'other';
  });
}

interface Carried {
  text: string;
  cell: Cell;
}

export interface IndicatorRows {
  readonly indicators: Indicator[];
  readonly openRows: OpenRow[];
  readonly splitColumns: SplitColumns;
}

export function readIndicators(index: GridIndex, header: IndicatorHeader, last: number): IndicatorRows {
  const {
    level1: l1Col,
    level2: l2Col,
    name: nameCol = 0,
    target: targetCol = 0,
    unit: unitCol,
    operator: operatorCol,
    weight: weightCol,
  } = header.columns;
  const indicators: Indicator[] = [];
  const openRows: OpenRow[] = [];
  let level1: Carried | null = null;
  let level2: Carried | null = null;
  for (let row = header.row + 1; row <= last; row++) {
    if (endsBlock(index, row, nameCol)) break;
    const nameCell = index.at(row, nameCol);
    const targetCell = index.at(row, targetCol);
    if (!nameCell || !targetCell || nameCell === targetCell) continue;
    const l1 = l1Col === undefined ? undefined : index.at(row, l1Col);
    if (l1 && l1.row === row && l1 !== nameCell && l1.text.trim() !== '') {
      level1 = { text: l1.text.trim(), cell: l1 };
      level2 = null;
    }
    const l2 = l2Col === undefined ? undefined : index.at(row, l2Col);
    if (l2 && l2.row === row && l2 !== nameCell && l2.text.trim() !== '') level2 = { text: l2.text.trim(), cell: l2 };
    if (nameCell.row !== row) continue;
    const name = nameCell.text.trim();
    const target = targetCell.text.trim();
    const unit = columnCell(index, row, unitCol, [nameCell, targetCell]);
    const unitCell = ownCell(unit, nameCell);
    const unitText = unit?.text.trim() ?? null;
    const operator = columnCell(index, row, operatorCol, [nameCell, targetCell, unit]);
    const operatorCell = ownCell(operator, nameCell);
    const operatorText = operator?.text.trim() ?? null;
    const weightCell = ownCell(columnCell(index, row, weightCol, [nameCell, targetCell, unit, operator]), nameCell);
    const placed: OpenRow = {
      level1: level1?.text ?? null,
      level2: level2?.text ?? null,
      level1Cell: level1?.cell.ref ?? null,
      level2Cell: level2?.cell.ref ?? null,
      nameCell: nameCell.ref,
      targetCell: targetCell.ref,
      unitCell: unitCell?.ref ?? null,
      operatorCell: operatorCell?.ref ?? null,
      row,
    };
    if (name === '' && target === '') {
      // A blank template's slot (or padding): somewhere to write a suggestion, not an indicator to check.
      if (placed.level1 || placed.level2) openRows.push(placed);
      continue;
    }
    const value = completedValue(target, operatorText, unitText);
    // Written out rather than spread from `placed`: V8 builds an object of this many properties from a literal
    // faster (recognising the 1,000 benchmark forms: 0.28 s with the spread, 0.16 s without; 0.23–0.25 s before the
    // operator and weight columns were added).
    indicators.push({
      level1: placed.level1,
      level2: placed.level2,
      level1Cell: placed.level1Cell,
      level2Cell: placed.level2Cell,
      nameCell: placed.nameCell,
      targetCell: placed.targetCell,
      unitCell: placed.unitCell,
      operatorCell: placed.operatorCell,
      row,
      name,
      target,
      unitText,
      operatorText,
      weightCell: weightCell?.ref ?? null,
      weightText: weightCell?.text.trim() ?? null,
      value,
    });
  }
  // An ambiguous 指标性质 column that holds no operator anywhere holds directions or kinds: nothing to read or write.
  const ambiguous = header.operatorText !== null && isAmbiguousOperatorLabel(header.operatorText);
  if (ambiguous && !indicators.some((i) => i.operatorText && canonicalOp(i.operatorText)))
    return {
      splitColumns: { unit: unitCol ?? null, operator: null },
      indicators: indicators.map((i) => ({
        ...i,
        operatorCell: null,
        operatorText: null,
        value: completedValue(i.target, null, i.unitText),
      })),
      openRows: openRows.map((r) => ({ ...r, operatorCell: null })),
    };
  return { indicators, openRows, splitColumns: { unit: unitCol ?? null, operator: operatorCol ?? null } };
}

/** The cell of a column on this row, unless the row's name, value or unit cell spans into that column. */
export function columnCell(
  index: GridIndex,
  row: number,
  col: number | null | undefined,
  others: readonly (Cell | undefined)[],
): Cell | undefined {
  const cell = col === undefined || col === null ? undefined : index.at(row, col);
  return cell && !others.includes(cell) ? cell : undefined;
}

/**
 * The cell if it is the indicator's own, within the rows of its 三级 cell (two grid rows where a 备注 column is
 * split): one merged over other indicators' rows too (a 计算符号 `≥` or a 计量单位 `%` written once for a group) is
 * read for each of them, but an edit for one would change them all.
 */
function ownCell(cell: Cell | undefined, name: Cell): Cell | undefined {
  return cell && cell.row >= name.row && cell.row + cell.rowSpan <= name.row + name.rowSpan ? cell : undefined;
}

/**
 * The row's value: a 计算符号 and a 计量单位 column complete a bare number (`≥` + `20` + `场次` reads `≥20(场次)`);
 * the cells stay as they are. An operator column holding 定性 or 不适用 adds nothing, nor a unit column holding `/` or
 * 无; one that contradicts what the value writes makes the row unreadable (the person must say which is meant).
 */
function completedValue(target: string, operatorText: string | null, unitText: string | null): TargetValue {
  const written = parseTarget(target);
  if (written.kind !== 'quantitative') return written;
  const op = operatorText ? canonicalOp(operatorText) : null;
  const unit = unitText ? columnUnit(unitText) : null;
  const clash = columnClash(written, op, unit);
  if (clash)
    return {
      kind: 'malformed',
      text: target,
      reason: `the ${clash.column} column says ${clash.columnSays}, the value ${clash.valueSays}`,
      clash,
    };
  const withOp = op && written.op === null ? `${op}${target}` : target;
  const complete = unit !== null && written.unit === null ? `${withOp}(${unit})` : withOp;
  return complete === target ? written : parseTarget(complete);
}
