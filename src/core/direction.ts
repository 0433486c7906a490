// Which way a quantitative indicator is better — more (完成率, 培训人数) or less (成本, 故障次数) — from its name,
// dimension and unit; null where the wording does not tell.
import type { Indicator } from './form';
import { dimensionOf, effectiveLevel2 } from './levels';
import {
  isCapName,
  isCostName,
  isCountName,
  isCountUnit,
  isDefectName,
  isMoneyUnit,
  isPercentUnit,
  isPositiveRateName,
} from './name-kind';
import type { Quantity } from './values/types';

export function lessIsBetter(ind: Indicator, v: Quantity): boolean {
  return isDefectName(ind.name) || (isCostName(ind.name) && (dimensionOf(ind) === 'cost' || isMoneyUnit(v.unit)));
}

export function moreIsBetter(ind: Indicator, v: Quantity): boolean {
  if (lessIsBetter(ind, v) || isCapName(ind.name) || isCostName(ind.name) || dimensionOf(ind) === 'cost') return false;
  if (isPercentUnit(v.unit)) return isPositiveRateName(ind.name);
  // A count is "more is better" where it is a 数量 target (domain-rules §2.4); elsewhere it may be an incident.
  const quantity = effectiveLevel2(ind) === '数量指标' || (ind.level2 === null && dimensionOf(ind) === 'output');
  return quantity && (isCountUnit(v.unit) || (v.unit === null && isCountName(ind.name)));
}
