// HTML left over from the budget system's export (`<p>…</p>`, `&nbsp;`) prints literally in the form.
import type { CellRef } from '../grid';
import type { Field, FieldName } from '../form';
import { defineRule } from './rule';
import { fieldEdit, nameEdit, targetEdit } from './support';

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/g;
const ENTITY = /&(nbsp|amp|lt|gt|quot|#\d+);/g;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"' };

const FIELD_NAMES: Record<FieldName, string> = {
  projectName: '项目名称',
  year: '年度',
  nature: '项目性质',
  category: '项目类别',
  fundUse: '资金用途',
  department: '主管部门',
  implementer: '实施单位',
  startDate: '计划开始日期',
  endDate: '计划完成日期',
  goalTotal: '项目总目标',
  goalAnnual: '年度总体目标',
};

export function stripHtml(text: string): string {
  // Exports sometimes escape twice (`&lt;p&gt;…`): decode and strip until nothing changes, so the fix is final.
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const next = current
      // Paragraph and line breaks stay breaks: `<p>一是…</p><p>二是…</p>` must not run the items together.
      .replace(/<\/(p|div|li)>\s*<(p|div|li)(\s[^<>]*)?>/gi, '\n')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(TAG, '')
      .replace(ENTITY, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!));
    if (next === current) break;
    current = next;
  }
  return current.trim();
}

const firstRemnant = (text: string) => text.match(TAG)?.[0] ?? text.match(ENTITY)?.[0] ?? null;

export default defineRule(
  {
    id: 'text-html-remnant',
    catalog: ['§4.3'],
    severity: 'warning',
    description: { zh: '文字中残留网页标记（如 <p>）', en: 'HTML remnants (such as <p>) in the text' },
    messages: {
      html: {
        zh: '“{where}”中含有网页标记“{tag}”：这是从预算系统导出时残留的 HTML 代码，打印出来会原样显示，评审会要求清理。可自动删除这些标记，文字内容不变。',
        en: '"{where}" contains the HTML markup "{tag}": it is left over from the budget system’s export and prints literally, and reviewers ask for it to be cleaned. It can be removed automatically; the wording stays the same.',
      },
    },
  },
  (form, context) => {
    const report = (where: string, text: string, cell: CellRef, fix: ReturnType<typeof fieldEdit>) => {
      const tag = firstRemnant(text);
      if (tag) context.report({ messageId: 'html', data: { where, tag }, cell, actual: text, fix: [fix] });
    };
    for (const [name, field] of Object.entries(form.fields) as [FieldName, Field | null][]) {
      if (field?.cell)
        report(
          FIELD_NAMES[name],
          field.text,
          field.cell,
          fieldEdit({ ...field, cell: field.cell }, stripHtml(field.text)),
        );
    }
    for (const ind of form.indicators) {
      report(ind.name, ind.name, ind.nameCell, nameEdit(ind, stripHtml(ind.name)));
      report(ind.name, ind.target, ind.targetCell, targetEdit(ind, stripHtml(ind.target)));
    }
  },
);
