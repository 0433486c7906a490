// Checks one library indicator's target and direction with the engine's own parsers; shared by JSON and sheet imports.
import { isDefectName } from '../core/name-kind';
import { columnSaysUnit, columnUnit, formatQuantity, parseTarget, unreadableUnit } from '../core/values/target';
import type { Direction } from './schema';

/** A problem with one entry, in words a finance clerk understands, with where it is. */
export interface LibraryIssue {
  /** `indicators[3].target` in a JSON file, `第5行·指标值` in a sheet, '' for the whole file. */
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

export interface CheckedTarget {
  /** The target in the library's canonical syntax (`≥95%`, `=12次`), or the worded target as written. */
  readonly target: string;
  readonly unit: string;
  readonly direction: Direction;
}

export type TargetCheck =
  | { readonly ok: true; readonly value: CheckedTarget }
  | { readonly ok: false; readonly zh: string; readonly en: string };

const MALFORMED_ZH: Readonly<Record<string, string>> = {
  'doubled operator': '比较符号重复了',
  'more than one operator': '写了不止一个比较符号',
  'operator after the number': '比较符号写在了数字后面',
  'operator without a number': '比较符号后面没有数字',
  'number before the operator': '数字写在了比较符号前面',
  'unbalanced parentheses': '括号不成对',
  'approximate value': '用了“约、左右”等约数',
  'impossible date': '日期不存在',
  'empty unit': '括号里没有单位',
  'invalid number': '数字写法不对',
};

const GLUED = { unitStyle: 'glued', spaceBeforeUnit: false } as const;

const EXAMPLES_ZH = '如“≥95%”“=12次”“≤30分钟”，或“按期完成”“符合要求”';
const EXAMPLES_EN = 'e.g. "≥95%", "=12次", "≤30分钟", or a phrase such as "按期完成"';

function fail(zh: string, en: string): TargetCheck {
  return { ok: false, zh, en };
}

/**
 * Reads a target with the engine's parser and puts it in canonical syntax. `unit` is a separate 计量单位 (used when
 * the target has none), `direction` the stated one (inferred from the operator and the name when absent).
 */
export function checkTarget(name: string, target: string, unit = '', direction: Direction | null = null): TargetCheck {
  const value = parseTarget(target);
  switch (value.kind) {
    case 'empty':
      return fail(
        `指标值为空或只是占位符，请填写典型目标值，${EXAMPLES_ZH}。`,
        `The target is empty or a placeholder: write a typical target, ${EXAMPLES_EN}.`,
      );
    case 'malformed':
      return fail(
        `指标值“${target}”的写法无法识别（${MALFORMED_ZH[value.reason] ?? '格式不对'}），请写成${EXAMPLES_ZH}。`,
        `The target "${target}" cannot be read (${value.reason}): write it ${EXAMPLES_EN}.`,
      );
    case 'qualitative':
      if (value.vague)
        return fail(
          `指标值“${target}”只说了方向（提升、增长…），没有可考核的标准，请写出具体数值或明确的标准（如“≥90%”“建立健全”）。`,
          `The target "${target}" only names a direction (提升, 增长…) with nothing to assess against: give a figure or a clear standard.`,
        );
      return worded(target, direction);
    case 'time':
      return worded(target, direction);
    case 'quantitative':
      break;
  }
  if (value.prefix !== '')
    return fail(
      `指标值“${target}”里夹带了文字“${value.prefix}”，请只写比较符号、数字和单位（如“≥95%”）。`,
      `The target "${target}" carries the words "${value.prefix}": write only the operator, number and unit (e.g. "≥95%").`,
    );
  const given = unit.trim();
  // A unit the engine cannot read would make every row inserted from this entry unreadable.
  if (unreadableUnit(given))
    return fail(
      `计量单位“${given}”无法识别，请只写一个单位，如“次”“台”“%”。`,
      `The unit "${given}" cannot be read: write one unit, e.g. 次, 台 or %.`,
    );
  // The engine's reading of a 计量单位 column: `百分比` is %, `/` no unit.
  const column = given === '' ? null : columnUnit(given);
  // The same unit in both places, one with its period (`次` and `次/年`): the fuller one is kept.
  const agree = (a: string, b: string) => columnSaysUnit(a, b) || columnSaysUnit(b, a);
  if (column !== null && value.unit !== null && !agree(column, value.unit))
    return fail(
      `指标值“${target}”的单位“${value.unit}”与计量单位“${given}”不一致，请统一。`,
      `The target "${target}" is in "${value.unit}" but the unit column says "${given}": make them agree.`,
    );
  const finalUnit =
    column !== null && (value.unit === null || columnSaysUnit(given, value.unit)) ? column : (value.unit ?? '');
  if (value.op === null) {
    const n = `${value.numberText}${finalUnit}`;
    return fail(
      `指标值“${target}”缺少比较符号，请写成“≥${n}”“=${n}”或“≤${n}”。`,
      `The target "${target}" has no operator: write "≥", "=" or "≤" before the number.`,
    );
  }
  if (finalUnit === '')
    return fail(
      `指标值“${target}”没有计量单位，请在数字后写单位（如“%”“次”“人”），或填写“计量单位”。`,
      `The target "${target}" has no unit: add one after the number (%, 次, 人 …) or fill in the unit.`,
    );
  const lessIsBetter =
    value.op === '≤' || value.op === '<' || (value.op === '=' && (value.number === 0 || isDefectName(name)));
  const implied: Direction = lessIsBetter ? 'lower' : 'higher';
  const stated = direction ?? implied;
  if (stated === 'qualitative')
    return fail(
      `指标值“${target}”是定量的（有数字和单位），指标方向却写了“定性”，请改为“正向”或“反向”。`,
      `The target "${target}" is quantitative but the direction says qualitative: use higher or lower.`,
    );
  if (value.op !== '=' && stated !== implied)
    return fail(
      `指标方向是“${stated === 'higher' ? '正向（越大越好）' : '反向（越小越好）'}”，指标值“${target}”却用了“${value.op}”，两者矛盾，请改其中一个。`,
      `The direction says ${stated} is better, but the target "${target}" uses "${value.op}": change one of them.`,
    );
  const canonical = formatQuantity({ op: value.op, numberText: value.numberText, unit: finalUnit }, GLUED);
  return { ok: true, value: { target: canonical, unit: finalUnit, direction: stated } };
}

function worded(target: string, direction: Direction | null): TargetCheck {
  if (direction !== null && direction !== 'qualitative')
    return fail(
      `指标值“${target}”是定性的文字，指标方向应为“定性”，不能是“${direction === 'higher' ? '正向' : '反向'}”；若要比较大小，请写成数值（如“≥95%”）。`,
      `The target "${target}" is worded, so its direction is qualitative, not ${direction}; to compare sizes, write a figure.`,
    );
  return { ok: true, value: { target: target.trim(), unit: '', direction: 'qualitative' } };
}
