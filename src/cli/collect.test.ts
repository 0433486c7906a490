import type { PathLike } from 'fs';
import { chmodSync, mkdirSync, mkdtempSync, promises as fsPromises, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { docxBytes, documentXml, xlsxBytes } from '../../test/support/office-files';
import { jixiao } from '../../test/support/run-cli';
import { loadSeed } from '../../test/seeds/load';
import { collect } from './collect';
import type { Report } from './report';

const root = mkdtempSync(join(tmpdir(), 'jixiao-collect-'));
const FORM = loadSeed('2024-xidu.grid');
let docx: Uint8Array;
let xlsx: Uint8Array;

beforeAll(async () => {
  docx = await docxBytes(documentXml(FORM));
  xlsx = await xlsxBytes(FORM);
});

/** A folder under the test's root holding the given files (a name ending in / is a folder). */
function folder(name: string, files: Record<string, Uint8Array | string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, bytes] of Object.entries(files))
    if (file.endsWith('/')) mkdirSync(join(dir, file), { recursive: true });
    else writeFileSync(join(dir, file), bytes);
  return dir;
}

const checked = async (...argv: string[]) => {
  const { code, stdout } = await jixiao('check', ...argv, '--format', 'json');
  const report = JSON.parse(stdout) as Report;
  return { code, files: report.files.map((f) => [f.path, f.status === 'ok' ? 'ok' : f.error!.code]) };
};

