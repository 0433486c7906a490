// The hostile-input corpus, generated (nothing large is committed): malformed, malicious and extreme .docx/.xlsx
// files, each with what the `jixiao` command must make of it — a documented error code, or a correct report.
import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { FormReport } from '../../src/core/report';
import type { Grid } from '../../src/core/grid';
import { parseGridText } from '../../src/core/grid-text';
import { formGridText } from '../../src/core/testing/form-builder';
import type { IndicatorRow } from '../../src/core/testing/form-builder';
import type { FileErrorCode } from '../../src/hosts/file/file-errors';
import { docxBytes, documentXml, gridToTableXml, withAddinSettings, xlsxBytes } from '../support/office-files';
import { encryptedPackageBytes, zerosDeflated, zipBytes } from './package-bytes';

export interface HostileFile {
  readonly name: string;
  readonly what: string;
  /** The README's error code for this file, or 'ok': read, checked and reported like any form. */
  readonly expected: FileErrorCode | 'ok';
  /** For 'ok' files: what the report of its forms must show (throws when it does not). */
  readonly verify?: (forms: FormReport[]) => void;
  readonly bytes: () => Promise<Uint8Array | string>;
}

/** Past the 200 MB unzipped limit (limits.ts), as real bombs go, in a few hundred KB. */
const BOMB_MIB = 300;
const LONG = 100_000;
const MARKED = {
  projectName: '项目-甲',
  goalTotal: '总目标-甲',
  goalAnnual: '年度目标-甲',
  indicators: [
    ['产出指标', '数量指标', '指标-甲', '目标-甲'],
    ['产出指标', '质量指标', '培训出勤率', '≥95(%)'],
    ['效益指标', '社会效益指标', '学员考核通过率', '≥90(%)'],
    ['满意度指标', '服务对象满意度指标', '培训学员满意度', '≥90(%)'],
  ] as IndicatorRow[],
};

/** A 2024 form whose marked cells (`…-甲`) hold the given texts instead. */
function formWith(
  texts: Partial<Record<'projectName' | 'goalTotal' | 'goalAnnual' | 'name' | 'target', string>>,
): Grid[] {
  const marks: Record<string, string | undefined> = {
    [MARKED.projectName]: texts.projectName,
    [MARKED.goalTotal]: texts.goalTotal,
    [MARKED.goalAnnual]: texts.goalAnnual,
    '指标-甲': texts.name,
    '目标-甲': texts.target,
  };
  return parseGridText(formGridText(MARKED)).map((grid) => ({
    ...grid,
    cells: grid.cells.map((c) => (marks[c.text] === undefined ? c : { ...c, text: marks[c.text]! })),
  }));
}

const plainForm = () => formWith({ projectName: '社区党建服务经费', name: '举办培训班次', target: '≥4(次)' });

/**
 * A form with `rows` indicator rows (a 汇总 sheet gone wrong, or a pasted data dump). The builder merges each
 * target across two columns; `unmerged` keeps those cells single, as a sheet without per-row merges has them.
 */
function tallForm(rows: number, unmerged = false): Grid[] {
  const indicators = Array.from({ length: rows }, (_, i): IndicatorRow => [
    '产出指标',
    '数量指标',
    `第${i + 1}批活动场次`,
    `≥${(i % 40) + 1}(次)`,
  ]);
  const grids = parseGridText(formGridText({ projectName: '社区活动经费', indicators }));
  if (!unmerged) return grids;
  const header = grids[0]!.cells.find((c) => c.text === '三级指标')!.row;
  return grids.map((grid) => ({
    ...grid,
    cells: grid.cells.flatMap((c) =>
      c.row > header && c.colSpan === 2
        ? [
            { ...c, colSpan: 1 },
            { ...c, col: c.col + 1, colSpan: 1, text: '', ref: { ...c.ref, col: c.col + 1 } },
          ]
        : [c],
    ),
  }));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const wordXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const docxOf = (documentXml: string | Uint8Array) =>
  zipBytes([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'word/document.xml', data: documentXml },
  ]);

/** Ten levels of entities, each ten of the one below: 10^9 `lol`s if a parser ever expanded them. */
const LAUGHS = `<!DOCTYPE lolz [<!ENTITY l0 "lol">${Array.from(
  { length: 9 },
  (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
).join('')}]>`;
const XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const withDoctype = (xml: string, doctype: string) => xml.replace(/^(<\?xml[^>]*\?>)?/, (decl) => decl + doctype);
/** document.xml of a form whose project name is a reference to `entity`, under `doctype`. */
const formXmlWithEntity = (doctype: string, entity: string) =>
  withDoctype(documentXml(formWith({ projectName: 'ENTITY-REF' })), doctype).replace('ENTITY-REF', `&${entity};`);

