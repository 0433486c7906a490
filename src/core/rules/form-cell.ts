// Where a finding about the whole form is shown: the 项目名称 value, else the first indicator.
import type { Form } from '../form';
import type { CellRef } from '../grid';

export function formCell(form: Form): { cell: CellRef; actual: string } | null {
  const name = form.fields.projectName;
  if (name?.cell) return { cell: name.cell, actual: name.text };
  const first = form.indicators[0];
  return first ? { cell: first.nameCell, actual: first.name } : null;
}
