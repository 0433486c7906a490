// Property tests of every write path — the memory host, the .docx and .xlsx fix writers, and the Word and Excel hosts
// on the fake Office model — against one model of the batch rules: random edit batches (fresh, stale, duplicate,
// competing, already applied, of vanished cells) never lose an edit silently, and re-applying a batch is a no-op.
// (applyEdits alone has its property in src/core/properties.test.ts.)
import fc from 'fast-check';
import type { Edit } from '../../src/core/edits';
import { sameText } from '../../src/core/edits';
import type { CellRef, Grid } from '../../src/core/grid';
import { refKey } from '../../src/core/grid';
import { createExcelHost } from '../../src/hosts/excel/excel-host';
import { parseXml, readDocx } from '../../src/hosts/file/docx';
import { fixDocx, fixXlsx } from '../../src/hosts/file/write-back';
import { readXlsx } from '../../src/hosts/file/xlsx';
import type { WriteResult } from '../../src/hosts/host';
import { MemoryHost } from '../../src/hosts/memory/memory-host';
import { settingsStore } from '../../src/hosts/office/settings';
import { readTables } from '../../src/hosts/ooxml/tables';
import { createWordHost } from '../../src/hosts/word/word-host';
import { FakeExcel } from '../support/fake-office/excel';
import { gridArbitrary } from '../support/fake-office/random-grids';
import { FakeWord } from '../support/fake-office/word';
import { docxBytes, documentXml, xlsxBytes } from '../support/office-files';

/** A document opened through one write path: the cells as its reader saw them at check time, and its writes. */
interface Opened {
  readonly cells: readonly { readonly ref: CellRef; readonly text: string }[];
  write(edits: readonly Edit[]): Promise<WriteResult>;
  /** Every cell's text as the document holds it now (read back from scratch), by refKey. */
  texts(): Promise<Map<string, string>>;
  /** A ref no cell of this document has. */
  readonly gone: CellRef;
  /**
   * The Excel host refuses the whole batch, writing nothing, when a sheet it names is gone (renamed since the
   * check): every edit comes back as a conflict rather than some landing in a workbook that changed shape.
   */
  readonly missingSheetRefusesBatch?: boolean;
}

const textsOf = (grids: readonly Grid[]) => new Map(grids.flatMap((g) => g.cells.map((c) => [refKey(c.ref), c.text])));
const cellsOf = (grids: readonly Grid[]) => grids.flatMap((g) => g.cells.map((c) => ({ ref: c.ref, text: c.text })));
const WHEN = new Date('2024-05-01T08:00:00Z');
const withRule = (edits: readonly Edit[]) => edits.map((e) => ({ ...e, ruleId: 'property' }));

const PATHS: readonly [name: string, runs: number, open: (grid: Grid) => Promise<Opened>][] = [
  [
    'memory host',
    150,
    async (grid) => {
      const host = new MemoryHost([grid]);
      return {
        cells: cellsOf(await host.read()),
        write: (edits) => host.write(edits),
        texts: async () => textsOf(await host.read()),
        gone: { table: 7, row: 0, col: 0 },
      };
    },
  ],
  [
    '.docx fix writer (tracked changes)',
    30,
    async (grid) => {
      let bytes = await docxBytes(documentXml([grid]));
      return {
        cells: cellsOf(await readDocx(bytes)),
        write: async (edits) => {
          const fixed = await fixDocx(bytes, withRule(edits), WHEN);
          bytes = fixed.bytes;
          return fixed.result;
        },
        texts: async () => textsOf(await readDocx(bytes)),
        gone: { table: 7, row: 0, col: 0 },
      };
    },
  ],
  [
    '.xlsx fix writer (old value in a note and the 修订记录 sheet)',
    30,
    async (grid) => {
      let bytes = await xlsxBytes([grid]);
      return {
        cells: cellsOf(await readXlsx(bytes)),
        write: async (edits) => {
          const fixed = await fixXlsx(bytes, withRule(edits), WHEN);
          bytes = fixed.bytes;
          return fixed.result;
        },
        // The 修订记录 sheet is read too: a re-applied batch that logged again would show there.
        texts: async () => textsOf(await readXlsx(bytes)),
        gone: { sheet: '不存在', address: 'A1' },
      };
    },
  ],
  [
    'Word host on the fake Office model',
    30,
    async (grid) => {
      const fake = new FakeWord(documentXml([grid]));
      const host = createWordHost({
        run: fake.run,
        requirements: fake.requirements,
        parseXml,
        settings: settingsStore({ document: fake.settings }),
      });
      return {
        cells: cellsOf(await host.read()),
        write: (edits) => host.write(edits),
        // Revisions are counted too: a re-applied batch must not add tracked changes.
        texts: async () =>
          new Map([
            ...textsOf(readTables(parseXml(fake.documentXml()))),
            ['revisions', JSON.stringify(fake.revisions())],
          ]),
        gone: { table: 7, row: 0, col: 0 },
      };
    },
  ],
  [
    'Excel host on the fake Office model',
    30,
    async (grid) => {
      const fake = await FakeExcel.fromXlsx(await xlsxBytes([grid]));
      const host = createExcelHost({
        run: fake.run,
        requirements: fake.requirements,
        settings: settingsStore({ document: fake.settings }),
      });
      return {
        cells: cellsOf(await host.read()),
        write: (edits) => host.write(edits),
        texts: async () => textsOf(await host.read()),
        gone: { sheet: '不存在', address: 'A1' },
        missingSheetRefusesBatch: true,
      };
    },
  ],
];

