import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'fs';
import { join } from 'path';
import { recognize } from '../../core/recognize';
import { refuseDoctype } from '../ooxml/tables';
import { readDocumentFile } from '../file/read-file';
import { PickedFileError, readPickedDocument } from './picked-file';

const parse = (xml: string) => {
  refuseDoctype(xml);
  return new DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
};
const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

/** What a comparison reads of a form: its name, the money asked for, and its indicator rows. */
const essentials = (grids: Parameters<typeof recognize>[0]) =>
  recognize(grids).map((f) => ({
    project: f.fields.projectName?.text,
    annual: f.funds.annual?.fen ?? f.funds.budgetYear?.fen ?? null,
    rows: f.indicators.map((i) => `${i.level1}|${i.level2}|${i.name}|${i.target}`),
  }));

describe('readPickedDocument (last year’s form, read in the pane)', () => {
  it.each([
    '2020-党建服务中心绩效目标表.docx',
    '2024-党建服务中心绩效目标汇总表.xlsx',
    '2018-各单位绩效目标申报表.xlsx',
  ])('reads %s as the CLI’s file host does', async (file) => {
    const path = join(EXAMPLES, file);
    const picked = essentials(readPickedDocument(file, new Uint8Array(readFileSync(path)), parse));
    expect(picked.length).toBeGreaterThan(0);
    expect(picked).toEqual(essentials(await readDocumentFile(path)));
  });

  it.each([
    ['上年.pdf', 'not a zip', '请选择 .docx 或 .xlsx 文件'],
    ['上年.docx', 'not a zip', '文件已损坏或不是 Office 文档'],
  ])('refuses %s with a message for the person', (name, content, zh) => {
    const read = () => readPickedDocument(name, new TextEncoder().encode(content), parse);
    expect(read).toThrow(PickedFileError);
    expect(read).toThrow(expect.objectContaining({ zh, name: 'PickedFileError' }));
  });

  it('refuses a workbook given as a Word document', () => {
    const bytes = new Uint8Array(readFileSync(join(EXAMPLES, '2024-西渡街道绩效目标汇总表.xlsx')));
    expect(() => readPickedDocument('上年.docx', bytes, parse)).toThrow(
      expect.objectContaining({ zh: '不是 Word 文档（没有正文）' }),
    );
  });
});
