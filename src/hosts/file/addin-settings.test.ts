import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { parseGridText } from '../../core/grid-text';
import { formGridText } from '../../core/testing/form-builder';
import { docxBytes, documentXml, withAddinSettings, xlsxBytes } from '../../../test/support/office-files';
import { sheetsAsCsv } from '../../../test/support/libreoffice';
import { carryAddinParts, readAddinSettings } from './addin-settings';
import { fixXlsx } from './write-back';
import { openZip } from './docx';

const grids = parseGridText(formGridText({}));
const IGNORED = JSON.stringify(['target-format|col=4;row=11;table=0|>=100%']);
const CHOSEN = JSON.stringify({ 生活驿站运行经费: 'meeting' });

const settingsOf = async (bytes: Uint8Array) => readAddinSettings(await openZip(bytes));

describe('readAddinSettings', () => {
  it("reads the pane's settings from a .docx and an .xlsx as Office saves them (a string inside a JSON string)", async () => {
    for (const bytes of [await docxBytes(documentXml(grids)), await xlsxBytes(grids)]) {
      const saved = await withAddinSettings(bytes, [
        {
          settings: {
            'jixiao.ignored': IGNORED,
            'jixiao.projectTypes': CHOSEN,
            'Office.AutoShowTaskpaneWithDocument': true,
          },
        },
      ]);
      const settings = await settingsOf(saved);
      expect([...settings]).toEqual([
        ['jixiao.ignored', [IGNORED]],
        ['jixiao.projectTypes', [CHOSEN]],
      ]);
    }
  });

  it("leaves out other add-ins' settings, and finds parts by their content type whatever their name", async () => {
    const saved = await withAddinSettings(await docxBytes(documentXml(grids)), [
      { settings: { 'other.ignored': '["x"]', jixiao: 'no prefix' } },
      { name: 'extension-b.xml', settings: { 'jixiao.ignored': IGNORED } },
    ]);
    expect([...(await settingsOf(saved))]).toEqual([['jixiao.ignored', [IGNORED]]]);
  });

  it('keeps the value of each copy of the add-in (a document opened with two of its installations)', async () => {
    const saved = await withAddinSettings(await docxBytes(documentXml(grids)), [
      { settings: { 'jixiao.ignored': '["a"]' } },
      { settings: { 'jixiao.ignored': '["b"]' } },
    ]);
    expect((await settingsOf(saved)).get('jixiao.ignored')).toEqual(['["a"]', '["b"]']);
  });

  it('reads what is not a string as no setting, as the pane does (a value not written by the pane, or not JSON)', async () => {
    const saved = await withAddinSettings(await docxBytes(documentXml(grids)), [
      {
        settings: { 'jixiao.ignored': ['a'], 'jixiao.projectTypes': '{', 'jixiao.lastYear': 'kept' },
        encode: (v) => (typeof v === 'string' && v !== 'kept' ? v : JSON.stringify(v)),
      },
    ]);
    expect([...(await settingsOf(saved))]).toEqual([['jixiao.lastYear', ['kept']]]);
  });

  it('has none for a document without add-ins', async () => {
    expect((await settingsOf(await docxBytes(documentXml(grids)))).size).toBe(0);
  });

  it('reads a damaged or hostile part as no settings, without failing the document', async () => {
    const good = await withAddinSettings(await docxBytes(documentXml(grids)), [
      { settings: { 'jixiao.ignored': IGNORED } },
    ]);
    for (const part of [
      '<we:webextension><we:properties><we:property name="jixiao.ignored"',
      '<!DOCTYPE x [<!ENTITY e "e">]><we:webextension xmlns:we="w"><we:properties><we:property name="jixiao.ignored" value="&e;"/></we:properties></we:webextension>',
    ]) {
      const zip = await JSZip.loadAsync(good);
      zip.file('word/webextensions/webextension1.xml', part);
      const bytes = await zip.generateAsync({ type: 'uint8array' });
      expect((await settingsOf(bytes)).size).toBe(0);
    }
  });
});

describe('carryAddinParts (the pane’s settings kept in an .xlsx copy exceljs writes)', () => {
  it('puts the add-in parts, their content types and the package relationship back, and the copy opens', async () => {
    const bytes = await withAddinSettings(await xlsxBytes(grids), [{ settings: { 'jixiao.ignored': IGNORED } }]);
    const edit = {
      cell: { sheet: '表1', address: 'A1' },
      before: grids[0]!.cells[0]!.text,
      text: '项目名称',
      ruleId: 'x',
    };
    const { bytes: copy } = await fixXlsx(bytes, [edit], new Date(0));
    expect([...(await settingsOf(copy))]).toEqual([['jixiao.ignored', [IGNORED]]]);
    const zip = await JSZip.loadAsync(copy);
    const rels = await zip.file('_rels/.rels')!.async('string');
    expect(rels).toMatch(
      /Type="http:\/\/schemas.microsoft.com\/office\/2011\/relationships\/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes.xml"/,
    );
    expect(zip.file('xl/webextensions/taskpanes.xml')).not.toBeNull();
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>',
    );
    expect(types.match(/PartName="\/xl\/webextensions\/webextension1.xml"/g)).toHaveLength(1);
    expect(zip.file('xl/webextensions/_rels/taskpanes.xml.rels')).not.toBeNull();
    // Ids stay unique in the package relationships.
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-carry-'));
    writeFileSync(join(dir, 'copy.xlsx'), copy);
    expect(sheetsAsCsv(join(dir, 'copy.xlsx')).get('表1')).toMatch(/^项目名称,/);
  });

  it('leaves the copy as exceljs wrote it when an add-in part points outside its folder (a snapshot image)', async () => {
    const zip = await JSZip.loadAsync(
      await withAddinSettings(await xlsxBytes(grids), [{ settings: { 'jixiao.ignored': IGNORED } }]),
    );
    zip.file(
      'xl/webextensions/_rels/webextension1.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/></Relationships>',
    );
    const source = await openZip(await zip.generateAsync({ type: 'uint8array' }));
    const written = await xlsxBytes(grids);
    expect(await carryAddinParts(source, written)).toBe(written);
  });

  it('leaves a workbook without add-ins as exceljs wrote it', async () => {
    const written = await xlsxBytes(grids);
    expect(await carryAddinParts(await openZip(await xlsxBytes(grids)), written)).toBe(written);
  });
});