describe('a folder that cannot be listed', () => {
  const refused = (path: string) =>
    Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });

  /**
   * chmod 000, and as root (whom permissions do not stop: tests may run so) the refusal anyone else would get from the
   * system, for that folder alone.
   */
  function lock(dir: string): void {
    chmodSync(dir, 0);
    if (process.getuid?.() !== 0) return;
    const list = fsPromises.readdir.bind(fsPromises) as (p: PathLike, o: unknown) => Promise<unknown>;
    jest
      .spyOn(fsPromises, 'readdir')
      .mockImplementation(((p: PathLike, o: unknown) =>
        resolve(String(p)) === resolve(dir) ? Promise.reject(refused(String(p))) : list(p, o)) as never);
  }

  afterEach(() => jest.restoreAllMocks());

  it('is reported as unreadable, and the rest of the folder is still checked', async () => {
    const dir = folder('locked-inside', { 'a.docx': docx, 'locked/': '', 'z.xlsx': xlsx });
    writeFileSync(join(dir, 'locked', 'b.docx'), docx);
    lock(join(dir, 'locked'));
    try {
      const { code, files } = await checked(dir);
      expect(files).toEqual([
        [join(dir, 'locked'), 'unreadable'],
        [join(dir, 'a.docx'), 'ok'],
        [join(dir, 'z.xlsx'), 'ok'],
      ]);
      expect(code).toBe(2);
      const { stdout } = await jixiao('check', dir);
      expect(stdout).toContain(
        `${join(dir, 'locked')}: 错误 无法读取：没有读取权限或读取出错，请检查文件或文件夹的权限（EACCES） [unreadable]`,
      );
      expect(stdout).toMatch(/共 3 个文件、6 张申报表：.*；1 个文件无法读取\n$/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('is unreadable when it is the folder given, not a folder without documents', async () => {
    const dir = folder('locked-given', { 'a.docx': docx });
    lock(dir);
    try {
      expect(await checked(dir)).toEqual({ code: 2, files: [[dir, 'unreadable']] });
      const { stdout } = await jixiao('check', dir, '--lang', 'en');
      expect(stdout).toContain(`${dir}: error cannot be read: no permission or a read error`);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('is listed by collect apart from the files, with the system’s reason', async () => {
    const dir = folder('locked-collect', { 'a.docx': docx, 'locked/': '' });
    lock(join(dir, 'locked'));
    try {
      const found = await collect([dir]);
      expect(found.files).toEqual([join(dir, 'a.docx')]);
      expect(found.unreadable.map((u) => [u.path, u.error.code, u.error.detail])).toEqual([
        [join(dir, 'locked'), 'unreadable', 'EACCES'],
      ]);
      expect(found.emptyFolders).toEqual([]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

describe('links inside a folder', () => {
  // g/c.docx → a file elsewhere; g/shared → a folder elsewhere; g/docs/up → g (a loop); g/gone.docx → nothing.
  const elsewhere = folder('elsewhere', { 'shared/': '' });
  const g = folder('links', { 'docs/': '' });
  symlinkSync(join(elsewhere, 'c.docx'), join(g, 'c.docx'));
  symlinkSync(join(elsewhere, 'shared'), join(g, 'shared'));
  symlinkSync('..', join(g, 'docs', 'up'));
  symlinkSync(join(root, 'no-such-file.docx'), join(g, 'gone.docx'));

  beforeAll(() => {
    writeFileSync(join(elsewhere, 'c.docx'), docx);
    writeFileSync(join(elsewhere, 'shared', 'b.xlsx'), xlsx);
    writeFileSync(join(g, 'docs', 'a.docx'), docx);
  });

  it('are followed to files and folders, a loop walked once, a link to nothing reported as not found', async () => {
    expect((await collect([g])).files).toEqual([
      join(g, 'c.docx'),
      join(g, 'docs', 'a.docx'),
      join(g, 'gone.docx'),
      join(g, 'shared', 'b.xlsx'),
    ]);
    expect(await checked(g)).toEqual({
      code: 2,
      files: [
        [join(g, 'c.docx'), 'ok'],
        [join(g, 'docs', 'a.docx'), 'ok'],
        [join(g, 'gone.docx'), 'not-found'],
        [join(g, 'shared', 'b.xlsx'), 'ok'],
      ],
    });
  });

  it('a link to a folder also given is walked once: each file is checked once', async () => {
    expect((await collect([g, elsewhere])).files).toEqual([
      join(g, 'c.docx'),
      join(g, 'docs', 'a.docx'),
      join(g, 'gone.docx'),
      join(g, 'shared', 'b.xlsx'),
    ]);
  });
});

describe('one file given under several spellings', () => {
  const dir = folder('spellings', { 'a/': '' });

  beforeAll(() => {
    writeFileSync(join(dir, 'a', 'x.docx'), docx);
    symlinkSync(join(dir, 'a', 'x.docx'), join(dir, 'link.docx'));
  });

  it('is checked once, under the first spelling', async () => {
    const spellings = [`${dir}/a/./x.docx`, `${dir}/a/x.docx`, `${dir}/a/../a/x.docx`, `${dir}//a/x.docx`];
    expect(await checked(...spellings, join(dir, 'link.docx'))).toEqual({
      code: 0,
      files: [[`${dir}/a/./x.docx`, 'ok']],
    });
    const { stdout } = await jixiao('check', ...spellings);
    expect(stdout).toMatch(/^共 1 个文件、3 张申报表/m);
  });

  it('is checked once when given both in its folder and by name; its copy is laid out from the folder', async () => {
    const found = await collect([join(dir, 'a'), `${dir}/a/../a/x.docx`]);
    expect(found.files).toEqual([join(dir, 'a', 'x.docx')]);
    expect(found.roots).toEqual(new Map([[join(dir, 'a', 'x.docx'), join(dir, 'a')]]));
  });

  it('a missing file given twice is reported once', async () => {
    expect(await checked(join(dir, 'gone.docx'), `${dir}/a/../gone.docx`)).toEqual({
      code: 2,
      files: [[join(dir, 'gone.docx'), 'not-found']],
    });
  });
});

describe('old and macro-enabled Office files in a folder', () => {
  const dir = folder('old-formats', {
    'a.doc': 'old Word',
    'b.wps': 'WPS 文字',
    'c.docx': '',
    'd.xlsm': 'macros',
    'e.et': 'WPS 表格',
    '~$c.doc': 'lock file',
    '.hidden.doc': 'hidden',
    'notes.txt': 'text',
  });

  beforeAll(() => writeFileSync(join(dir, 'c.docx'), docx));

  it('are listed as unsupported-type with how to make them readable, never passed over', async () => {
    expect(await checked(dir)).toEqual({
      code: 2,
      files: [
        [join(dir, 'a.doc'), 'unsupported-type'],
        [join(dir, 'b.wps'), 'unsupported-type'],
        [join(dir, 'd.xlsm'), 'unsupported-type'],
        [join(dir, 'e.et'), 'unsupported-type'],
        [join(dir, 'c.docx'), 'ok'],
      ],
    });
    const { stdout } = await jixiao('check', dir);
    expect(stdout).toContain(
      `${join(dir, 'b.wps')}: 错误 只支持 .docx 和 .xlsx 文件：.doc、.xls、.wps、.et 或带宏的文件请先另存为 .docx/.xlsx（.wps） [unsupported-type]`,
    );
    expect(stdout).toMatch(/共 5 个文件、3 张申报表：.*；4 个文件无法读取\n$/);
  });

  it('make a folder holding only them a folder of unreadable files, not one without documents', async () => {
    const only = folder('only-old', { '2023年申报.doc': 'old Word' });
    expect(await checked(only)).toEqual({
      code: 2,
      files: [[join(only, '2023年申报.doc'), 'unsupported-type']],
    });
  });

  it('are listed by suggest and compare too', async () => {
    const suggested = await jixiao('suggest', dir, '--format', 'json');
    expect((JSON.parse(suggested.stdout) as Report).files.map((f) => [f.path, f.error?.code ?? f.status])).toEqual([
      [join(dir, 'a.doc'), 'unsupported-type'],
      [join(dir, 'b.wps'), 'unsupported-type'],
      [join(dir, 'd.xlsm'), 'unsupported-type'],
      [join(dir, 'e.et'), 'unsupported-type'],
      [join(dir, 'c.docx'), 'ok'],
    ]);
    expect(suggested.code).toBe(2);
    const compared = await jixiao('compare', dir, join(dir, 'c.docx'), '--format', 'json');
    const unreadable = (JSON.parse(compared.stdout) as { unreadable: { path: string; side: string }[] }).unreadable;
    expect(unreadable.map((u) => [u.path, u.side])).toEqual([
      [join(dir, 'a.doc'), 'previous'],
      [join(dir, 'b.wps'), 'previous'],
      [join(dir, 'd.xlsm'), 'previous'],
      [join(dir, 'e.et'), 'previous'],
    ]);
    expect(compared.code).toBe(2);
  });
});
