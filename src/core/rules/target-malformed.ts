// a value with operators or digits that fits neither the target grammar nor a time expression, or whose
// operator or unit disagrees with the row's 计算符号 or 计量单位 column.
import { defineRule } from './rule';
import { sharedColumns } from './support';

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
      conflictShared: {
        zh: '“{name}”的计算符号是与其他行合并的单元格“{column}”，指标值“{actual}”里却另写了运算符：两处不一致，无法判断目标是至少还是至多，评审会退回。若本行确应不同，请拆分该合并单元格后单独填写；否则删去指标值中的运算符。',
        en: 'The operator of "{name}" is "{column}", in a cell merged with other rows, but its value "{actual}" carries another operator: the two disagree, so nobody can tell whether the target is a floor or a ceiling, and reviewers send it back. If this row really differs, split the merged cell and fill this row’s own; otherwise take the operator out of the value.',
      },
      unitConflict: {
        zh: '“{name}”的计量单位栏是“{column}”，指标值“{actual}”里却写了另一个单位：两处不一致，无法判断目标按哪个单位考核，评审会退回。请确定哪一个正确，填在计量单位栏，并删去指标值中的单位。',
        en: 'The unit column of "{name}" says "{column}" but its value "{actual}" carries another unit: the two disagree, so nobody can tell what the target counts, and reviewers send it back. Decide which is right, put it in the unit column and take the unit out of the value.',
      },
      unitConflictShared: {
        zh: '“{name}”的计量单位是与其他行合并的单元格“{column}”，指标值“{actual}”里却写了另一个单位：两处不一致，无法判断目标按哪个单位考核，评审会退回。若本行确应不同，请拆分该合并单元格后单独填写；否则删去指标值中的单位。',
        en: 'The unit of "{name}" is "{column}", in a cell merged with other rows, but its value "{actual}" carries another unit: the two disagree, so nobody can tell what the target counts, and reviewers send it back. If this row really differs, split the merged cell and fill this row’s own; otherwise take the unit out of the value.',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      if (ind.value.kind !== 'malformed') continue;
      // The value reads on its own: what makes the row unreadable is a 计算符号 or 计量单位 column saying otherwise.
      const { clash } = ind.value;
      if (clash) {
        const shared = sharedColumns(ind);
        const messageId = clash.column === 'operator' ? 'conflict' : 'unitConflict';
        const isShared = (clash.column === 'operator' ? shared.op : shared.unit) !== null;
        context.report({
          messageId: isShared ? `${messageId}Shared` : messageId,
          data: {
            name: ind.name,
            actual: ind.target,
            column: (clash.column === 'operator' ? ind.operatorText : ind.unitText) ?? '',
          },
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
