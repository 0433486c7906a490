// §1.5: where the form has a 权重 (or 分值) column, every 三级 carries a weight and the weights add up to 100; the
// budget systems refuse to save the form otherwise (LT's save check 权重需为100).
import { defineRule } from './rule';

/** The total the weights of a form add up to. */
const TOTAL = 100;
/** Weights are whole or two-decimal numbers: a sum this close to the total is the total. */
const TOLERANCE = 0.005;
/** A weight as written: a number, perhaps followed by % or 分. */
const WEIGHT = /^(\d+(?:\.\d+)?)\s*(?:%|％|分)?$/;

export default defineRule(
  {
    id: 'structure-weight-sum',
    catalog: ['§1.5'],
    severity: 'error',
    description: {
      zh: '指标权重（分值）未填、不是数字或合计不等于 100',
      en: 'Indicator weights (points) missing, not numbers, or not adding up to 100',
    },
    messages: {
      sum: {
        zh: '本表各三级指标的权重合计为 {sum}，不等于 100（相差 {gap}）：预算系统要求权重合计为 100，否则无法保存，评审也无法据此打分。请调整各指标的权重，使合计为 100。',
        en: 'The weights of this form’s indicators add up to {sum}, not 100 (off by {gap}): the budget system requires 100 and will not save the form otherwise, and reviewers cannot score by them. Adjust the weights so that they add up to 100.',
      },
      blank: {
        zh: '“{name}”没有填写权重，而本表其他指标都填了：每个三级指标都应有权重，合计为 100，预算系统才能保存。请填写该指标的权重。',
        en: '"{name}" has no weight while the other indicators of this form have one: every indicator needs a weight, adding up to 100, for the budget system to save the form. Fill in its weight.',
      },
      fillRest: { zh: '填入 {weight}，使合计为 100', en: 'Fill in {weight}, so that they add up to 100' },
      notNumber: {
        zh: '“{name}”的权重“{actual}”不是数字：权重应写成数字（如“10”或“10%”），合计为 100。请改为数字。',
        en: 'The weight "{actual}" of "{name}" is not a number: weights are numbers (such as "10" or "10%") adding up to 100. Write a number.',
      },
    },
  },
  (form, context) => {
    const weighted = form.indicators.filter((ind) => ind.weightCell !== null);
    const filled = weighted.filter((ind) => ind.weightText);
    // A template whose weight column nobody uses asks for nothing.
    if (filled.length === 0) return;
    let sum = 0;
    let readable = true;
    for (const ind of filled) {
      const match = WEIGHT.exec(ind.weightText!);
      if (match) sum += Number(match[1]);
      else {
        readable = false;
        context.report({
          messageId: 'notNumber',
          data: { name: ind.name, actual: ind.weightText! },
          cell: ind.weightCell!,
          actual: ind.weightText!,
          severity: 'warning',
        });
      }
    }
    const blanks = weighted.filter((ind) => !ind.weightText);
    // One weight missing from a readable column: what is left of 100 is the one weight that makes it add up.
    const rest = Math.round((TOTAL - sum) * 100) / 100;
    const fillable = readable && blanks.length === 1 && rest > 0;
    for (const ind of blanks)
      context.report({
        messageId: 'blank',
        data: { name: ind.name },
        cell: ind.weightCell!,
        actual: '',
        severity: 'warning',
        ...(fillable
          ? {
              suggestions: [
                {
                  messageId: 'fillRest',
                  data: { weight: rest },
                  edits: [{ cell: ind.weightCell!, before: '', text: String(rest) }],
                },
              ],
            }
          : {}),
      });
    // The sum of an incomplete or unreadable column says nothing the findings above do not.
    if (!readable || blanks.length > 0 || Math.abs(sum - TOTAL) < TOLERANCE) return;
    const total = Math.round(sum * 100) / 100;
    context.report({
      messageId: 'sum',
      data: { sum: total, gap: Math.round(Math.abs(total - TOTAL) * 100) / 100 },
      cell: filled[0]!.weightCell!,
      actual: String(total),
    });
  },
);
