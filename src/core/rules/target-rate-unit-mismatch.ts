// a rate (…率) measured in a count unit (课题调研完成率 ≥1.00(个)) mixes two different indicators.
import { isCountUnit, isRateName } from '../name-kind';
import { sameIndicatorName } from '../suggest/name-match';
import { defineRule } from './rule';
import { nameEdit, ownStyle, rewriteTarget, withDecimals } from './support';

export default defineRule(
  {
    id: 'target-rate-unit-mismatch',
    catalog: ['R-06'],
    severity: 'warning',
    description: { zh: '比率指标用了计数单位', en: 'Rate indicator with a count unit' },
    messages: {
      mismatch: {
        zh: '“{name}”是比率，目标值“{actual}”却用了计数单位“{unit}”：比率应以 % 计，计数应使用“…数”的指标名称，两者混用无法考核。请改为百分比（如“{percent}”），或把名称改为“{countName}”保留计数。',
        en: '"{name}" is a rate, but its target "{actual}" uses the count unit "{unit}": rates are in %, counts need a "…数" name, and a mix cannot be assessed. Use a percentage (e.g. "{percent}") or rename it "{countName}" to keep the count.',
      },
      toPercent: { zh: '指标值改为“{text}”', en: 'Change the target to "{text}"' },
      toCount: { zh: '指标名称改为“{text}”', en: 'Rename the indicator "{text}"' },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || !isCountUnit(v.unit) || !isRateName(ind.name)) continue;
      const percent = rewriteTarget(ind, v, ownStyle(v, context.style), {
        op: '=',
        unit: '%',
        numberText: withDecimals('100', v.decimals),
      });
      // `课题完成率（%）` → `课题完成数`: the bracketed unit goes with the rate.
      const countName = ind.name.replace(/(率|度)\s*([(（][^()（）]*[)）])?\s*$/, '数');
      const suggestions = [{ messageId: 'toPercent', data: { text: percent.text }, edits: percent.edits }];
      if (countName !== ind.name) {
        const toCount = { messageId: 'toCount', data: { text: countName }, edits: [nameEdit(ind, countName)] };
        // The form already has this rate in % (2024 西渡: 课题调研完成率 =100.00 (%) under 时效): made a rate, the row
        // would repeat it, so keeping the count under a count's name comes first.
        const rateElsewhere = form.indicators.some(
          (other) =>
            other !== ind &&
            other.value.kind === 'quantitative' &&
            other.value.unit === '%' &&
            sameIndicatorName(other.name, ind.name),
        );
        if (rateElsewhere) suggestions.unshift(toCount);
        else suggestions.push(toCount);
      }
      context.report({
        messageId: 'mismatch',
        data: { name: ind.name, actual: ind.target, unit: v.unit ?? '', percent: percent.text, countName },
        cell: ind.targetCell,
        actual: ind.target,
        suggestions,
      });
    }
  },
);
