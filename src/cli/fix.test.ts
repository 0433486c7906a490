// --out never replaces a file jixiao did not write: inputs (however the path is spelt), files already in the folder,
// copies a person has edited since, the --report workbook; two inputs never share one copy.
import { createHash } from 'crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { docxBytes, documentXml, xlsxBytes } from '../../test/support/office-files';
import { loadSeed } from '../../test/seeds/load';
import { jixiao } from '../../test/support/run-cli';
import { COPIES_RECORD, planCopies, writeFixedCopy } from './fix';
import { checkFile, renderText, summarise } from './report';
import { bundledLibrary } from '../library/bundled';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('jixiao check --comments --out: where the copies may go', () => {
  const root = mkdtempSync(join(tmpdir(), 'jixiao-out-'));
  let form: Uint8Array;
  let n = 0;

  beforeAll(async () => {
    form = await docxBytes(documentXml(loadSeed('2018-units.grid')));
  });

  /** A fresh folder holding the given files (relative paths), each a copy of the seed form. */
  function folder(...files: string[]): string {
    const dir = join(root, String(n++));
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), form);
    }
    return dir;
  }

  /** Runs the command and checks that it refused before writing: exit 2, the reason in Chinese, no file changed. */
  async function refused(watched: readonly string[], ...argv: string[]): Promise<string> {
    const before = watched.map(digest);
    const { code, stderr, stdout } = await jixiao('check', ...argv, '--comments');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^jixiao: .*[\u4e00-\u9fff]/);
    expect(watched.map(digest)).toEqual(before);
    return stderr;
  }

  it('refuses the inputs’ own folder', async () => {
    const dir = folder('a.docx');
    expect(await refused([join(dir, 'a.docx')], dir, '--out', dir)).toMatch(/覆盖输入文件/);
  });

  it('refuses a folder where one input’s copy would land on another input', async () => {
    const dir = folder('x.docx', 'sub/x.docx');
    const stderr = await refused([join(dir, 'x.docx'), join(dir, 'sub', 'x.docx')], dir, '--out', join(dir, 'sub'));
    expect(stderr).toContain(join(dir, 'sub', 'x.docx'));
  });

  it('refuses a linked folder that leads back to the inputs', async () => {
    const dir = folder('in/a.docx');
    symlinkSync(join(dir, 'in'), join(dir, 'link'));
    expect(await refused([join(dir, 'in', 'a.docx')], join(dir, 'in'), '--out', join(dir, 'link'))).toMatch(
      /覆盖输入文件/,
    );
  });

  it('refuses two inputs of one name given from different folders', async () => {
    const dir = folder('a/x.docx', 'b/x.docx');
    const stderr = await refused([], join(dir, 'a', 'x.docx'), join(dir, 'b', 'x.docx'), '--out', join(dir, 'out'));
    expect(stderr).toMatch(/副本都会写到/);
    expect(existsSync(join(dir, 'out', 'x.docx'))).toBe(false);
  });

  it('refuses a file already where a copy would go', async () => {
    const dir = folder('in/a.docx', 'out/a.docx');
    expect(await refused([join(dir, 'out', 'a.docx')], join(dir, 'in'), '--out', join(dir, 'out'))).toMatch(
      /不是 jixiao 写入后未经改动的副本/,
    );
  });

  it('refuses a --report where a copy would go', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'in'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.xlsx'), await xlsxBytes(loadSeed('2024-xidu.grid')));
    const out = join(dir, 'out');
    expect(await refused([], join(dir, 'in'), '--out', out, '--report', join(out, 'a.xlsx'))).toMatch(/同名/);
    expect(existsSync(join(out, 'a.xlsx'))).toBe(false);
  });

  it('refuses --out naming a file', async () => {
    const dir = folder('a.docx');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(await refused([join(dir, 'notes.txt')], join(dir, 'a.docx'), '--out', join(dir, 'notes.txt'))).toMatch(
      /不是文件夹/,
    );
  });

  it('replaces its own copies on a second run, but not one a person edited since', async () => {
    const dir = folder('in/a.docx');
    const out = join(dir, 'out');
    const first = await jixiao('check', join(dir, 'in'), '--comments', '--out', out);
    expect(first.code).toBe(1);
    const copy = join(out, 'a.docx');
    expect(JSON.parse(readFileSync(join(out, COPIES_RECORD), 'utf8'))).toEqual({ copies: { 'a.docx': digest(copy) } });
    expect((await jixiao('check', join(dir, 'in'), '--comments', '--out', out)).code).toBe(1);
    writeFileSync(copy, Buffer.concat([readFileSync(copy), Buffer.from(' ')])); // the unit worked on the copy
    expect(await refused([copy], join(dir, 'in'), '--out', out)).toMatch(/a\.docx/);
  });
});

