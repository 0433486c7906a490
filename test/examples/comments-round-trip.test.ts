// --comments on the examples with mistakes: each problem cell of the copy carries one 审核意见 comment (a Word
// comment in .docx, a cell note in .xlsx) that a real office suite (LibreOffice, headless) reads back on the right
// cell; the copy reads as the original did; commenting a commented copy again keeps the first comments.
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import type { Report } from '../../src/cli/report';
import { refKey } from '../../src/core/grid';
import { check } from '../../src/core/lint';
import { readDocumentFile } from '../../src/hosts/file/read-file';
import { REVISION_AUTHOR } from '../../src/hosts/file/write-back';
import { convertWithLibreOffice } from '../support/libreoffice';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const NAMES = ['示例-常见错误-生活驿站运行经费.docx', '示例-常见错误-生活驿站运行经费.xlsx'];
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function jixiao(...argv: string[]): Promise<{ code: number; report: Report }> {
  let stdout = '';
  const code = await run([...argv, '--format', 'json'], {
    stdout: (t) => void (stdout += t),
    stderr: () => {},
    env: {},
    interactive: false,
  });
  return { code, report: JSON.parse(stdout) as Report };
}

/** The annotations LibreOffice reads from a file, as [author, text, text of the cell they sit in]. */
async function annotationsSeenByLibreOffice(
  file: string,
  to: 'odt' | 'ods',
): Promise<(readonly [author: string, text: string, cell: string])[]> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-odf-'));
  convertWithLibreOffice(file, to, dir);
  const converted = join(
    dir,
    file
      .split('/')
      .pop()!
      .replace(/\.(docx|xlsx)$/, `.${to}`),
  );
  const xml = await (await JSZip.loadAsync(readFileSync(converted))).file('content.xml')!.async('string');
  const cells = xml.split(/<table:table-cell\b/).slice(1);
  const text = (s: string) =>
    s
      .replace(/<text:line-break\/>/g, '\n')
      .replace(/<\/text:p>(?=.)/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)
      .trim();
  return cells.flatMap((cell) =>
    [...cell.matchAll(/<office:annotation\b.*?<\/office:annotation>/gs)].map((m) => {
      const author = /<dc:creator>(.*?)<\/dc:creator>/.exec(m[0])?.[1] ?? '';
      const body = m[0].replace(/<(dc:creator|dc:date|meta:creator-initials)>.*?<\/\1>/g, '');
      return [author, text(body), text(cell.replace(/<office:annotation\b.*?<\/office:annotation>/gs, ''))] as const;
    }),
  );
}