/** A real workbook of the plain form with one part rewritten (or added). */
async function xlsxWithPart(name: string, rewrite: (xml: string) => string, from = 'xl/worksheets/sheet1.xml') {
  const zip = await JSZip.loadAsync(await xlsxBytes(plainForm()));
  zip.file(name, rewrite(await zip.file(from)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function truncated(bytes: Promise<Uint8Array>) {
  const whole = await bytes;
  return whole.slice(0, Math.floor(whole.length / 2));
}

/** `depth` tables, each inside the only cell of the one before; the innermost holds a real form when given. */
function nestedTables(depth: number, inner = ''): string {
  const open = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外层</w:t></w:r></w:p>';
  return open.repeat(depth) + inner + '<w:p/></w:tc></w:tr></w:tbl>'.repeat(depth);
}

const expectOneForm = (forms: FormReport[]) => {
  expect(forms).toHaveLength(1);
  return forms[0]!;
};
const fieldLength = (form: FormReport, field: keyof FormReport['fields']) => form.fields[field]?.length;

export const HOSTILE: readonly HostileFile[] = [
  { name: 'empty.docx', what: 'a 0-byte file', expected: 'empty', bytes: async () => '' },
  {
    name: 'text-renamed.docx',
    what: 'a text file named .docx',
    expected: 'not-office',
    bytes: async () => '项目名称\t社区党建服务经费\n年度资金申请总额\t1,000,000.00\n',
  },
  {
    name: 'truncated.docx',
    what: 'a .docx cut in half',
    expected: 'corrupt',
    bytes: () => truncated(docxBytes(documentXml(plainForm()))),
  },
  {
    name: 'truncated.xlsx',
    what: 'a .xlsx cut in half',
    expected: 'corrupt',
    bytes: () => truncated(xlsxBytes(plainForm())),
  },
  {
    name: 'encrypted.xlsx',
    what: 'a password-protected .xlsx (OLE compound file with EncryptionInfo)',
    expected: 'encrypted',
    bytes: async () => encryptedPackageBytes(),
  },
  {
    name: 'encrypted.docx',
    what: 'a password-protected .docx',
    expected: 'encrypted',
    bytes: async () => encryptedPackageBytes(),
  },
  {
    name: 'bomb-declared.docx',
    what: `a zip that declares ${BOMB_MIB} MiB unzipped`,
    expected: 'too-large',
    bytes: async () =>
      zipBytes([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'word/document.xml', deflated: zerosDeflated(BOMB_MIB), declaredSize: BOMB_MIB << 20 },
      ]),
  },
  {
    name: 'bomb-lying.docx',
    what: `a zip bomb whose central directory says 1 KB but document.xml inflates to ${BOMB_MIB} MiB`,
    expected: 'too-large',
    bytes: async () =>
      zipBytes([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'word/document.xml', deflated: zerosDeflated(BOMB_MIB), declaredSize: 1024 },
      ]),
  },
  {
    name: 'size-mismatch.docx',
    what: 'a zip whose document.xml inflates to 1 MiB but is declared as 1 KB (a lie within the limits)',
    expected: 'corrupt',
    bytes: async () =>
      zipBytes([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'word/document.xml', deflated: zerosDeflated(1), declaredSize: 1024 },
      ]),
  },
  {
    name: 'bomb-lying.xlsx',
    what: `a workbook whose sheet1.xml claims 1 KB and inflates to ${BOMB_MIB} MiB`,
    expected: 'too-large',
    bytes: async () => {
      const zip = await JSZip.loadAsync(await xlsxBytes(plainForm()));
      const parts = await Promise.all(
        Object.values(zip.files)
          .filter((f) => !f.dir)
          .map(async (f) =>
            f.name === 'xl/worksheets/sheet1.xml'
              ? { name: f.name, deflated: zerosDeflated(BOMB_MIB), declaredSize: 1024 }
              : { name: f.name, data: await f.async('uint8array') },
          ),
      );
      return zipBytes(parts);
    },
  },
  {
    name: 'bomb-in-media.xlsx',
    what: 'a workbook with an "image" that lies about inflating to 300 MiB (exceljs inflates every part)',
    expected: 'too-large',
    bytes: async () => {
      const zip = await JSZip.loadAsync(await xlsxBytes(plainForm()));
      const parts = await Promise.all(
        Object.values(zip.files)
          .filter((f) => !f.dir)
          .map(async (f) => ({ name: f.name, data: await f.async('uint8array') })),
      );
      return zipBytes([
        ...parts,
        { name: 'xl/media/image1.png', deflated: zerosDeflated(BOMB_MIB), declaredSize: 4096 },
      ]);
    },
  },
  {
    name: 'huge-document-xml.docx',
    what: 'a 3 MB .docx whose document.xml is 80 MB of real forms (a DOM of it would not fit in memory)',
    expected: 'too-large',
    bytes: async () => {
      const body = documentXml(plainForm()).replace(/^.*<w:body>|<\/w:body>.*$/g, '');
      return docxOf(wordXml(body.repeat(Math.ceil((80 << 20) / body.length))));
    },
  },
  {
    name: 'dense-elements.docx',
    what: 'a document.xml of 16 MB of empty cells (3 million elements)',
    expected: 'too-large',
    bytes: async () =>
      docxOf(wordXml(`<w:tbl>${'<w:tr><w:tc/><w:tc/><w:tc/><w:tc/><w:tc/><w:tc/></w:tr>'.repeat(300_000)}</w:tbl>`)),
  },
  {
    name: 'dtd-billion-laughs.docx',
    what: 'document.xml with the billion-laughs entities',
    expected: 'doctype',
    bytes: () => docxBytes(formXmlWithEntity(LAUGHS, 'l9')),
  },
  {
    name: 'dtd-external-entity.docx',
    what: 'document.xml with an external entity SYSTEM "file:///etc/passwd"',
    expected: 'doctype',
    bytes: () => docxBytes(formXmlWithEntity(XXE, 'xxe')),
  },
  {
    name: 'dtd-utf16.docx',
    what: 'document.xml in UTF-16 with a DOCTYPE (a byte search for "<!DOCTYPE" in UTF-8 would miss it)',
    expected: 'corrupt',
    bytes: async () => {
      const xml = formXmlWithEntity(LAUGHS, 'l9').replace('UTF-8', 'UTF-16');
      return docxOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    },
  },
  {
    name: 'dtd-sheet.xlsx',
    what: 'a sheet with the billion-laughs entities',
    expected: 'doctype',
    bytes: () => xlsxWithPart('xl/worksheets/sheet1.xml', (xml) => withDoctype(xml, LAUGHS).replace('<v>', '<v>&l9;')),
  },
  {
    name: 'dtd-shared-strings.xlsx',
    what: 'sharedStrings.xml with an external entity',
    expected: 'doctype',
    bytes: () =>
      xlsxWithPart(
        'xl/sharedStrings.xml',
        (xml) => withDoctype(xml, XXE).replace('<t>', '<t>&xxe;'),
        'xl/sharedStrings.xml',
      ),
  },
  {
    name: 'dtd-relationships.xlsx',
    what: 'a .rels part (parsed by exceljs) with an external entity',
    expected: 'doctype',
    bytes: () =>
      xlsxWithPart('xl/_rels/workbook.xml.rels', (xml) => withDoctype(xml, XXE), 'xl/_rels/workbook.xml.rels'),
  },
  {
    name: 'dtd-odd-part-name.xlsx',
    what: 'entities in a part named sheet1.xml.bak (exceljs parses it as sheet 1: it matches names unanchored)',
    expected: 'doctype',
    bytes: () =>
      xlsxWithPart('xl/worksheets/sheet1.xml.bak', (xml) => withDoctype(xml, LAUGHS).replace('<v>', '<v>&l9;')),
  },
  {
    name: 'addin-settings-dtd.docx',
    what: "the pane's settings part (webextension1.xml) with the billion-laughs entities: the form is still checked",
    expected: 'ok',
    verify: (forms) => expect(expectOneForm(forms).ignored).toBeUndefined(),
    bytes: async () => {
      const zip = await JSZip.loadAsync(
        await withAddinSettings(await docxBytes(documentXml(plainForm())), [{ settings: { 'jixiao.ignored': '[]' } }]),
      );
      const part = 'word/webextensions/webextension1.xml';
      zip.file(part, withDoctype(await zip.file(part)!.async('string'), LAUGHS).replace('value="[]"', 'value="&l9;"'));
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    },
  },
  {
    name: 'addin-settings-huge.docx',
    what: 'an ignore list of 400,000 keys in the settings (an 8.7 MB part): read up to its bound, the form checked',
    expected: 'ok',
    verify: (forms) => expect(expectOneForm(forms).indicators).toHaveLength(4),
    bytes: async () =>
      withAddinSettings(await docxBytes(documentXml(plainForm())), [
        { settings: { 'jixiao.ignored': JSON.stringify(Array.from({ length: 400_000 }, (_, i) => `k${i}`)) } },
      ]),
  },
  {
    name: 'nested-200.docx',
    what: 'a form inside 200 levels of nested tables',
    expected: 'ok',
    verify: (forms) => {
      const form = expectOneForm(forms);
      expect(form.fields.projectName).toBe('社区党建服务经费');
      expect(form.indicators.map((i) => i.name)).toContain('举办培训班次');
    },
    bytes: async () => docxOf(wordXml(nestedTables(200, gridToTableXml(plainForm()[0]!)))),
  },
  {
    name: 'nested-20000.docx',
    what: 'tables nested 20,000 deep (a reader that recurses per level runs out of stack)',
    expected: 'too-large',
    bytes: async () => docxOf(wordXml(nestedTables(20_000))),
  },
  {
    name: 'grid-span.docx',
    what: 'a cell spanning 100,000,000 grid columns',
    expected: 'too-large',
    bytes: async () => {
      const cell = (text: string, pr = '') =>
        `<w:tc>${pr && `<w:tcPr>${pr}</w:tcPr>`}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
      const rows = Array.from({ length: 100 }, (_, i) => `<w:tr>${cell('项目名称')}${cell(`甲${i}`)}</w:tr>`);
      const first = `<w:tr>${cell('项目名称')}${cell('乙', '<w:gridSpan w:val="100000000"/>')}</w:tr>`;
      return docxOf(wordXml(`<w:tbl>${first}${rows.join('')}</w:tbl>`));
    },
  },
  {
    name: 'grid-before.docx',
    what: 'a row that skips 2,000,000,000 grid columns (w:gridBefore)',
    expected: 'too-large',
    bytes: async () => {
      const rows = Array.from(
        { length: 100 },
        (_, i) => `<w:tr><w:tc><w:p><w:r><w:t>甲${i}</w:t></w:r></w:p></w:tc></w:tr>`,
      );
      const first = '<w:tr><w:trPr><w:gridBefore w:val="2000000000"/></w:trPr><w:tc><w:p/></w:tc></w:tr>';
      return docxOf(wordXml(`<w:tbl>${first}${rows.join('')}</w:tbl>`));
    },
  },
  {
    name: 'far-cell.xlsx',
    what: 'a 6 KB workbook with a value in XFD1048576 (the last cell of a sheet)',
    expected: 'too-large',
    bytes: () =>
      xlsxWithPart('xl/worksheets/sheet1.xml', (xml) =>
        xml
          .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace(
            '</sheetData>',
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row></sheetData>',
          ),
      ),
  },
  {
    name: 'merged-rows-10000.xlsx',
    what: 'a sheet with 10,000 merged areas (exceljs checks each against all before it: minutes)',
    expected: 'too-large',
    bytes: () => xlsxBytes(tallForm(10_000)),
  },
  {
    name: 'column-range.xlsx',
    what: 'a column format from column 1 to 2,000,000,000 (exceljs makes an object per column)',
    expected: 'too-large',
    bytes: () =>
      xlsxWithPart('xl/worksheets/sheet1.xml', (xml) =>
        xml.replace(/<cols>.*?<\/cols>|(?=<sheetData)/, '<cols><col min="1" max="2000000000" width="9"/></cols>'),
      ),
  },
  {
    name: 'whole-sheet-merge.xlsx',
    what: 'a merged area H1:XFD1048576 (exceljs makes every cell under it)',
    expected: 'too-large',
    bytes: () =>
      xlsxWithPart('xl/worksheets/sheet1.xml', (xml) =>
        xml.replace('</mergeCells>', '<mergeCell ref="H1:XFD1048576"/></mergeCells>'),
      ),
  },
  {
    name: 'far-row.xlsx',
    what: 'a value in row 2,000,000,000',
    expected: 'too-large',
    bytes: () =>
      xlsxWithPart('xl/worksheets/sheet1.xml', (xml) =>
        xml.replace(
          '</sheetData>',
          '<row r="2000000000"><c r="A2000000000" t="inlineStr"><is><t>远</t></is></c></row></sheetData>',
        ),
      ),
  },
  ...(['docx', 'xlsx'] as const).flatMap((ext): HostileFile[] => {
    const bytes = (grids: Grid[]) => (ext === 'docx' ? docxBytes(documentXml(grids)) : xlsxBytes(grids));
    return [
      {
        name: `rows-10000.${ext}`,
        what: `a form with 10,000 indicator rows (.${ext})`,
        expected: 'ok',
        verify: (forms) => {
          const form = expectOneForm(forms);
          expect(form.indicators).toHaveLength(10_000);
          expect(form.indicators[9_999]).toMatchObject({ name: '第10000批活动场次', target: '≥40(次)' });
          expect(form.findings.map((f) => f.ruleId)).toContain('structure-indicator-count');
        },
        bytes: () => bytes(tallForm(10_000, ext === 'xlsx')),
      },
      {
        name: `long-cells.${ext}`,
        what: `cells of ${LONG.toLocaleString('en')} characters: goal texts, an indicator name and its target (.${ext})`,
        expected: 'ok',
        verify: (forms) => {
          const form = expectOneForm(forms);
          expect(fieldLength(form, 'goalTotal')).toBe(LONG);
          expect(fieldLength(form, 'goalAnnual')).toBe(LONG);
          const long = form.indicators.find((i) => i.name.length === LONG)!;
          expect(long.target).toHaveLength(LONG);
          expect(form.findings.some((f) => f.actual.length === LONG)).toBe(true);
        },
        bytes: () => {
          const prose = '完成年度社区党员教育培训任务，举办专题培训班，服务对象满意度达到90%以上。';
          const repeat = (unit: string) => unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);
          return bytes(
            formWith({
              projectName: '社区党建服务经费',
              goalTotal: repeat(prose),
              goalAnnual: repeat(`${prose}\n`),
              name: repeat('举办培训班次'),
              target: repeat('≥4(次)'),
            }),
          );
        },
      },
      {
        name: `control-characters.${ext}`,
        what: `control characters in a name and a target (.${ext})`,
        expected: 'ok',
        verify: (forms) => {
          const form = expectOneForm(forms);
          expect(form.fields.projectName).toMatch(/^社区.*党建服务经费$/);
          expect(form.indicators[0]!.name).toContain('培训');
        },
        bytes: () =>
          bytes(
            formWith({
              projectName: '社区\u0001\u0007\u001b党建服务经费',
              name: '举办\u0008培训班次',
              target: '≥4\u000b(次)',
            }),
          ),
      },
      {
        name: `bidi-marks.${ext}`,
        what: `right-to-left and invisible marks in cells (.${ext})`,
        expected: 'ok',
        verify: (forms) => {
          const form = expectOneForm(forms);
          expect(form.fields.projectName).toBe('社区\u200f党建\u202e服务\u200e经费');
          expect(form.indicators[0]!.target).toBe('≥\u200f4(次)\u2066');
        },
        bytes: () =>
          bytes(
            formWith({
              projectName: '社区\u200f党建\u202e服务\u200e经费',
              name: '举办\ufeff培训班次',
              target: '≥\u200f4(次)\u2066',
            }),
          ),
      },
    ];
  }),
  {
    name: 'whitespace-run.docx',
    what: 'a target of "a", 1,000,000 spaces and "x" (a trailing-whitespace regex is quadratic on it)',
    expected: 'ok',
    verify: (forms) => expect(expectOneForm(forms).indicators[0]!.target).toHaveLength(1_000_002),
    bytes: () =>
      docxBytes(
        documentXml(
          formWith({ projectName: '社区党建服务经费', name: '举办培训班次', target: `a${' '.repeat(1e6)}x` }),
        ),
      ),
  },
  {
    name: 'label-whitespace.docx',
    what: 'a goal of 1,000,000 spaces and "x" (labels.ts: /^(\\s*[^:：]+[:：]\\s*)…/ backtracks over the run)',
    expected: 'ok',
    bytes: () => docxBytes(documentXml(formWith({ goalAnnual: `${' '.repeat(1e6)}x` }))),
  },
  {
    name: 'name-whitespace.docx',
    what: 'an indicator name "(" + 1,000,000 spaces + "x" (name-kind.ts: /\\s*[(（]…\\s*$/ backtracks)',
    expected: 'ok',
    bytes: () => docxBytes(documentXml(formWith({ name: `(${' '.repeat(1e6)}x`, target: '≥4(次)' }))),
  },
];

/** Writes the files into `dir`; returns their paths by name. */
export async function writeCorpus(dir: string, files: readonly HostileFile[]): Promise<Map<string, string>> {
  mkdirSync(dir, { recursive: true });
  const paths = new Map<string, string>();
  for (const file of files) {
    const path = join(dir, file.name);
    writeFileSync(path, await file.bytes());
    paths.set(file.name, path);
  }
  return paths;
}
