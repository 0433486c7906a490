// a value written into the name (`用户满意度达90%`) or a name written into the value cell
// (`数量 | 考务完成量≥1500人次`): the system cannot check a target it cannot find in the value column.
import { parseTarget } from '../values/target';
import { defineRule } from './rule';
import { isCategoryLabel } from '../levels';
import { nameEdit, rewriteTarget } from './support';

// 超过 is left out: `超过1小时未清理次数` names a condition, not a target.
// Qualifiers of the quantity itself (per period, cumulative, average, per event), not indicator names.
const PERIOD =
  /^(每.{1,3}|全年.{0,2}|年度|季度|月度|累计|合计|共计|总计|平均|人均|年均|月均|日均|场均|单次|单场|单项)$/;
const VALUE_IN_NAME = /(≥|≤|>=|<=|＞|＜|>|<|=|＝|≧|≦|不低于|不少于|不高于|不超过|达到|达)\s*\d|\d\s*(%|％)/;

export default defineRule(
  {
    id: 'target-value-in-name',
    catalog: ['R-04'],
    severity: 'warning',
    description: { zh: '指标名称和指标值混写', en: 'Indicator name and target written together' },
    messages: {
      inName: {
        zh: '指标名称“{name}”里写进了目标值：名称应只说明考核什么，数值应写在指标值栏，否则预算系统无法按定量指标校验。请把名称改为“{cleanName}”，指标值写“{value}”。',
        en: 'The indicator name "{name}" contains its target: the name should only say what is measured and the number belongs in the target column, or the budget system cannot check it. Rename it "{cleanName}" and write "{value}" as the target.',
      },
      inValue: {
        zh: '指标值“{actual}”里混入了指标名称“{prefix}”：指标值栏只应填写运算符、数值和单位。请把“{prefix}”写到三级指标栏，指标值改为“{value}”。',
        en: 'The target "{actual}" contains the indicator name "{prefix}": the target column takes only operator, number and unit. Move "{prefix}" to the 三级 indicator column and make the target "{value}".',
      },
      inNameOnly: {
        zh: '指标名称“{name}”里写进了数值：名称应只说明考核什么，数值应写在指标值栏。请把数值移到指标值栏，名称只保留考核内容。',
        en: 'The indicator name "{name}" contains a number: the name should only say what is measured, and numbers belong in the target column. Move the number to the target and keep only the measure in the name.',
      },
      split: { zh: '拆分为指标“{name}”和指标值“{value}”', en: 'Split into indicator "{name}" and target "{value}"' },
      dropPrefix: { zh: '指标值改为“{value}”', en: 'Change the target to "{value}"' },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind === 'quantitative' && v.prefix !== '') {
        const prefix = v.prefix.replace(/[，,：:\s]+$/, '');
        // `每季度≥1(次)`, `全年≥200(人次)`: a period, not a name; the target is fine as it is.
        if (PERIOD.test(prefix)) continue;
        const value = rewriteTarget(ind, v, context.style);
        // The prefix replaces the name only where the 三级 cell holds no real indicator (2018: `数量 | 考务完成量≥1500人次`).
        const nameIsFree = ind.name === '' || isCategoryLabel(ind.name) || /^[\s*_\-—/…xX.]*$/.test(ind.name);
        context.report({
          messageId: 'inValue',
          data: { actual: ind.target, prefix, value: value.text },
          cell: ind.targetCell,
          actual: ind.target,
          expected: [value.text],
          suggestions: [
            nameIsFree
              ? {
                  messageId: 'split',
                  data: { name: prefix, value: value.text },
                  edits: [nameEdit(ind, prefix), ...value.edits],
                }
              : { messageId: 'dropPrefix', data: { value: value.text }, edits: value.edits },
          ],
        });
        continue;
      }
      if (!VALUE_IN_NAME.test(ind.name)) continue;
      const embedded = parseTarget(ind.name);
      if (embedded.kind !== 'quantitative' || embedded.prefix === '') {
        context.report({ messageId: 'inNameOnly', data: { name: ind.name }, cell: ind.nameCell, actual: ind.name });
        continue;
      }
      const cleanName = embedded.prefix.replace(/[，,：:\s]+$/, '');
      const value = rewriteTarget(ind, embedded, context.style);
      // Only offer the split when it overwrites nothing the person wrote in the value cell.
      const valueFree = ind.value.kind === 'empty' || ind.target === value.text;
      context.report({
        messageId: 'inName',
        data: { name: ind.name, cleanName, value: value.text },
        cell: ind.nameCell,
        actual: ind.name,
        ...(valueFree
          ? {
              suggestions: [
                {
                  messageId: 'split',
                  data: { name: cleanName, value: value.text },
                  edits: [nameEdit(ind, cleanName), ...value.edits],
                },
              ],
            }
          : {}),
      });
    }
  },
);
