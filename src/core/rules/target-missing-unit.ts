// a number without a unit (预算执行率 `≥90`) could be 次, 人 or %; the budget system requires a unit.
import type { Indicator } from '../form';
import { isSatisfactionName, unitImpliedBy } from '../name-kind';
import { defineRule } from './rule';
import { hasUnreadableUnit, rewriteQuantity, rewriteTarget } from './support';

/** A quality (…有效性, …完成度), not a physical measure in 度 (温度, 速度 …). */
const QUALITY_NAME = /(?<![温速长高厚强频宽深密湿亮精角])[性度]$/;

/** Names that carry their unit, `培训时长（小时）`. */
const selfUnitised = (ind: Indicator) => /[(（][^()（）]{1,6}[)）]\s*$/.test(ind.name);

export default defineRule(
  {
    id: 'target-missing-unit',
    catalog: ['R-02'],
    severity: 'warning',
    description: { zh: '定量指标缺少计量单位', en: 'Quantitative target without a unit' },
    messages: {
      missing: {
        zh: '“{name}”的目标值“{actual}”只有数字没有计量单位：同一个数字可以是次、人或百分比，评审无法判断，预算系统也要求定量指标填写计量单位。请加上单位，如“{example}”。',
        en: 'The target "{actual}" of "{name}" is a number without a unit: it could be times, people or a percentage, so reviewers cannot judge it, and the budget system requires a unit for quantitative targets. Add one, e.g. "{example}".',
      },
      missingAny: {
        zh: '“{name}”的目标值“{actual}”只有数字没有计量单位：同一个数字可以是次、人或百分比，评审无法判断，预算系统也要求定量指标填写计量单位。请写明计量单位（如 %、次、个、人、天）。',
        en: 'The target "{actual}" of "{name}" is a number without a unit: it could be times, people or a percentage, so reviewers cannot judge it, and the budget system requires a unit for quantitative targets. Write its unit (%, times, items, people, days …).',
      },
      addUnit: { zh: '改为“{text}”', en: 'Change to "{text}"' },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || v.unit !== null || selfUnitised(ind)) continue;
      // A 计量单位 cell this tool cannot read (`个（件）`) still gives the row a unit.
      if (hasUnreadableUnit(ind)) continue;
      // target-satisfaction-value already proposes a whole new value (`≥90%`) for a satisfaction of 0. A low one
      // (`≥75`) needs its unit too: the organisation's floor may accept it.
      if (isSatisfactionName(ind.name) && v.number === 0) continue;
      const unit = unitImpliedBy(ind.name);
      const rewrite = unit ? rewriteTarget(ind, v, context.style, { unit, keepPrefix: true }) : null;
      const text = rewrite?.text ?? null;
      // A quality (…有效性, …完成度) up to 100 is almost always a percentage: named as the example, not written in.
      const likely = text ?? (QUALITY_NAME.test(ind.name.trim()) && v.number <= 100 ? '%' : null);
      const example =
        text ?? (likely ? rewriteQuantity(v, { unitStyle: 'paren', spaceBeforeUnit: false }, { unit: likely }) : null);
      context.report({
        messageId: example ? 'missing' : 'missingAny',
        data: { name: ind.name, actual: ind.target, ...(example ? { example } : {}) },
        cell: ind.targetCell,
        actual: ind.target,
        ...(text
          ? {
              expected: [text],
              suggestions: [{ messageId: 'addUnit', data: { text }, edits: rewrite!.edits }],
            }
          : {}),
      });
    }
  },
);
