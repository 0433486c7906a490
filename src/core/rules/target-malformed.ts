// a value with operators or digits that fits neither the target grammar nor a time expression.
import { defineRule } from './rule';

export default defineRule(
  {
    id: 'target-malformed',
    catalog: ['R-19'],
    severity: 'error',
    description: { zh: '指标值写法无法识别', en: 'Target value cannot be read' },
    messages: {
      malformed: {
        zh: '“{name}”的指标值“{actual}”不符合“运算符＋数值＋单位”的写法：预算系统无法识别，评审会退回。请写成如“≥90(%)”“=4(次)”“≤30(分钟)”，或写文字目标如“按期完成”。',
        en: 'The target "{actual}" of "{name}" does not follow "operator + number + unit" ({reason}): the budget system cannot read it and reviewers send it back. Write e.g. "≥90(%)", "=4(次)", "≤30(分钟)", or a worded target such as "按期完成".',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      if (ind.value.kind !== 'malformed') continue;
      context.report({
        messageId: 'malformed',
        data: { name: ind.name, actual: ind.target, reason: ind.value.reason },
        cell: ind.targetCell,
        actual: ind.target,
      });
    }
  },
);
