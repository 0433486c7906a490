// a number without a unit (预算执行率 `≥90`) could be 次, 人 or %; the budget system requires a unit.
import type { Indicator } from '../form';
import { isRateName, isSatisfactionName } from '../name-kind';
import { defineRule } from './rule';
import { rewriteQuantity, rewriteTarget } from './support';

/** A unit the name itself implies, when it is unambiguous. */
function impliedUnit(name: string): string | null {
  if (isSatisfactionName(name) || isRateName(name)) return '%';
  const endings: [RegExp, string][] = [
    [/人次$/, '人次'],
    [/人数$/, '人'],
    [/场次$/, '场次'],
    [/次数$/, '次'],
    [/天数$/, '天'],
    [/学时$/, '学时'],
    [/(事故|故障).{0,6}$/, '次'],
    [/投诉.{0,4}$/, '件'],
  ];
  return endings.find(([re]) => re.test(name))?.[1] ?? null;
}

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
      addUnit: { zh: '改为“{text}”', en: 'Change to "{text}"' },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || v.unit !== null || selfUnitised(ind)) continue;
      // target-satisfaction-value already proposes a whole new value (`≥90%`) for these.
      if (isSatisfactionName(ind.name) && v.number < 80) continue;
      const unit = impliedUnit(ind.name);
      const rewrite = unit ? rewriteTarget(ind, v, context.style, { unit, keepPrefix: true }) : null;
      const text = rewrite?.text ?? null;
      context.report({
        messageId: 'missing',
        data: {
          name: ind.name,
          actual: ind.target,
          example: text ?? rewriteQuantity(v, context.style, { unit: '次' }),
        },
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
