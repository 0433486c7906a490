// Writes examples/: every seed form as a real .docx (docx package: genuine vMerge/gridSpan merges) and .xlsx
// (exceljs: merged ranges, amounts as formatted numbers), plus copies: two with deliberate mistakes, one with its
// indicators blank, one with its values split over columns as budget-system exports print them.
// Regenerate with `npm run examples` (needs `npm run build:cli` for the compiled grid reader).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);
const { parseGridText } = require('../dist-cli/core/grid-text.js');
const { indexGrid } = require('../dist-cli/core/grid.js');
const {
  EXAMPLE_BLANK,
  EXAMPLE_DOCUMENTS,
  EXAMPLE_MISTAKES,
  EXAMPLE_SPLIT,
  copyText,
} = require('../dist-cli/core/testing/example-forms.js');

const SEEDS = new URL('../test/fixtures/seeds/', import.meta.url);
const OUT = new URL('../examples/', import.meta.url);
const AMOUNT = /^-?\d{1,3}(,\d{3})*\.\d{2}$/;
const FONT = { ascii: 'Times New Roman', eastAsia: '宋体' };

function cellParagraphs(text, bold) {
  return text
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: FONT, size: 21 })] }));
}

function docxTable(grid) {
  const index = indexGrid(grid);
  const rows = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const children = index
      .slots(r)
      .filter((s) => s.starts)
      .map(
        ({ cell }) =>
          new TableCell({
            children: cellParagraphs(cell.text, false),
            rowSpan: cell.rowSpan,
            columnSpan: cell.colSpan,
          }),
      );
    rows.push(new TableRow({ children }));
  }
  const width = Math.floor(9000 / grid.colCount);
  return new Table({
    rows,
    columnWidths: Array(grid.colCount).fill(width),
    width: { size: 9000, type: WidthType.DXA },
  });
}

/** The grids as a .docx (the benchmarks write generated forms with it too). */
export async function docxBuffer(grids, title) {
  const children = grids.flatMap((grid) => [
    ...(grid.preamble ?? []).map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: line, bold: true, font: FONT, size: 28 })],
        }),
    ),
    docxTable(grid),
    new Paragraph(''),
  ]);
  const doc = new Document({ creator: '绩效目标申报助手', title, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

/** The grids as a .xlsx, one sheet per grid. */
export async function xlsxBuffer(grids) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '绩效目标申报助手';
  grids.forEach((grid, i) => {
    const sheet = workbook.addWorksheet(`表${i + 1}`);
    sheet.columns = Array.from({ length: grid.colCount }, () => ({ width: 22 }));
    // The preamble (title, year) becomes merged rows above the table, as such sheets are laid out.
    const top = (grid.preamble ?? []).length;
    (grid.preamble ?? []).forEach((line, r) => {
      sheet.getCell(r + 1, 1).value = line;
      sheet.getCell(r + 1, 1).font = { bold: true };
      if (grid.colCount > 1) sheet.mergeCells(r + 1, 1, r + 1, grid.colCount);
    });
    for (const cell of grid.cells) {
      const target = sheet.getCell(top + cell.row + 1, cell.col + 1);
      if (AMOUNT.test(cell.text)) {
        target.value = Number(cell.text.replace(/,/g, ''));
        target.numFmt = '#,##0.00';
      } else target.value = cell.text;
      target.alignment = { wrapText: true, vertical: 'top' };
      if (cell.rowSpan > 1 || cell.colSpan > 1)
        sheet.mergeCells(top + cell.row + 1, cell.col + 1, top + cell.row + cell.rowSpan, cell.col + cell.colSpan);
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function writeBoth(name, grids) {
  writeFileSync(new URL(`${name}.docx`, OUT), await docxBuffer(grids, name));
  writeFileSync(new URL(`${name}.xlsx`, OUT), await xlsxBuffer(grids));
}

// Run as a script; imported (by the benchmarks), it only lends its writers.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, file] of EXAMPLE_DOCUMENTS) {
    await writeBoth(name, parseGridText(readFileSync(new URL(file, SEEDS), 'utf8')));
  }
  for (const example of [...EXAMPLE_MISTAKES, EXAMPLE_BLANK, EXAMPLE_SPLIT]) {
    const grids = parseGridText(copyText(readFileSync(new URL(example.fixture, SEEDS), 'utf8'), example));
    await writeBoth(example.name, grids);
  }
  console.log(readdirSync(OUT).sort().join('\n'));
}
