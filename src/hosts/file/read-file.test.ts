import { mkdtempSync, promises as fsPromises, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseGridText } from '../../core/grid-text';
import { check } from '../../core/lint';
import { docxBytes, documentXml, xlsxBytes } from '../../../test/support/office-files';
import { loadSeed } from '../../../test/seeds/load';
import { FileError } from './file-errors';
import type { FileErrorCode } from './file-errors';
import { MAX_FILE_BYTES } from './limits';
import { readDocumentFile } from './read-file';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-read-'));
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const summary = (grids: Parameters<typeof check>[0]) =>
  check(grids).map((c) => [
    c.form.fields.projectName?.text,
    c.findings.map((f) => `${f.ruleId}:${f.messageId}:${f.actual}`),
  ]);

describe('readDocumentFile', () => {
  const seed = loadSeed('2024-xidu.grid');

  it('reads a .docx into grids with the same forms and findings as the fixture', async () => {
    const path = write('xidu.docx', await docxBytes(documentXml(seed)));
    const grids = await readDocumentFile(path);
    expect(grids).toHaveLength(3);
    expect(summary(grids)).toEqual(summary(seed));
    expect(grids[0]!.preamble).toEqual(seed[0]!.preamble);
  });

  it('reads a .xlsx (one sheet per table, merges, formatted amounts) with the same findings', async () => {
    const path = write('xidu.xlsx', await xlsxBytes(seed));
    const grids = await readDocumentFile(path);
    expect(grids.map((g) => g.id)).toEqual(['表1', '表2', '表3']);
    expect(summary(grids)).toEqual(summary(seed));
    const [form] = check(grids);
    expect(form!.form.funds.annual).toMatchObject({
      text: '1,217,200.00',
      fen: 121_720_000,
      cell: { sheet: '表1', address: 'E4' },
    });
  });

  it('reads an operator and a unit merged over several rows (as some exports print them) for each row, from both', async () => {
    const merged = parseGridText(
      '项目名称 | 文化活动 | < | < | <\n一级指标 | 三级指标 | 计算符号 | 指标值 | 计量单位\n产出指标 | 举办活动场次 | ≥ | 20 | 场次\n^ | 参与人次 | ^ | 500 | 人次\n^ | 验收合格率 | = | 100 | %\n^ | 设施完好率 | ≥ | 95 | ^',
    );
    for (const [name, bytes] of [
      ['merged.docx', await docxBytes(documentXml(merged))],
      ['merged.xlsx', await xlsxBytes(merged)],
    ] as const) {
      const [checked] = check(await readDocumentFile(write(name, bytes)));
      expect(checked!.form.indicators.map((i) => i.value)).toMatchObject([
        { op: '≥', number: 20, unit: '场次' },
        { op: '≥', number: 500, unit: '人次' },
        { op: '=', number: 100, unit: '%' },
        { op: '≥', number: 95, unit: '%' },
      ]);
      expect(checked!.findings.filter((f) => f.ruleId.startsWith('target-'))).toEqual([]);
    }
  });

  const bad: [string, FileErrorCode, () => Promise<string>][] = [
    ['a missing file', 'not-found', async () => join(dir, 'missing.docx')],
    ['a 0-byte file', 'empty', async () => write('empty.docx', '')],
    ['a text file renamed .docx', 'not-office', async () => write('text.docx', '项目名称 党建经费')],
    ['a truncated zip', 'corrupt', async () => write('cut.docx', (await docxBytes(documentXml(seed))).slice(0, 400))],
    [
      'an encrypted .xlsx',
      'encrypted',
      async () => write('locked.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
    ],
    ['an over-size file', 'too-large', async () => write('big.docx', new Uint8Array(MAX_FILE_BYTES + 1))],
    [
      'XML with a DOCTYPE',
      'doctype',
      async () =>
        write('dtd.docx', await docxBytes('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>')),
    ],
    [
      'a docx with no tables',
      'no-tables',
      async () => write('plain.docx', await docxBytes(documentXml([]).replace('<w:body>', '<w:body><w:p/>'))),
    ],
    ['another file type', 'unsupported-type', async () => write('form.pdf', '%PDF-1.7')],
    // A folder name mistyped on the command line has no extension: it is not there, not of the wrong type.
    ['a missing path without an extension', 'not-found', async () => join(dir, '2024年申报')],
    ['a missing file of another type', 'not-found', async () => join(dir, 'missing.pdf')],
  ];

  it.each(bad)('refuses %s with code %s and a message in both languages', async (_, code, make) => {
    const error = await readDocumentFile(await make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).code).toBe(code);
    expect((error as FileError).text('zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect((error as FileError).text('en')).toMatch(/[a-z]/);
  });

  it('says to save an old or macro-enabled file as .docx/.xlsx, in both languages', async () => {
    const error = (await readDocumentFile(write('form.wps', 'WPS')).catch((e: unknown) => e)) as FileError;
    expect(error.text('zh-CN')).toMatch(/另存为 \.docx\/\.xlsx/);
    expect(error.text('en')).toMatch(/save .* as \.docx\/\.xlsx/);
  });

  // Tests may run as root, whom a chmod 000 does not stop: the refusal the system gives others is made here.
  describe.each(['EACCES', 'EPERM', 'EIO'])('a file the system refuses to read (%s)', (errno) => {
    const refused = (path: string) => Object.assign(new Error(`${errno}: open '${path}'`), { code: errno });
    afterEach(() => jest.restoreAllMocks());

    it('is unreadable, with a message in both languages that says what to check', async () => {
      const path = write(`refused-${errno}.docx`, await docxBytes(documentXml(seed)));
      jest.spyOn(fsPromises, 'readFile').mockRejectedValueOnce(refused(path));
      const error = (await readDocumentFile(path).catch((e: unknown) => e)) as FileError;
      expect(error).toBeInstanceOf(FileError);
      expect(error.code).toBe('unreadable');
      expect(error.text('zh-CN')).toBe(`无法读取：没有读取权限或读取出错，请检查文件或文件夹的权限（${errno}）`);
      expect(error.text('en')).toMatch(/^cannot be read: no permission/);
    });

    it('is unreadable when even its size cannot be looked up (a folder above it refuses)', async () => {
      const path = join(dir, 'behind-a-locked-folder', 'form.docx');
      jest.spyOn(fsPromises, 'stat').mockRejectedValueOnce(refused(path));
      const error = (await readDocumentFile(path).catch((e: unknown) => e)) as FileError;
      expect(error.code).toBe('unreadable');
    });
  });
});