describe('jixiao check --comments --out', () => {
  const out = mkdtempSync(join(tmpdir(), 'jixiao-commented-'));
  const inputs = NAMES.map((n) => join(EXAMPLES, n));
  const before = inputs.map(digest);
  let first: { code: number; report: Report };

  beforeAll(async () => {
    first = await jixiao('check', ...inputs, '--comments', '--out', out);
  }, 60_000);

  it('writes one comment per problem cell into a copy and never modifies the inputs', () => {
    expect(first.code).toBe(1);
    expect(inputs.map(digest)).toEqual(before);
    for (const file of first.report.files) {
      const cells = new Set(file.forms.flatMap((f) => f.findings.map((x) => refKey(x.cell))));
      expect(cells.size).toBeGreaterThan(5);
      expect(file.fixed).toEqual({
        path: join(out, file.path.split('/').pop()!),
        applied: 0,
        conflicts: 0,
        comments: cells.size,
      });
    }
  });

  it('says in the text report what went into each copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-commented-text-'));
    let stdout = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => {}, env: {}, interactive: false };
    await run(['check', inputs[0]!, '--comments', '--out', dir], io);
    const count = first.report.files[0]!.fixed!.comments!;
    expect(stdout).toContain(`${inputs[0]}：写入审核意见 ${count} 条，另存为 ${join(dir, NAMES[0]!)}\n`);
    stdout = '';
    await run(['check', inputs[0]!, '--fix', '--comments', '--out', dir, '--lang', 'en'], io);
    expect(stdout).toMatch(new RegExp(`: [1-9]\\d* fixes and ${count} review comments written to `));
  });

  it('leaves the copy reading exactly as the original: same cells, same findings', async () => {
    for (const name of NAMES) {
      const findings = async (path: string) =>
        check(await readDocumentFile(path)).flatMap((c) => c.findings.map((f) => `${refKey(f.cell)} ${f.message}`));
      expect(await findings(join(out, name))).toEqual(await findings(join(EXAMPLES, name)));
    }
  });

  it.each([
    ['docx', 'odt'],
    ['xlsx', 'ods'],
  ] as const)(
    'puts each .%s comment where LibreOffice shows it on its cell, with every finding of that cell',
    async (ext, to) => {
      const file = first.report.files.find((f) => f.path.endsWith(ext))!;
      const seen = await annotationsSeenByLibreOffice(
        join(
          out,
          NAMES.find((n) => n.endsWith(ext))!,
        ),
        to,
      );
      expect(seen).toHaveLength(file.fixed!.comments!);
      for (const finding of file.forms.flatMap((f) => f.findings)) {
        const on = seen.filter(([, text]) => text.includes(finding.message));
        expect({ finding: finding.ruleId, on: on.length }).toEqual({ finding: finding.ruleId, on: 1 });
        expect(on[0]![1]).toMatch(/^【审核意见】/);
        // The note sits on the cell the finding is about: the cell LibreOffice puts it in holds what was checked.
        if (finding.actual.trim() !== '') expect(on[0]![2]).toContain(finding.actual.trim().split('\n')[0]);
      }
      if (ext === 'docx') expect(new Set(seen.map(([author]) => author))).toEqual(new Set([REVISION_AUTHOR]));
    },
    120_000,
  );

  it('adds to the comments a document already has: a second round keeps the first, with ids of its own', async () => {
    const again = mkdtempSync(join(tmpdir(), 'jixiao-commented-again-'));
    const copies = NAMES.map((n) => join(out, n));
    const second = await jixiao('check', ...copies, '--comments', '--out', again);
    const count = first.report.files[0]!.fixed!.comments!;
    expect(second.report.files[0]!.fixed!.comments).toBe(count);

    const zip = await JSZip.loadAsync(readFileSync(join(again, NAMES[0]!)));
    const comments = await zip.file('word/comments.xml')!.async('string');
    const ids = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2 * count);
    expect(new Set(ids).size).toBe(2 * count);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types.match(/comments\+xml/g)).toHaveLength(1);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels.match(/relationships\/comments"/g)).toHaveLength(1);
    expect(await annotationsSeenByLibreOffice(join(again, NAMES[0]!), 'odt')).toHaveLength(2 * count);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(again, NAMES[1]!)) as unknown as ArrayBuffer);
    const notes: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.note) notes.push(String(typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note)));
        }),
      ),
    );
    expect(notes.length).toBe(first.report.files[1]!.fixed!.comments);
    for (const note of notes) expect(note.match(/【审核意见】/g)).toHaveLength(2);
  }, 120_000);

  it('writes fixes and comments together: the fix as a tracked change, its reason beside it', async () => {
    const both = mkdtempSync(join(tmpdir(), 'jixiao-both-'));
    const { report } = await jixiao('check', inputs[0]!, '--fix', '--comments', '--out', both);
    expect(report.files[0]!.fixed!.applied).toBeGreaterThan(0);
    const seen = await annotationsSeenByLibreOffice(join(both, NAMES[0]!), 'odt');
    expect(seen).toHaveLength(report.files[0]!.fixed!.comments!);
    const fixed = report.files[0]!.forms[0]!.findings.find((f) => f.ruleId === 'target-format')!;
    const on = seen.find(([, text]) => text.includes(fixed.message))!;
    expect(on[2]).toContain(fixed.fix![0]!.text);
  }, 120_000);
});
