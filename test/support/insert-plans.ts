// What a test expects planInsert to have chosen, unwrapped: the new row, or the edits that fill an empty one.
import type { Edit } from '../../src/core/edits';
import type { RowInsert } from '../../src/core/row-insert';
import type { InsertPlan } from '../../src/core/suggest/insert-plan';

export function newRow(plan: InsertPlan | null): RowInsert {
  if (plan?.kind !== 'rows') throw new Error(`expected a new row, got ${JSON.stringify(plan)}`);
  return plan.insert;
}

export function fillEdits(plan: InsertPlan | null): readonly Edit[] {
  if (plan?.kind !== 'fill') throw new Error(`expected a fill, got ${JSON.stringify(plan)}`);
  return plan.edits;
}