type Kind = 'fresh' | 'stale' | 'gone' | 'unchanged';
interface Spec {
  readonly cell: number;
  readonly kind: Kind;
  readonly text: string;
}
const specArb: fc.Arbitrary<Spec> = fc.record({
  cell: fc.nat(),
  kind: fc.constantFrom<Kind>('fresh', 'fresh', 'fresh', 'stale', 'gone', 'unchanged'),
  text: fc.oneof(
    fc.constantFrom('≥95(%)', '按期完成', '', '满意度', '产出指标', ' 两端有空格 ', '第一行\n第二行', '1,000.00'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  ),
});

function editsFrom(specs: readonly Spec[], doc: Opened): Edit[] {
  return specs.map(({ cell, kind, text }) => {
    // An empty sheet reads as no grid at all: then every edit is of a cell that is not there.
    const target = doc.cells[cell % Math.max(doc.cells.length, 1)];
    if (kind === 'gone' || !target) return { cell: doc.gone, before: '', text };
    if (kind === 'stale') return { cell: target.ref, before: `${target.text}（已改）`, text };
    return { cell: target.ref, before: target.text, text: kind === 'unchanged' ? target.text : text };
  });
}

/**
 * The batch rules, written out independently of planEdits: an edit applies only while its cell holds `before` (or
 * already its new text); the first edit of a cell wins, an identical repeat counts as applied, a different one is an
 * overlap; a vanished cell is a conflict.
 */
function expectedOutcome(edits: readonly Edit[], texts: ReadonlyMap<string, string>, doc: Opened) {
  const chosen = new Map<string, Edit>();
  const outcome = { applied: [] as Edit[], conflicts: [] as Edit[], overlaps: [] as Edit[] };
  if (doc.missingSheetRefusesBatch && edits.some((e) => !texts.has(refKey(e.cell))))
    return { outcome: { ...outcome, conflicts: [...edits] }, written: new Map<string, string>() };
  for (const edit of edits) {
    const key = refKey(edit.cell);
    const first = chosen.get(key);
    if (first) (sameText(first.text, edit.text) ? outcome.applied : outcome.overlaps).push(edit);
    else if (!texts.has(key) || !(sameText(texts.get(key)!, edit.before) || sameText(texts.get(key)!, edit.text)))
      outcome.conflicts.push(edit);
    else {
      chosen.set(key, edit);
      outcome.applied.push(edit);
    }
  }
  return { outcome, written: new Map([...chosen].map(([key, e]) => [key, e.text])) };
}

const canonical = (edits: readonly Edit[]) =>
  edits.map((e) => JSON.stringify([refKey(e.cell), e.before, e.text])).sort();
const asSets = (r: { applied: readonly Edit[]; conflicts: readonly Edit[]; overlaps: readonly Edit[] }) => ({
  applied: canonical(r.applied),
  conflicts: canonical(r.conflicts),
  overlaps: canonical(r.overlaps),
});
const trimmed = (texts: ReadonlyMap<string, string>) => new Map([...texts].map(([k, v]) => [k, v.trim()]));

describe.each(PATHS)('%s', (_name, runs, open) => {
  it('puts every edit of a random batch in exactly one of applied, conflicts, overlaps, as the batch rules say, and writes exactly the applied ones', async () => {
    await fc.assert(
      fc.asyncProperty(gridArbitrary(), fc.array(specArb, { minLength: 1, maxLength: 10 }), async (grid, specs) => {
        const doc = await open(grid);
        const edits = editsFrom(specs, doc);
        const before = await doc.texts();
        const { outcome, written } = expectedOutcome(edits, before, doc);
        const result = await doc.write(edits);
        expect(result.applied.length + result.conflicts.length + result.overlaps.length).toBe(edits.length);
        expect(asSets(result)).toEqual(asSets(outcome));
        const after = await doc.texts();
        // A cell emptied at the edge of an Excel sheet leaves the used range, so it is missing when re-read: empty.
        for (const { ref } of doc.cells) {
          const key = refKey(ref);
          expect([key, (after.get(key) ?? '').trim()]).toEqual([
            key,
            (written.get(key) ?? before.get(key) ?? '').trim(),
          ]);
        }
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it('re-applying a batch is a no-op: the document does not change, and every edit is still accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(gridArbitrary(), fc.array(specArb, { minLength: 1, maxLength: 10 }), async (grid, specs) => {
        const doc = await open(grid);
        const edits = editsFrom(specs, doc);
        await doc.write(edits);
        const once = await doc.texts();
        const again = await doc.write(edits);
        expect(trimmed(await doc.texts())).toEqual(trimmed(once));
        // A cell emptied at the edge of an Excel sheet leaves the used range (the only cell of a sheet: no grid at
        // all), so it is missing when re-read; it is still there, empty, for the second write.
        const cells = new Map([...doc.cells.map(({ ref }): [string, string] => [refKey(ref), '']), ...once]);
        // Applied edits are found in effect, refused ones refused again (the cell still differs from both texts).
        expect(asSets(again)).toEqual(asSets(expectedOutcome(edits, cells, doc).outcome));
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  }, 120_000);
});
