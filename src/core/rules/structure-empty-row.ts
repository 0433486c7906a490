// §1.5: an indicator row left empty in a form being filled: a 二级 with no 三级 at all, or padding from the template.
// A form with no indicator yet is a blank template, not an unfinished one: R-11's count says what it lacks.
import type { OpenRow } from '../form';
import { blockLevel2 } from '../levels';
import { defineRule } from './rule';

/** The block a row sits in: its 二级, or its 一级 where the form has no 二级 column (2018). */
const blockOf = (row: OpenRow): string | null => blockLevel2(row) ?? row.level2 ?? row.level1;

export default defineRule(
  {
    id: 'structure-empty-row',
    catalog: ['§1.5'],
    severity: 'warning',
    description: { zh: '指标表中留有空行', en: 'Empty rows left in the indicator table' },
    messages: {
      emptyBlock: {
        zh: '“{block}”下没有任何三级指标，这一行的指标名称和指标值都是空的：表中列出的每个二级指标都应至少有一个可考核的三级指标，留着空行评审会认为申报表没有填完。请在此填写三级指标和指标值（“指标建议”可直接填入）；本项目确实不涉及的，请删除这一行。',
        en: 'There is no indicator under "{block}": this row’s indicator and target are both empty. Every 二级 the table lists should hold at least one assessable indicator, and reviewers read an empty row as an unfinished form. Write an indicator and its target here (指标建议 can fill it in), or delete the row if the project has nothing to measure there.',
      },
      padding: {
        zh: '“{block}”下的这一行是空的（指标名称和指标值都未填写），是模板留下的空行：提交前请删除这一行，或在此再填写一个指标。',
        en: 'This row under "{block}" is empty (no indicator, no target), a row left over from the template: delete it before submitting, or write another indicator in it.',
      },
    },
  },
  (form, context) => {
    if (form.indicators.length === 0) return;
    const filled = new Set(form.indicators.map(blockOf));
    for (const row of form.openRows) {
      const block = blockOf(row);
      if (block === null) continue;
      const padding = filled.has(block);
      context.report({
        messageId: padding ? 'padding' : 'emptyBlock',
        data: { block: row.level2 ?? row.level1 ?? block },
        cell: row.nameCell,
        actual: '',
        ...(padding ? { severity: 'info' as const } : {}),
      });
    }
  },
);
