// The document changes between the check and the apply: in the pane the person types in a cell (the memory host's
// `type`); for the command the file on disk is rewritten between reading it and writing the corrected copy. Whatever
// subset of the fixed cells changed, those are refused as conflicts, the others applied, the input left alone.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fixesOf, planCopies, writeFixedCopy } from '../../src/cli/fix';
import type { FileReport } from '../../src/cli/report';
import type { Edit } from '../../src/core/edits';
import type { Grid } from '../../src/core/grid';
import { refKey } from '../../src/core/grid';
import { parseGridText } from '../../src/core/grid-text';
import { check } from '../../src/core/lint';
import { reportForm } from '../../src/core/report';
import { formGridText } from '../../src/core/testing/form-builder';
import type { IndicatorRow } from '../../src/core/testing/form-builder';
import { readDocumentFile } from '../../src/hosts/file/read-file';
import { MemoryHost } from '../../src/hosts/memory/memory-host';
import { docxBytes, documentXml, xlsxBytes } from '../support/office-files';

/** A form whose targets are written with ASCII operators: each has a safe `target-format` fix. */
const FORM: Grid[] = parseGridText(
  formGridText({
    indicators: [
      ['产出指标', '数量指标', '举办培训班次', '>=4(次)'],
      ['产出指标', '数量指标', '培训人次', '>=200(人次)'],
      ['产出指标', '质量指标', '培训出勤率', '>=95%'],
      ['产出指标', '时效指标', '培训计划按期完成率', '=100%'],
      ['效益指标', '社会效益指标', '学员考核通过率', '>=90%'],
      ['满意度指标', '服务对象满意度指标', '培训学员满意度', '>=90%'],
    ] as IndicatorRow[],
  }),
);

/** The command's report of one file as its check leaves it: what `--fix` then works from. */
const checkedReport = async (path: string): Promise<FileReport> => ({
  path,
  status: 'ok',
  forms: check(await readDocumentFile(path)).map((checked) => reportForm(checked)),
});

const fixesIn = (grids: Grid[]): Edit[] => check(grids).flatMap((c) => c.findings.flatMap((f) => f.fix ?? []));
const FIXES = fixesIn(FORM).length;
const typedText = (i: number) => `≥${91 + i}(%)（已手改）`;

/** Which of the fixed cells the person changes meanwhile: any subset. */
const subsetOf = (n: number) => fc.uniqueArray(fc.nat({ max: n - 1 }), { maxLength: n });

const textAt = (grids: readonly Grid[], edit: Edit) =>
  grids.flatMap((g) => g.cells).find((c) => refKey(c.ref) === refKey(edit.cell))?.text;

/** Applied are exactly the untouched ones, refused exactly the changed ones, and the document shows both. */
function expectOutcome(edits: readonly Edit[], typed: readonly number[], after: readonly Grid[]) {
  edits.forEach((edit, i) => {
    const k = typed.indexOf(i);
    expect([i, textAt(after, edit)?.trim()]).toEqual([i, k === -1 ? edit.text : typedText(k)]);
  });
}

describe('memory host: the person types while the pane shows its findings', () => {
  it('refuses exactly the fixes of the cells typed in since the check, and applies the others', async () => {
    expect(FIXES).toBeGreaterThanOrEqual(5);
    await fc.assert(
      fc.asyncProperty(subsetOf(FIXES), async (typed) => {
        const host = new MemoryHost(FORM);
        const edits = fixesIn(await host.read());
        typed.forEach((i, k) => host.type(edits[i]!.cell, typedText(k)));
        const result = await host.write(edits);
        expect(result.conflicts).toEqual(edits.filter((_, i) => typed.includes(i)));
        expect(result.applied).toEqual(edits.filter((_, i) => !typed.includes(i)));
        expectOutcome(edits, typed, await host.read());
      }),
      { numRuns: 100 },
    );
  });
});

/** Rewrites the file on disk with the chosen fixed cells changed, as a person saving it meanwhile would. */
async function retype(path: string, edits: readonly Edit[], typed: readonly number[]): Promise<void> {
  if (path.endsWith('.docx')) {
    const texts = new Map(typed.map((i, k) => [refKey(edits[i]!.cell), typedText(k)]));
    const grids = FORM.map((g) => ({
      ...g,
      cells: g.cells.map((c) => ({ ...c, text: texts.get(refKey(c.ref)) ?? c.text })),
    }));
    writeFileSync(path, await docxBytes(documentXml(grids)));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  typed.forEach((i, k) => {
    const { sheet, address } = edits[i]!.cell;
    workbook.getWorksheet(String(sheet))!.getCell(String(address)).value = typedText(k);
  });
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe.each([
  ['docx', () => docxBytes(documentXml(FORM))],
  ['xlsx', () => xlsxBytes(FORM)],
])('jixiao --fix: the .%s changes on disk between the check and the corrected copy', (ext, bytes) => {
  const root = mkdtempSync(join(tmpdir(), `jixiao-race-${ext}-`));
  const when = new Date('2024-05-01T08:00:00Z');

  it('refuses exactly the changed cells as conflicts, applies the others, and leaves the input as the person saved it', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(subsetOf(FIXES), async (typed) => {
        const dir = join(root, String(run++));
        const input = join(dir, 'in', `form.${ext}`);
        const out = join(dir, 'out');
        mkdirSync(join(dir, 'in'), { recursive: true });
        writeFileSync(input, await bytes());
        const report = await checkedReport(input);
        const edits = fixesOf(report);
        expect(edits).toHaveLength(FIXES);
        await retype(input, edits, typed);
        const saved = readFileSync(input);
        await writeFixedCopy(report, await planCopies([input], new Map([[input, join(dir, 'in')]]), out, null), when);
        expect(report.fixed).toEqual({
          path: join(out, `form.${ext}`),
          applied: FIXES - typed.length,
          conflicts: typed.length,
        });
        expect(readFileSync(input).equals(saved)).toBe(true);
        expectOutcome(edits, typed, await readDocumentFile(report.fixed!.path));
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe('jixiao --fix: the file can no longer be read when its corrected copy is made', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-race-gone-'));
  const when = new Date('2024-05-01T08:00:00Z');

  // Word saves by writing a new file and renaming it over the old one: for a moment the file is missing or partial.
  it.each([
    ['cut short', 'corrupt', (path: string) => writeFileSync(path, readFileSync(path).subarray(0, 300))],
    ['replaced by text', 'corrupt', (path: string) => writeFileSync(path, '项目名称 社区党建服务经费')],
    ['deleted', 'not-found', (path: string) => unlinkSync(path)],
  ])(
    '%s: the file is reported with code %s, no copy is written, and the batch goes on',
    async (_what, code, change) => {
      const input = join(dir, `form-${code}.docx`);
      const out = join(dir, 'out');
      writeFileSync(input, await docxBytes(documentXml(FORM)));
      const report = await checkedReport(input);
      const findings = report.forms.flatMap((f) => f.findings).length;
      change(input);
      const plan = await planCopies([input], new Map([[input, dir]]), out, null);
      await expect(writeFixedCopy(report, plan, when, 'zh-CN')).resolves.toBeUndefined();
      expect(report).toMatchObject({
        status: 'error',
        error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) },
      });
      expect(report.forms.flatMap((f) => f.findings)).toHaveLength(findings); // the check's findings still stand
      expect(report.fixed).toBeUndefined();
      expect(existsSync(join(out, `form-${code}.docx`))).toBe(false);
    },
  );
});
