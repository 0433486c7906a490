// Writes grids as real .docx (WordprocessingML tables with vMerge/gridSpan, zipped by jszip) and .xlsx
// (exceljs, merged ranges, amounts as formatted numbers) for host tests.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Grid } from '../../src/core/grid';
import { indexGrid } from '../../src/core/grid';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`)
    .join('');

export function gridToTableXml(grid: Grid): string {
  const index = indexGrid(grid);
  const rows: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = index.slots(r).map(({ cell, starts }) => {
      const pr =
        (cell.rowSpan > 1 ? (starts ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '') +
        (cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : '');
      return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${paragraphs(starts ? cell.text : '')}</w:tc>`;
    });
    rows.push(`<w:tr>${cells.join('')}</w:tr>`);
  }
  return `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(grid.colCount)}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

export function documentXml(grids: readonly Grid[], extraBody = ''): string {
  const body = grids.map((g) => (g.preamble ?? []).map(paragraphs).join('') + gridToTableXml(g) + '<w:p/>').join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}${extraBody}</w:body></w:document>`;
}

export async function docxBytes(xml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const AMOUNT = /^-?\d{1,3}(,\d{3})*\.\d{2}$/;

/** One sheet per grid; amounts written the way finance staff keep them: numbers formatted `#,##0.00`. */
export async function xlsxBytes(grids: readonly Grid[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  grids.forEach((grid, i) => {
    const sheet = workbook.addWorksheet(`表${i + 1}`);
    for (const cell of grid.cells) {
      const target = sheet.getCell(cell.row + 1, cell.col + 1);
      if (AMOUNT.test(cell.text)) {
        target.value = Number(cell.text.replace(/,/g, ''));
        target.numFmt = '#,##0.00';
      } else target.value = cell.text;
      if (cell.rowSpan > 1 || cell.colSpan > 1)
        sheet.mergeCells(cell.row + 1, cell.col + 1, cell.row + cell.rowSpan, cell.col + cell.colSpan);
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Each sheet's rows as arrays of cell values (row 1 is the header), to read back a workbook jixiao wrote. */
export async function sheetRows(bytes: Uint8Array): Promise<Map<string, ExcelJS.CellValue[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return new Map(
    workbook.worksheets.map((sheet) => {
      const rows: ExcelJS.CellValue[][] = [];
      sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
      return [sheet.name, rows];
    }),
  );
}

const attr = (t: string) => esc(t).replace(/"/g, '&quot;');
const WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WEB_EXTENSION_TYPE = 'application/vnd.ms-office.webextension+xml';

export interface AddinPart {
  /** The setting values as the add-in holds them (a string the pane saved, or any JSON value). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** The part's name under webextensions/ (Office writes webextension1.xml, webextension2.xml …). */
  readonly name?: string;
  /** How each value is written: JSON.stringify'd as Office does (the default), or as it is. */
  readonly encode?: (value: unknown) => string;
}

/**
 * The package with add-ins' settings saved in it as Office saves Office.context.document.settings: a web extension
 * part per add-in (values JSON.stringify'd, office-js OSF.DDA.SettingsManager.serializeSettings), its task pane part,
 * their relationships and content types.
 */
export async function withAddinSettings(bytes: Uint8Array, parts: readonly AddinPart[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const root = zip.file('word/document.xml') ? 'word' : 'xl';
  const names = parts.map((p, i) => p.name ?? `webextension${i + 1}.xml`);
  parts.forEach((part, i) => {
    const encode = part.encode ?? ((v: unknown) => JSON.stringify(v));
    const properties = Object.entries(part.settings)
      .map(([k, v]) => `<we:property name="${attr(k)}" value="${attr(encode(v))}"/>`)
      .join('');
    zip.file(
      `${root}/webextensions/${names[i]}`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<we:webextension xmlns:we="${WE}" id="{5C7C8FEF-A7C0-4F0F-9C7E-38A6C7E37E${String(10 + i)}}"><we:reference id="8f0ec2a4-3a1d-4bd0-9a43-2b7d5e1f0c11" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`,
    );
  });
  const refs = names.map(
    (_, i) =>
      `<wetp:taskpane dockstate="right" visibility="0" width="350" row="${i + 1}"><wetp:webextensionref xmlns:r="${REL}" r:id="rId${i + 1}"/></wetp:taskpane>`,
  );
  zip.file(
    `${root}/webextensions/taskpanes.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="${WETP}">${refs.join('')}</wetp:taskpanes>`,
  );
  zip.file(
    `${root}/webextensions/_rels/taskpanes.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((n, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="${n}"/>`).join('')}</Relationships>`,
  );
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file(
    '_rels/.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdTaskpanes" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="${root}/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  const overrides = [
    `<Override PartName="/${root}/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>`,
    ...names.map((n) => `<Override PartName="/${root}/webextensions/${n}" ContentType="${WEB_EXTENSION_TYPE}"/>`),
  ];
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
