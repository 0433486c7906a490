// --fix on the examples: the originals stay byte-identical, the corrected copies carry no fixable finding any
// more, the .docx shows each change as a tracked change and the .xlsx keeps the old values; and a real office
// suite (LibreOffice, headless) opens both and prints the corrected text.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { check } from '../../src/core/lint';
import { readDocumentFile } from '../../src/hosts/file/read-file';
import { LOG_SHEET, REVISION_AUTHOR } from '../../src/hosts/file/write-back';
import { convertWithLibreOffice } from '../support/libreoffice';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const fixable = async (path: string) =>
  check(await readDocumentFile(path)).flatMap((c) =>
    c.findings.filter((f) => f.fix).map((f) => `${f.ruleId}:${f.actual}`),
  );

describe('jixiao check --fix --out', () => {
  const out = mkdtempSync(join(tmpdir(), 'jixiao-fixed-'));
  const inputs = readdirSync(EXAMPLES).sort();
  const before = new Map(inputs.map((f) => [f, digest(join(EXAMPLES, f))]));
  let code = -1;

  beforeAll(async () => {
    code = await run(['check', EXAMPLES, '--fix', '--out', out], {
      stdout: () => {},
      stderr: () => {},
      env: {},
      interactive: false,
    });
  }, 60_000);

  it('never modifies the inputs', () => {
    expect(code).toBe(1);
    expect(new Map(inputs.map((f) => [f, digest(join(EXAMPLES, f))]))).toEqual(before);
  });

  it('leaves none of the fixed findings in the corrected copies', async () => {
    // Beside the copies, the record of what this run wrote (COPIES_RECORD), hidden.
    const fixedFiles = readdirSync(out)
      .filter((f) => !f.startsWith('.'))
      .sort();
    expect(fixedFiles.length).toBeGreaterThanOrEqual(10);
    for (const file of fixedFiles) {
      expect((await fixable(join(EXAMPLES, file))).length).toBeGreaterThan(0);
      expect({ file, left: await fixable(join(out, file)) }).toEqual({ file, left: [] });
    }
  });

  it('writes .docx fixes as tracked changes a reviewer can accept or reject', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, '2020-党建服务中心绩效目标表.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(
      new RegExp(`<w:del [^>]*w:author="${REVISION_AUTHOR}"[^>]*>.*?<w:delText[^>]*>&lt;=100%</w:delText>`),
    );
    expect(xml).toMatch(new RegExp(`<w:ins [^>]*w:author="${REVISION_AUTHOR}"[^>]*>.*?<w:t[^>]*>≤100%</w:t>`));
  });

  it('keeps the old .xlsx values in a note and in the 修订记录 sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(out, '2020-党建服务中心绩效目标表.xlsx')) as unknown as ArrayBuffer);
    const log = workbook.getWorksheet(LOG_SHEET)!;
    const rows = log.getSheetValues().slice(2) as unknown as (string | undefined)[][];
    expect(rows.map((r) => [r[2], r[3], r[4]])).toContainEqual(['<=100%', '≤100%', 'target-format']);
    const [cell] = rows.map((r) => String(r[1])).filter((a) => a.startsWith('表1!'));
    const changed = workbook.getWorksheet('表1')!.getCell(cell!.split('!')[1]!);
    expect(String(changed.note)).toMatch(/^原值 Old: /);
  });

  // The office suite itself: what a person opening the copy would see.
  it('opens in LibreOffice, which prints the corrected text', () => {
    const pdfDir = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));
    for (const file of ['2020-党建服务中心绩效目标表.docx', '2020-党建服务中心绩效目标表.xlsx']) {
      convertWithLibreOffice(join(out, file), 'pdf', pdfDir);
      const pdf = join(pdfDir, file.replace(/\.(docx|xlsx)$/, '.pdf'));
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('≤100%');
      expect(text).toContain('电教远教工作经费');
    }
  }, 300_000);
});
