// context.sync() round trips of the Word and Excel hosts on the fake Office model (which counts them), by document
// size and batch size: measured here once for the budget test (sync-budget.test.ts) and the benchmark report
// (bench/office.mjs), so the two cannot disagree about what was measured.
import type { Edit } from '../../src/core/edits';
import type { Grid } from '../../src/core/grid';
import { parseGridText } from '../../src/core/grid-text';
import { createExcelHost } from '../../src/hosts/excel/excel-host';
import { parseXml } from '../../src/hosts/file/docx';
import type { Host } from '../../src/hosts/host';
import { settingsStore } from '../../src/hosts/office/settings';
import { createWordHost } from '../../src/hosts/word/word-host';
import { FakeExcel } from '../support/fake-office/excel';
import { FakeWord } from '../support/fake-office/word';
import { documentXml, xlsxBytes } from '../support/office-files';

/** DESIGN §5: reading a whole document or workbook, and applying a batch of edits, whatever the size. */
export const SYNC_BUDGET = { read: 2, write: 2, comment: 2 } as const;

export interface SyncCount {
  readonly host: 'Word' | 'Excel';
  readonly action: 'read' | 'write' | 'comment';
  /** What was read or written, e.g. `100 tables`, `100 edits on 50 sheets`. */
  readonly size: string;
  readonly syncs: number;
  /** Writes and comments: how many the host reports done (all of them, or the count means nothing). */
  readonly applied?: number;
  readonly of?: number;
}

const FORM: Grid = parseGridText(
  [
    '一级指标 | 二级指标 | 三级指标 | 指标值',
    '产出指标 | 数量指标 | 培训人次 | ≥100(人次)',
    '^ | ^ | 培训场次 | ≥4(次)',
  ].join('\n'),
)[0]!;
const copies = (n: number) => Array.from({ length: n }, (_, i) => ({ ...FORM, id: `t${i}` }));
const many = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

async function word(tables: number) {
  const fake = new FakeWord(documentXml(copies(tables)));
  const host = createWordHost({
    run: fake.run,
    requirements: fake.requirements,
    parseXml,
    settings: settingsStore({ document: fake.settings }),
  });
  return { host, syncs: () => fake.app.syncs };
}

async function excel(sheets: number) {
  const fake = await FakeExcel.fromXlsx(await xlsxBytes(copies(sheets)));
  const host = createExcelHost({
    run: fake.run,
    requirements: fake.requirements,
    settings: settingsStore({ document: fake.settings }),
  });
  return { host, syncs: () => fake.app.syncs };
}

async function counted<T>(opened: { host: Host; syncs: () => number }, call: (host: Host) => Promise<T>) {
  const before = opened.syncs();
  const value = await call(opened.host);
  return { value, syncs: opened.syncs() - before };
}

/** The targets of the form's two indicator rows in every table/sheet, up to `n` edits. */
function wordEdits(n: number, tables: number): Edit[] {
  return Array.from({ length: n }, (_, i) => ({
    cell: { table: i % tables, row: 1 + Math.floor(i / tables), col: 3 },
    before: i < tables ? '≥100(人次)' : '≥4(次)',
    text: i < tables ? '≥120(人次)' : '≥5(次)',
  }));
}

function excelEdits(n: number, sheets: number): Edit[] {
  return Array.from({ length: n }, (_, i) => ({
    cell: { sheet: `表${(i % sheets) + 1}`, address: i < sheets ? 'D2' : 'D3' },
    before: i < sheets ? '≥100(人次)' : '≥4(次)',
    text: i < sheets ? '≥120(人次)' : '≥5(次)',
  }));
}

export async function wordRead(tables: number): Promise<SyncCount> {
  const { value, syncs } = await counted(await word(tables), (host) => host.read());
  if (value.length !== tables) throw new Error(`read ${value.length} of ${tables} tables`);
  return { host: 'Word', action: 'read', size: many(tables, 'table'), syncs };
}

export async function excelRead(sheets: number): Promise<SyncCount> {
  const { value, syncs } = await counted(await excel(sheets), (host) => host.read());
  if (value.length !== sheets) throw new Error(`read ${value.length} of ${sheets} sheets`);
  return { host: 'Excel', action: 'read', size: many(sheets, 'sheet'), syncs };
}

/** A batch written after the check's read (the host needs it), counting the write's syncs only. */
export async function wordWrite(edits: number, tables: number): Promise<SyncCount> {
  const opened = await word(tables);
  await opened.host.read();
  const batch = wordEdits(edits, tables);
  const { value, syncs } = await counted(opened, (host) => host.write(batch));
  const size = `${many(edits, 'edit')} in ${many(tables, 'table')}`;
  return { host: 'Word', action: 'write', size, syncs, applied: value.applied.length, of: edits };
}

export async function excelWrite(edits: number, sheets: number): Promise<SyncCount> {
  const opened = await excel(sheets);
  await opened.host.read();
  const batch = excelEdits(edits, sheets);
  const { value, syncs } = await counted(opened, (host) => host.write(batch));
  const size = `${many(edits, 'edit')} on ${many(sheets, 'sheet')}`;
  return { host: 'Excel', action: 'write', size, syncs, applied: value.applied.length, of: edits };
}

/** 审核意见 comments on every indicator target, written a second time: the second press replaces the first set. */
async function commentTwice(opened: { host: Host; syncs: () => number }, cells: readonly Edit['cell'][]) {
  await opened.host.read();
  const comments = cells.map((cell, i) => ({ cell, text: `【审核意见】${i}` }));
  await opened.host.comment(comments);
  return counted(opened, (host) => host.comment(comments));
}

export async function wordComment(tables: number): Promise<SyncCount> {
  const cells = wordEdits(2 * tables, tables).map((e) => e.cell);
  const { value, syncs } = await commentTwice(await word(tables), cells);
  const size = `${many(cells.length, 'cell')} in ${many(tables, 'table')}, replacing as many`;
  const done = value.removed === cells.length ? value.written : -1;
  return { host: 'Word', action: 'comment', size, syncs, applied: done, of: cells.length };
}

export async function excelComment(sheets: number): Promise<SyncCount> {
  const cells = excelEdits(2 * sheets, sheets).map((e) => e.cell);
  const { value, syncs } = await commentTwice(await excel(sheets), cells);
  const size = `${many(cells.length, 'cell')} on ${many(sheets, 'sheet')}, replacing as many`;
  const done = value.removed === cells.length ? value.written : -1;
  return { host: 'Excel', action: 'comment', size, syncs, applied: done, of: cells.length };
}

/** The sizes the budget is stated for (issue 7): documents of 1–100 tables, workbooks of 1–50 sheets, 1 and 100 edits. */
export const BUDGET_CASES: readonly (readonly [name: string, measure: () => Promise<SyncCount>])[] = [
  ...[1, 10, 100].map((n) => [`Word: read ${many(n, 'table')}`, () => wordRead(n)] as const),
  ...[1, 10, 50].map((n) => [`Excel: read ${many(n, 'sheet')}`, () => excelRead(n)] as const),
  ['Word: apply 1 edit in 100 tables', () => wordWrite(1, 100)],
  ['Word: apply 100 edits in 100 tables', () => wordWrite(100, 100)],
  ['Excel: apply 1 edit on 50 sheets', () => excelWrite(1, 50)],
  ['Excel: apply 100 edits on 50 sheets', () => excelWrite(100, 50)],
  ['Word: comment 200 cells in 100 tables, replacing the earlier set', () => wordComment(100)],
  ['Excel: comment 100 cells on 50 sheets, replacing the earlier set', () => excelComment(50)],
];
