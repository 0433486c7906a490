// Every rule, sorted by id: the engine's default rule set.
import type { Rule } from './rule';
import dateDeadlineOutsidePeriod from './date-deadline-outside-period';
import datePeriodInvalid from './date-period-invalid';
import fundAmountInvalid from './fund-amount-invalid';
import fundAnnualExceedsTotal from './fund-annual-exceeds-total';
import fundAnnualSum from './fund-annual-sum';
import fundComponentsNone from './fund-components-none';
import fundComponentsSum from './fund-components-sum';
import fundCostExceedsBudget from './fund-cost-exceeds-budget';
import fundFiscalCoversAnnual from './fund-fiscal-covers-annual';
import fundFormat from './fund-format';
import fundLastYearOverspent from './fund-last-year-overspent';
import fundSingleYearTotal from './fund-single-year-total';
import fundTotalSum from './fund-total-sum';
import fundYearExceedsTotalBudget from './fund-year-exceeds-total-budget';
import structureCategoryAsName from './structure-category-as-name';
import structureDuplicateIndicator from './structure-duplicate-indicator';
import structureEmptyRow from './structure-empty-row';
import structureIndicatorCount from './structure-indicator-count';
import structureLevelMismatch from './structure-level-mismatch';
import structureManagementIndicator from './structure-management-indicator';
import structureMissingDimension from './structure-missing-dimension';
import structureOutputAsOutcome from './structure-output-as-outcome';
import structureSatisfactionNotSatisfaction from './structure-satisfaction-not-satisfaction';
import structureSloganOutcome from './structure-slogan-outcome';
import structureWeightSum from './structure-weight-sum';
import targetEmpty from './target-empty';
import targetFormat from './target-format';
import targetInvertedOperator from './target-inverted-operator';
import targetMalformed from './target-malformed';
import targetMissingUnit from './target-missing-unit';
import targetRateOutOfRange from './target-rate-out-of-range';
import targetRateUnitMismatch from './target-rate-unit-mismatch';
import targetSatisfactionValue from './target-satisfaction-value';
import targetTimelinessNotTime from './target-timeliness-not-time';
import targetVague from './target-vague';
import targetValueInName from './target-value-in-name';
import textGoalIndicatorMismatch from './text-goal-indicator-mismatch';
import textGoalMissing from './text-goal-missing';
import textHtmlRemnant from './text-html-remnant';

export const allRules: readonly Rule[] = [
  dateDeadlineOutsidePeriod,
  datePeriodInvalid,
  fundAmountInvalid,
  fundAnnualExceedsTotal,
  fundAnnualSum,
  fundComponentsNone,
  fundComponentsSum,
  fundCostExceedsBudget,
  fundFiscalCoversAnnual,
  fundFormat,
  fundLastYearOverspent,
  fundSingleYearTotal,
  fundTotalSum,
  fundYearExceedsTotalBudget,
  structureCategoryAsName,
  structureDuplicateIndicator,
  structureEmptyRow,
  structureIndicatorCount,
  structureLevelMismatch,
  structureManagementIndicator,
  structureMissingDimension,
  structureOutputAsOutcome,
  structureSatisfactionNotSatisfaction,
  structureSloganOutcome,
  structureWeightSum,
  targetEmpty,
  targetFormat,
  targetInvertedOperator,
  targetMalformed,
  targetMissingUnit,
  targetRateOutOfRange,
  targetRateUnitMismatch,
  targetSatisfactionValue,
  targetTimelinessNotTime,
  targetVague,
  targetValueInName,
  textGoalIndicatorMismatch,
  textGoalMissing,
  textHtmlRemnant,
];

export type { Finding, Lang, Rule, Severity } from './rule';
