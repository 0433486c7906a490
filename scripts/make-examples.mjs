// Writes examples/: every seed form as a real .docx (docx package: genuine vMerge/gridSpan merges) and .xlsx
// (exceljs: merged ranges, amounts as formatted numbers), plus two documents with deliberate mistakes.
// Regenerate with `npm run examples` (needs `npm run build:cli` for the compiled grid reader).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);
const { parseGridText } = require('../dist-cli/core/grid-text.js');
const { indexGrid } = require('../dist-cli/core/grid.js');

const SEEDS = new URL('../test/fixtures/seeds/', import.meta.url);
const OUT = new URL('../examples/', import.meta.url);
const AMOUNT = /^-?\d{1,3}(,\d{3})*\.\d{2}$/;
const FONT = { ascii: 'Times New Roman', eastAsia: '宋体' };

/** Seed documents, and copies with the mistakes reviewers send forms back for. */
const DOCUMENTS = [
  ['2018-各单位绩效目标申报表', '2018-units.grid'],
  ['2020-党建服务中心绩效目标表', '2020-dangjian-center.grid'],
  ['2023-市委组织部绩效目标申报表', '2023-zuzhibu.grid'],
  ['2024-党建服务中心绩效目标汇总表', '2024-dangjian-center.grid'],
  ['2024-西渡街道绩效目标汇总表', '2024-xidu.grid'],
];
const MISTAKES = [
  // A 2024 form with typical mistakes: sums that do not add up, ASCII operators, ≤ on a count, 满意度 0, a blank target.
  [
    '示例-常见错误-生活驿站运行经费',
    '2024-xidu.grid',
    'xd2024-3',
    [
      ['年度资金申请总额 | 296,000.00', '年度资金申请总额 | 269,000.00'],
      ['设施维修完成率 | =100.00(%)', '设施维修完成率 | >=100%'],
      ['设施维修质量达标率 | =100.00(%)', '设施维修质量达标率 | ≤95.00(%)'],
      ['群众满意度 | ≥90.00(%)', '群众满意度 | 0'],
      ['设施维修完成及时性 | 及时', '设施维修完成及时性 | '],
    ],
  ],
  // A 2023 form whose figures were copied from last year: wrong year in the dates, total ≠ parts.
  [
    '示例-常见错误-机关服务费',
    '2023-zuzhibu.grid',
    'zzb2023-4',
    [
      [
        '计划开始日期 | 2023-01-01 | 计划完成日期 | 2023-12-31',
        '计划开始日期 | 2022-01-01 | 计划完成日期 | 2022-12-31',
      ],
      ['其中：财政资金 | 2,760,000.00', '其中：财政资金 | 2,670,000.00'],
      ['食堂服务满意度 | < | ≥90(%)', '食堂服务满意度 | < | ≥70(%)'],
    ],
  ],
];

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

async function writeDocx(name, grids) {
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
  const doc = new Document({ creator: '绩效目标申报助手', title: name, sections: [{ children }] });
  writeFileSync(new URL(`${name}.docx`, OUT), await Packer.toBuffer(doc));
}

async function writeXlsx(name, grids) {
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
  writeFileSync(new URL(`${name}.xlsx`, OUT), Buffer.from(await workbook.xlsx.writeBuffer()));
}

function withMistakes(source, gridId, replacements) {
  const grids = parseGridText(source).filter((g) => g.id === gridId);
  let text = source.split(/^=== /m).find((part) => part.startsWith(`${gridId}\n`));
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`example mistake not applicable: ${from}`);
    text = text.replace(from, to);
  }
  if (grids.length !== 1) throw new Error(`no grid ${gridId}`);
  return parseGridText(`=== ${text}`);
}

mkdirSync(OUT, { recursive: true });
for (const [name, file] of DOCUMENTS) {
  const grids = parseGridText(readFileSync(new URL(file, SEEDS), 'utf8'));
  await writeDocx(name, grids);
  await writeXlsx(name, grids);
}
for (const [name, file, gridId, replacements] of MISTAKES) {
  const grids = withMistakes(readFileSync(new URL(file, SEEDS), 'utf8'), gridId, replacements);
  await writeDocx(name, grids);
  await writeXlsx(name, grids);
}
console.log(readdirSync(OUT).sort().join('\n'));