describe('jixiao check --comments --out inside the folder checked', () => {
  let form: Uint8Array;
  beforeAll(async () => {
    form = await docxBytes(documentXml(loadSeed('2018-units.grid')));
  });

  it('runs twice: the first run’s copies are neither checked again nor taken for inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-out-inside-'));
    writeFileSync(join(dir, 'a.docx'), form);
    const out = join(dir, '退回');
    for (const run of [1, 2]) {
      const { code, stdout } = await jixiao('check', dir, '--comments', '--out', out, '--format', 'json');
      expect({ run, code }).toEqual({ run, code: 1 });
      expect((JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual([
        join(dir, 'a.docx'),
      ]);
    }
  });

  it('refuses a copy’s place that is the input under another name (a hard link), though the record knows it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-out-link-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.docx'), form);
    const out = join(dir, 'out');
    expect((await jixiao('check', join(dir, 'in'), '--comments', '--out', out)).code).toBe(1);
    mkdirSync(join(dir, 'x'));
    linkSync(join(out, 'a.docx'), join(dir, 'x', 'a.docx'));
    const before = digest(join(dir, 'x', 'a.docx'));
    const { code, stderr } = await jixiao('check', join(dir, 'x'), '--comments', '--out', out);
    expect(code).toBe(2);
    expect(stderr).toMatch(/覆盖输入文件/);
    expect(digest(join(dir, 'x', 'a.docx'))).toBe(before);
  });

  it('writes no record through a link of the record’s name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-out-record-'));
    writeFileSync(join(dir, 'a.docx'), form);
    writeFileSync(join(dir, 'mine.json'), '{"mine":true}');
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(join(dir, 'mine.json'), join(out, COPIES_RECORD));
    expect((await jixiao('check', join(dir, 'a.docx'), '--comments', '--out', out)).code).toBe(1);
    expect(readFileSync(join(dir, 'mine.json'), 'utf8')).toBe('{"mine":true}');
  });
});

describe('writeFixedCopy', () => {
  it('reports a copy it cannot write as write-failed, keeps the check’s findings, and writes no record of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-write-failed-'));
    const input = join(dir, 'a.docx');
    writeFileSync(input, await docxBytes(documentXml(loadSeed('2018-units.grid'))));
    const out = join(dir, 'out');
    const plan = await planCopies([input], new Map([[input, dir]]), out, null);
    mkdirSync(join(out, 'a.docx')); // taken between the plan and the write
    const report = await checkFile(input, 'zh-CN', bundledLibrary());
    const findings = report.forms.flatMap((f) => f.findings).length;
    await writeFixedCopy(report, plan, new Date(), 'zh-CN', { fix: false, comments: true });
    expect(report).toMatchObject({ status: 'error', error: { code: 'write-failed', message: /无法写入副本/ } });
    expect(report.forms.flatMap((f) => f.findings)).toHaveLength(findings);
    expect(existsSync(join(out, COPIES_RECORD))).toBe(false);
    // The file was read and checked: the summary says a copy is missing, not that a file could not be read.
    const text = renderText(summarise([report]), 'zh-CN');
    expect(text).toMatch(/；1 个副本未能写入\n$/);
    expect(text).not.toMatch(/无法读取/);
  });
});
