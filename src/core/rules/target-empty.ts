// a target (or an indicator name) that is blank or a placeholder (`*`, `XX`, `≥**%`) cannot be assessed.
import { defineRule } from './rule';

const PLACEHOLDER_NAME = /^[\s*_\-—/…xX.]+$/;

export default defineRule(
  {
    id: 'target-empty',
    catalog: ['R-01'],
    severity: 'error',
    description: { zh: '指标值或指标名称为空或是占位符', en: 'Empty or placeholder target or indicator name' },
    messages: {
      emptyValue: {
        zh: '“{name}”的指标值为空：没有目标值就无法考核，预算系统也不允许保存空的指标值。请填写可考核的目标值，如“≥90(%)”“=4(次)”或“按期完成”。',
        en: 'The target of "{name}" is empty: nothing can be assessed against it, and the budget system refuses blank targets. Write a measurable target such as "≥90(%)", "=4(次)" or "按期完成".',
      },
      placeholder: {
        zh: '“{name}”的指标值“{actual}”是模板占位符，不是目标值：评审会直接退回。请换成实际的数值和单位，如“≥90(%)”。',
        en: 'The target "{actual}" of "{name}" is a template placeholder, not a target: reviewers send it back. Replace it with a real number and unit, such as "≥90(%)".',
      },
      emptyName: {
        zh: '有一行指标值为“{actual}”，但三级指标名称为空或是占位符：看不出考核的是什么。请填写具体的指标名称，如“培训出勤率”。',
        en: 'A row has the target "{actual}" but no 三级 indicator name (blank or a placeholder): nobody can tell what is measured. Name the indicator, e.g. "培训出勤率".',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      if (ind.name === '' || PLACEHOLDER_NAME.test(ind.name)) {
        context.report({ messageId: 'emptyName', data: { actual: ind.target }, cell: ind.nameCell, actual: ind.name });
        continue;
      }
      if (ind.value.kind !== 'empty') continue;
      const messageId = ind.value.placeholder === null ? 'emptyValue' : 'placeholder';
      context.report({
        messageId,
        data: { name: ind.name, actual: ind.target },
        cell: ind.targetCell,
        actual: ind.target,
      });
    }
  },
);
