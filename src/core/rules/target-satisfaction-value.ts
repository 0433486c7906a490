// a satisfaction target of 0 (error), below 80% (unambitious; an organisation may set its own floor) or
// exactly 100% (unverifiable).
import { isSatisfactionName } from '../name-kind';
import { defineRule } from './rule';
import { hasUnreadableUnit, rewriteTarget, withDecimals } from './support';

export default defineRule(
  {
    id: 'target-satisfaction-value',
    catalog: ['R-07'],
    severity: 'warning',
    description: { zh: '满意度目标为 0、过低或要求 100%', en: 'Satisfaction target of 0, too low, or 100%' },
    messages: {
      zero: {
        zh: '“{name}”的目标值为 0：满意度目标为 0 等于没有目标，评审一律退回。请填写“{suggested}”（上海 2023、2024 年的申报表几乎都用 ≥90%）。',
        en: 'The target of "{name}" is 0: a satisfaction target of 0 is no target at all, and reviewers always send it back. Write "{suggested}" (nearly every Shanghai 2023/2024 form uses ≥90%).',
      },
      low: {
        zh: '“{name}”的目标值“{actual}”低于 {min}%：评审会认为目标不够积极。通常写“{suggested}”；确有理由偏低时，请在绩效目标中说明依据。',
        en: 'The target "{actual}" of "{name}" is below {min}%: reviewers see that as unambitious. The usual target is "{suggested}"; if a lower one is justified, explain why in the goals.',
      },
      full: {
        zh: '“{name}”的目标值“{actual}”要求百分之百满意：抽样调查几乎不可能全部满意，这样的目标无法如实考核。请改为“{suggested}”这样低于 100% 的目标。',
        en: 'The target "{actual}" of "{name}" demands 100% satisfaction: a survey almost never finds everyone satisfied, so it cannot be honestly assessed. Use a target below 100%, such as "{suggested}".',
      },
      useUsual: { zh: '改为“{text}”', en: 'Change to "{text}"' },
    },
    options: {
      min: {
        default: 80,
        min: 0,
        max: 99,
        description: { zh: '满意度目标最低值（%）', en: 'Lowest satisfaction target (%)' },
      },
      usual: {
        default: 90,
        min: 1,
        max: 99,
        description: {
          zh: '建议改成的满意度目标（%，不低于最低值）',
          en: 'Proposed satisfaction target (%, at least the lowest)',
        },
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || !isSatisfactionName(ind.name) || (v.unit !== null && v.unit !== '%')) continue;
      // A 计量单位 cell this tool cannot read (`分（百分制）`) gives the number a scale it cannot judge.
      if (hasUnreadableUnit(ind)) continue;
      const messageId =
        v.number === 0
          ? 'zero'
          : v.number < context.options.min
            ? 'low'
            : v.number === 100 && v.op !== '<' && v.op !== '≤'
              ? 'full'
              : null;
      if (!messageId) continue;
      const usual = rewriteTarget(ind, v, context.style, {
        op: '≥',
        unit: '%',
        numberText: withDecimals(String(Math.max(context.options.usual, context.options.min)), v.decimals),
      });
      const suggested = usual.text;
      context.report({
        messageId,
        data: { name: ind.name, actual: ind.target, suggested, min: context.options.min },
        cell: ind.targetCell,
        actual: ind.target,
        expected: [suggested],
        severity: messageId === 'zero' ? 'error' : 'warning',
        suggestions: [{ messageId: 'useUsual', data: { text: suggested }, edits: usual.edits }],
      });
    }
  },
);
