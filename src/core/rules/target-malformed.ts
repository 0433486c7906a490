// a value with operators or digits that fits neither the target grammar nor a time expression, or whose
// operator disagrees with the row's 计算符号 column.
import { canonicalOp, parseTarget } from '../values/target';
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
      conflict: {
        zh: '“{name}”的计算符号栏是“{column}”，指标值“{actual}”里却另写了运算符：两处不一致，无法判断目标是至少还是至多，评审会退回。请确定哪一个正确，填在计算符号栏，并删去指标值中的运算符。',
        en: 'The operator column of "{name}" says "{column}" but its value "{actual}" carries another operator: the two disagree, so nobody can tell whether the target is a floor or a ceiling, and reviewers send it back. Decide which is right, put it in the operator column and take the operator out of the value.',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      if (ind.value.kind !== 'malformed') continue;
      // The value reads on its own: what makes the row unreadable is the 计算符号 column saying otherwise.
      if (ind.operatorText && canonicalOp(ind.operatorText) && parseTarget(ind.target).kind === 'quantitative') {
        context.report({
          messageId: 'conflict',
          data: { name: ind.name, actual: ind.target, column: ind.operatorText },
          cell: ind.targetCell,
          actual: ind.target,
        });
        continue;
      }
      context.report({
        messageId: 'malformed',
        data: { name: ind.name, actual: ind.target, reason: ind.value.reason },
        cell: ind.targetCell,
        actual: ind.target,
      });
    }
  },
);
