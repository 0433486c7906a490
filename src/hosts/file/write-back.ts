// Writes safe fixes and 审核意见 into copies of .docx/.xlsx files: tracked changes and comments in Word documents; in
// workbooks the new value with the old one kept in a cell note and in a 修订记录 sheet, and comments as cell notes.
// The input bytes are never touched.
import ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { Edit } from '../../core/edits';
import { planEdits } from '../../core/edits';
import type { CellComment } from '../host';
import { addCellComments, COMMENTS_REL, COMMENTS_TYPE, emptyCommentsPart } from '../ooxml/comments';
import { addOverride, addRelationship, PACKAGE_RELS_NS } from '../ooxml/package-parts';
import { readTableCells } from '../ooxml/tables';
import type { TrackedResult } from '../ooxml/tracked-edits';
import { applyTrackedEdits } from '../ooxml/tracked-edits';
import { carryAddinParts } from './addin-settings';
import { openZip, parseXml, serialize } from './docx';
import { FileError } from './file-errors';
import { amountFormat, amountValue, restylesAmount } from '../excel/sheet-grid';
import { displayText, isFormulaCell } from './xlsx';

export const REVISION_AUTHOR = '绩效目标申报助手';
export const LOG_SHEET = '修订记录';

/** A fix with the rule that proposed it, recorded beside the change. */
export type FixEdit = Edit & { readonly ruleId: string };

export interface FixedFile {
  readonly bytes: Uint8Array;
  readonly result: TrackedResult;
  /** Comments written, one per cell asked for that the file still has. */
  readonly comments: number;
}

const RELS = 'word/_rels/document.xml.rels';

/** The document's comments part: the one its relationships name (a person's comments are kept), else a new one. */
async function commentsPart(zip: JSZip): Promise<{ path: string; doc: Document; rels: Document; linked: boolean }> {
  const relsFile = zip.file(RELS);
  const rels = relsFile
    ? parseXml(await relsFile.async('string'))
    : parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}"/>`);
  const linkedRel = Array.from(rels.getElementsByTagNameNS(PACKAGE_RELS_NS, 'Relationship')).find(
    (r) => r.getAttribute('Type') === COMMENTS_REL,
  );
  const target = linkedRel?.getAttribute('Target');
  const path = target ? (target.startsWith('/') ? target.slice(1) : `word/${target}`) : 'word/comments.xml';
  const existing = target ? zip.file(path) : null;
  const doc = existing ? parseXml(await existing.async('string')) : emptyCommentsPart(parseXml);
  return { path, doc, rels, linked: Boolean(linkedRel && existing) };
}

function linkCommentsPart(rels: Document, types: Document, path: string): void {
  addRelationship(rels, COMMENTS_REL, path.replace(/^word\//, ''));
  addOverride(types, `/${path}`, COMMENTS_TYPE);
}

async function writeComments(
  zip: JSZip,
  elements: ReadonlyMap<string, Element>,
  comments: readonly CellComment[],
  revision: { author: string; date: string },
): Promise<number> {
  if (comments.length === 0) return 0;
  const part = await commentsPart(zip);
  const written = addCellComments(elements, part.doc, comments, revision);
  if (written === 0) return 0;
  if (!part.linked) {
    const typesFile = zip.file('[Content_Types].xml');
    if (!typesFile) throw new FileError('not-office', 'no [Content_Types].xml');
    const types = parseXml(await typesFile.async('string'));
    linkCommentsPart(part.rels, types, part.path);
    zip.file('[Content_Types].xml', serialize(types));
    zip.file(RELS, serialize(part.rels));
  }
  zip.file(part.path, serialize(part.doc));
  return written;
}

export async function fixDocx(
  bytes: Uint8Array,
  edits: readonly FixEdit[],
  when: Date,
  comments: readonly CellComment[] = [],
): Promise<FixedFile> {
  const zip = await openZip(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new FileError('not-office', 'no word/document.xml');
  const doc = parseXml(await part.async('string'));
  const { elements } = readTableCells(doc);
  const revision = { author: REVISION_AUTHOR, date: when.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const result = applyTrackedEdits(elements, edits, revision);
  const written = await writeComments(zip, elements, comments, revision);
  zip.file('word/document.xml', serialize(doc));
  return {
    bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
    result,
    comments: written,
  };
}

function logSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(LOG_SHEET);
  if (existing) return existing;
  const sheet = workbook.addWorksheet(LOG_SHEET);
  sheet.addRow(['单元格 Cell', '原值 Old', '新值 New', '规则 Rule', '时间 Time']).font = { bold: true };
  sheet.columns = [{ width: 16 }, { width: 28 }, { width: 28 }, { width: 30 }, { width: 22 }];
  return sheet;
}

/** A cell's note with more text below it: a note the author left stays, above what this tool adds. */
function addToNote(cell: ExcelJS.Cell, text: string): void {
  const note = cell.note as string | { texts?: { text: string }[] } | undefined;
  const existing = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
  cell.note = existing ? `${existing}\n\n${text}` : text;
}

export async function fixXlsx(
  bytes: Uint8Array,
  edits: readonly FixEdit[],
  when: Date,
  comments: readonly CellComment[] = [],
): Promise<FixedFile> {
  const source = await openZip(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const stamp = when.toISOString().slice(0, 19).replace('T', ' ');
  const cellOf = (edit: Edit) => workbook.getWorksheet(String(edit.cell.sheet))?.getCell(String(edit.cell.address));
  // A formula cell is never overwritten with a constant (as in the Excel host): refused as a conflict, so the person
  // fixes the parts or the formula.
  const plan = planEdits(edits, (edit) => {
    const cell = cellOf(edit);
    return cell && !isFormulaCell(cell) ? displayText(cell) : undefined;
  });
  for (const edit of plan.writes as FixEdit[]) {
    const cell = cellOf(edit)!;
    // An amount stays a number (its format shows it, so a fix that only restyles it changes the format, as Excel's
    // host does); anything else is written as the text the rule proposed.
    const shown = displayText(cell);
    const amount = typeof cell.value === 'number' ? amountValue(edit.text, shown, cell.numFmt ?? '') : null;
    cell.value = amount ?? edit.text;
    // exceljs shares one style object among cells loaded alike: a new one, or every such amount would change.
    if (amount !== null && restylesAmount(shown, edit.text))
      cell.style = { ...cell.style, numFmt: amountFormat(edit.text) };
    addToNote(cell, `原值 Old: ${edit.before}\n${edit.ruleId} · ${REVISION_AUTHOR} · ${stamp}`);
    logSheet(workbook).addRow([`${edit.cell.sheet}!${edit.cell.address}`, edit.before, edit.text, edit.ruleId, stamp]);
  }
  let written = 0;
  for (const comment of comments) {
    const cell = workbook.getWorksheet(String(comment.cell.sheet))?.getCell(String(comment.cell.address));
    if (!cell) continue;
    addToNote(cell, comment.text);
    written++;
  }
  const result = { applied: plan.applied, conflicts: plan.conflicts, overlaps: plan.overlaps };
  const copy = await carryAddinParts(source, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { bytes: copy, result, comments: written };
}
