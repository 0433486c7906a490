// Writes safe fixes into copies of .docx/.xlsx files: tracked changes in Word documents; in workbooks the new
// value with the old one kept in a cell note and in a 修订记录 sheet. The input bytes are never touched.
import { XMLSerializer } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import type { Edit } from '../../core/edits';
import { planEdits } from '../../core/edits';
import { parseMoney } from '../../core/values/money';
import { readTableCells } from '../ooxml/tables';
import type { TrackedResult } from '../ooxml/tracked-edits';
import { applyTrackedEdits } from '../ooxml/tracked-edits';
import { openZip, parseXml } from './docx';
import { FileError } from './file-errors';
import { displayText } from './xlsx';

export const REVISION_AUTHOR = '绩效目标申报助手';
export const LOG_SHEET = '修订记录';

/** A fix with the rule that proposed it, recorded beside the change. */
export type FixEdit = Edit & { readonly ruleId: string };

export interface FixedFile {
  readonly bytes: Uint8Array;
  readonly result: TrackedResult;
}

export async function fixDocx(bytes: Uint8Array, edits: readonly FixEdit[], when: Date): Promise<FixedFile> {
  const zip = await openZip(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new FileError('not-office', 'no word/document.xml');
  const doc = parseXml(await part.async('string'));
  const { elements } = readTableCells(doc);
  const result = applyTrackedEdits(elements, edits, {
    author: REVISION_AUTHOR,
    date: when.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  zip.file(
    'word/document.xml',
    new XMLSerializer().serializeToString(doc as unknown as Parameters<XMLSerializer['serializeToString']>[0]),
  );
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), result };
}

function logSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(LOG_SHEET);
  if (existing) return existing;
  const sheet = workbook.addWorksheet(LOG_SHEET);
  sheet.addRow(['单元格 Cell', '原值 Old', '新值 New', '规则 Rule', '时间 Time']).font = { bold: true };
  sheet.columns = [{ width: 16 }, { width: 28 }, { width: 28 }, { width: 30 }, { width: 22 }];
  return sheet;
}

export async function fixXlsx(bytes: Uint8Array, edits: readonly FixEdit[], when: Date): Promise<FixedFile> {
  await openZip(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const stamp = when.toISOString().slice(0, 19).replace('T', ' ');
  const cellOf = (edit: Edit) => workbook.getWorksheet(String(edit.cell.sheet))?.getCell(String(edit.cell.address));
  const plan = planEdits(edits, (edit) => {
    const cell = cellOf(edit);
    return cell ? displayText(cell) : undefined;
  });
  for (const edit of plan.writes as FixEdit[]) {
    const cell = cellOf(edit)!;
    // An amount stays a number (its format shows it); anything else is written as the text the rule proposed.
    const money = typeof cell.value === 'number' ? parseMoney(edit.text, '元') : null;
    cell.value = money?.kind === 'amount' ? money.fen / 100 : edit.text;
    cell.note = `原值 Old: ${edit.before}\n${edit.ruleId} · ${REVISION_AUTHOR} · ${stamp}`;
    logSheet(workbook).addRow([`${edit.cell.sheet}!${edit.cell.address}`, edit.before, edit.text, edit.ruleId, stamp]);
  }
  const result = { applied: plan.applied, conflicts: plan.conflicts, overlaps: plan.overlaps };
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), result };
}
