// A fake Word over a real document.xml (xmldom): tables, rows and cells as Word counts them (physical w:tc),
// `getOoxml()` as Word's flat OPC package, search and replace that keeps run formatting, tracked changes as
// w:ins/w:del, comments, shading, row inserts, merges — and the quirks the hosts must survive: loading
// `cellIndex` of a vertically merged cell fails the whole batch (office-js#3200).
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { CellRef } from '../../../src/core/grid';
import { refKey } from '../../../src/core/grid';
import { readTableCells, W_NS } from '../../../src/hosts/ooxml/tables';
import {
  FakeApp,
  FakeClientResult,
  FakeCollection,
  FakeContext,
  FakeObject,
  FakeRequirements,
  OfficeError,
  invalidArgument,
} from './client';
import { FakeSettings } from './settings';

export interface FakeWordOptions {
  /** Requirement sets, e.g. `{ WordApi: '1.3' }` for Word 2019/2021; default WordApi 1.4. */
  readonly requirements?: Record<string, string>;
  /** Whether `body.tables` lists nested tables too (undocumented; default true). */
  readonly bodyTablesIncludeNested?: boolean;
  /**
   * Whether rows inserted after the LAST row of a vertical merge join it ('always': the template's w:vMerge is
   * copied) or not ('inside': only rows inserted inside a merge join it, as Word's UI does). Undocumented.
   */
  readonly insertedRowsJoinMerges?: 'inside' | 'always';
  /** Whether `shadingColor = ''` removes shading (office-js#5460: no documented way); default false (refused). */
  readonly acceptsEmptyShading?: boolean;
  /** Makes `insertComment` fail the batch (a document protected against comments, say). */
  readonly refuseComments?: boolean;
  /** Makes Word report a table's `values` differently from its OOXML (what the cross-check must catch). */
  readonly misreport?: (values: string[][], tableIndex: number) => string[][];
}

export interface FakeComment {
  /** Word's id for the comment (a GUID-like string in real Word). */
  readonly id: string;
  /** The comment's text: a person may edit it. */
  text: string;
  /** The text the comment is anchored to. */
  readonly anchor: string;
  readonly cell: Element | null;
  /** Answers in the thread. */
  readonly replies: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// WordprocessingML helpers

const isW = (n: Node | null | undefined, name: string): n is Element =>
  !!n && n.nodeType === 1 && (n as Element).namespaceURI === W_NS && (n as Element).localName === name;

function kids(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) out.push(n);
  return out;
}

const kid = (el: Element | null | undefined, name: string) => (el ? kids(el, name)[0] : undefined);

const named = (el: Element, name: string) => el.namespaceURI === W_NS && el.localName === name;

function wEl(doc: Document, name: string, attrs: Record<string, string> = {}): Element {
  const e = doc.createElementNS(W_NS, `w:${name}`);
  for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W_NS, `w:${k}`, v);
  return e;
}

const wVal = (el: Element | undefined) => el?.getAttributeNS(W_NS, 'val') ?? el?.getAttribute('w:val') ?? null;

function ancestor(node: Node, name: string, stop?: Node): Element | null {
  for (let n = node.parentNode; n && n !== stop; n = n.parentNode) if (isW(n, name)) return n;
  return null;
}

function tablesIn(container: Element, includeNested: boolean): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (isW(n, 'tbl')) {
        out.push(n);
        if (includeNested) for (const tr of kids(n, 'tr')) for (const tc of cellsOf(tr)) visit(tc);
      } else if (isW(n, 'sdt')) visit(kid(n, 'sdtContent') ?? n);
    }
  };
  visit(container);
  return out;
}

const rowsOf = (tbl: Element) => kids(tbl, 'tr');

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (let n = tr.firstChild; n; n = n.nextSibling) {
    if (isW(n, 'tc')) out.push(n);
    else if (isW(n, 'sdt')) out.push(...kids(kid(n, 'sdtContent') ?? n, 'tc'));
  }
  return out;
}

const vMergeOf = (tc: Element) => {
  const vm = kid(kid(tc, 'tcPr'), 'vMerge');
  return vm ? (wVal(vm) === 'restart' ? 'restart' : 'continue') : null;
};

const spanOf = (tc: Element) => Number(wVal(kid(kid(tc, 'tcPr'), 'gridSpan')) ?? 1) || 1;

function gridColOf(tc: Element): number {
  const tr = ancestor(tc, 'tr')!;
  let col = Number(wVal(kid(kid(tr, 'trPr'), 'gridBefore')) ?? 0) || 0;
  for (const c of cellsOf(tr)) {
    if (c === tc) return col;
    col += spanOf(c);
  }
  return col;
}

/** The paragraphs of a cell (not those of tables nested in it). */
const cellParagraphs = (tc: Element) =>
  Array.from(tc.getElementsByTagNameNS(W_NS, 'p')).filter((p) => ancestor(p, 'tc') === tc);

interface Segment {
  readonly run: Element;
  readonly node: Element;
  readonly text: string;
  readonly deleted: boolean;
  readonly inserted: boolean;
}

function segments(p: Element): Segment[] {
  const out: Segment[] = [];
  for (const run of Array.from(p.getElementsByTagNameNS(W_NS, 'r'))) {
    if (ancestor(run, 'p') !== p) continue;
    const deleted = !!ancestor(run, 'del', p) || !!ancestor(run, 'moveFrom', p);
    const inserted = !!ancestor(run, 'ins', p) || !!ancestor(run, 'moveTo', p);
    for (let n = run.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W_NS) continue;
      const el = n as Element;
      const text =
        el.localName === 't' || el.localName === 'delText'
          ? (el.textContent ?? '')
          : el.localName === 'tab'
            ? '\t'
            : el.localName === 'br' || el.localName === 'cr'
              ? '\v'
              : el.localName === 'sym'
                ? String.fromCharCode(Number.parseInt(el.getAttributeNS(W_NS, 'char') ?? '0', 16))
                : null;
      if (text !== null) out.push({ run, node: el, text, deleted, inserted });
    }
  }
  return out;
}

type View = 'markup' | 'current' | 'original';

const shows = (s: Segment, view: View) => (view === 'markup' ? true : view === 'current' ? !s.deleted : !s.inserted);

const paragraphText = (p: Element, view: View) =>
  segments(p)
    .filter((s) => shows(s, view))
    .map((s) => s.text)
    .join('');

/** Word joins paragraphs with a paragraph mark; the markup view shows tracked deletions too (pessimistic). */
const containerText = (paragraphs: Element[], view: View) => paragraphs.map((p) => paragraphText(p, view)).join('\r');

/** Live (not deleted) segments with their offsets: what search and replace see. */
function live(p: Element) {
  let at = 0;
  return segments(p)
    .filter((s) => !s.deleted)
    .map((s) => {
      const start = at;
      at += s.text.length;
      return { ...s, start, end: at };
    });
}

const contentOf = (run: Element) => Array.from(run.childNodes).filter((n) => !isW(n, 'rPr'));

/** Splits runs so that `offset` (live text) falls between two runs. */
function splitAt(p: Element, offset: number): void {
  const segs = live(p);
  const inside = segs.find((s) => s.start < offset && offset < s.end);
  if (inside) return splitRun(inside.run, inside.node, offset - inside.start);
  const next = segs.findIndex((s) => s.start === offset);
  if (next > 0 && segs[next - 1]!.run === segs[next]!.run) splitRun(segs[next]!.run, segs[next]!.node, 0);
}

function splitRun(run: Element, node: Element, at: number): void {
  const clone = run.cloneNode(true) as Element;
  const content = contentOf(run);
  const cloneContent = contentOf(clone);
  const i = content.indexOf(node);
  const text = node.textContent ?? '';
  content.slice(i + 1).forEach((n) => run.removeChild(n));
  if (at === 0) run.removeChild(node);
  else node.textContent = text.slice(0, at);
  cloneContent.slice(0, i).forEach((n) => clone.removeChild(n));
  if (at > 0) cloneContent[i]!.textContent = text.slice(at);
  run.parentNode!.insertBefore(clone, run.nextSibling);
}

function runsIn(p: Element, start: number, end: number): Element[] {
  const runs: Element[] = [];
  for (const s of live(p)) if (s.start >= start && s.end <= end && !runs.includes(s.run)) runs.push(s.run);
  return runs;
}

function textRun(doc: Document, text: string, format?: Element): Element {
  const run = wEl(doc, 'r');
  if (format) run.appendChild(format.cloneNode(true));
  text.split('\n').forEach((line, i) => {
    if (i > 0) run.appendChild(wEl(doc, 'br'));
    const t = wEl(doc, 't');
    t.setAttribute('xml:space', 'preserve');
    t.textContent = line;
    run.appendChild(t);
  });
  return run;
}

// ---------------------------------------------------------------------------------------------------------------
// The document

type RangeModel =
  | { readonly kind: 'text'; readonly p: Element; readonly start: number; readonly end: number }
  | { readonly kind: 'cell'; readonly tc: Element };

class WordModel extends FakeApp {
  readonly comments: FakeComment[] = [];
  commentIds = 0;
  selection: RangeModel | null = null;
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  private revision = 1000;

  constructor(
    readonly doc: Document,
    readonly options: Required<Omit<FakeWordOptions, 'requirements'>>,
    requirements: FakeRequirements,
  ) {
    super(requirements);
  }

  get body(): Element {
    const body = this.doc.getElementsByTagNameNS(W_NS, 'body')[0];
    if (!body) throw new Error('fake Word: no w:body');
    return body;
  }

  tables(container: Element = this.body): Element[] {
    return tablesIn(container, this.options.bodyTablesIncludeNested);
  }

  get tracking(): boolean {
    return this.changeTrackingMode !== 'Off';
  }

  revisionAttrs(): Record<string, string> {
    return { id: String(this.revision++), author: 'Fake Person', date: '2025-01-01T00:00:00Z' };
  }

  rangeText(range: RangeModel, view: View = 'current'): string {
    if (range.kind === 'cell') return containerText(cellParagraphs(range.tc), view);
    return paragraphText(range.p, 'current').slice(range.start, range.end);
  }

  /** Replaces a stretch of a paragraph, the new text taking the first replaced run's formatting. */
  replaceText(p: Element, start: number, end: number, text: string): RangeModel {
    splitAt(p, start);
    splitAt(p, end);
    const runs = runsIn(p, start, end);
    const first = runs[0];
    if (!first) throw invalidArgument('empty range');
    const format = kid(first, 'rPr');
    if (!this.tracking) {
      for (const n of contentOf(first)) first.removeChild(n);
      for (const n of contentOf(textRun(this.doc, text))) first.appendChild(n);
      runs.slice(1).forEach((r) => r.parentNode!.removeChild(r));
    } else {
      let last: Element = first;
      for (const run of runs) {
        for (const t of Array.from(run.getElementsByTagNameNS(W_NS, 't'))) {
          const del = wEl(this.doc, 'delText');
          del.setAttribute('xml:space', 'preserve');
          del.textContent = t.textContent;
          run.replaceChild(del, t);
        }
        const wrapper = wEl(this.doc, 'del', this.revisionAttrs());
        run.parentNode!.replaceChild(wrapper, run);
        wrapper.appendChild(run);
        last = wrapper;
      }
      const ins = wEl(this.doc, 'ins', this.revisionAttrs());
      ins.appendChild(textRun(this.doc, text, format));
      last.parentNode!.insertBefore(ins, last.nextSibling);
    }
    return { kind: 'text', p, start, end: start + text.length };
  }

  /** `cell.body.insertText(text, 'Replace')`: the new text gets the default style (office-js#5221). */
  replaceCell(tc: Element, text: string): RangeModel {
    const paragraphs = cellParagraphs(tc);
    if (!this.tracking) {
      const pPr = kid(paragraphs[0], 'pPr');
      for (const n of Array.from(tc.childNodes)) if (!isW(n, 'tcPr')) tc.removeChild(n);
      for (const line of text.split('\n')) {
        const p = wEl(this.doc, 'p');
        if (pPr) p.appendChild(pPr.cloneNode(true));
        if (line) p.appendChild(textRun(this.doc, line));
        tc.appendChild(p);
      }
      return { kind: 'cell', tc };
    }
    for (const p of paragraphs) {
      for (const s of live(p)) {
        if (ancestor(s.run, 'del', p)) continue;
        const wrapper = wEl(this.doc, 'del', this.revisionAttrs());
        if (!s.run.parentNode) continue;
        for (const t of Array.from(s.run.getElementsByTagNameNS(W_NS, 't'))) {
          const del = wEl(this.doc, 'delText');
          del.textContent = t.textContent;
          s.run.replaceChild(del, t);
        }
        s.run.parentNode.replaceChild(wrapper, s.run);
        wrapper.appendChild(s.run);
      }
    }
    let first = paragraphs[0];
    if (!first) {
      first = wEl(this.doc, 'p');
      tc.appendChild(first);
    }
    const ins = wEl(this.doc, 'ins', this.revisionAttrs());
    ins.appendChild(textRun(this.doc, text));
    first.appendChild(ins);
    return { kind: 'cell', tc };
  }

  search(container: Element, query: string, matchCase: boolean): RangeModel[] {
    if (query.length > 255) throw new OfficeError('SearchStringInvalidOrTooLong', 'The search string is too long.');
    let text = '';
    for (let i = 0; i < query.length; i++) {
      const c = query[i]!;
      if (c !== '^') {
        text += c;
        continue;
      }
      const code = query[++i];
      if (code === '^') text += '^';
      else if (code === 't') text += '\t';
      else throw invalidArgument(`unsupported special character ^${code ?? ''} in search`);
    }
    const paragraphs = Array.from(container.getElementsByTagNameNS(W_NS, 'p'));
    const hits: RangeModel[] = [];
    const needle = matchCase ? text : text.toLowerCase();
    for (const p of paragraphs) {
      const hay = matchCase ? paragraphText(p, 'current') : paragraphText(p, 'current').toLowerCase();
      for (let at = hay.indexOf(needle); needle && at >= 0; at = hay.indexOf(needle, at + needle.length))
        hits.push({ kind: 'text', p, start: at, end: at + needle.length });
    }
    return hits;
  }

  /** `TableRow.insertRows`: new rows copy the template row's cells, properties and first run's formatting. */
  insertRows(tr: Element, location: string, count: number, values: string[][] | undefined): Element[] {
    if (location !== 'After' && location !== 'Before') throw invalidArgument(`insertRows location ${location}`);
    const template = cellsOf(tr);
    if (values?.some((row) => row.length > template.length)) throw invalidArgument('more values than cells in the row');
    const rows = rowsOf(ancestor(tr, 'tbl')!);
    const below = rows[rows.indexOf(tr) + 1];
    const continuesBelow = (tc: Element) =>
      !!below && cellsOf(below).some((c) => gridColOf(c) === gridColOf(tc) && vMergeOf(c) === 'continue');
    const made: Element[] = [];
    for (let i = 0; i < count; i++) {
      const row = wEl(this.doc, 'tr');
      const trPr = kid(tr, 'trPr');
      if (trPr) row.appendChild(trPr.cloneNode(true));
      template.forEach((tc, k) => {
        const cell = wEl(this.doc, 'tc');
        const tcPr = kid(tc, 'tcPr')?.cloneNode(true) as Element | undefined;
        if (tcPr) {
          const vm = kid(tcPr, 'vMerge');
          const joins =
            location === 'After' &&
            vMergeOf(tc) !== null &&
            (continuesBelow(tc) || this.options.insertedRowsJoinMerges === 'always');
          if (vm) tcPr.removeChild(vm);
          if (joins) tcPr.appendChild(wEl(this.doc, 'vMerge'));
          cell.appendChild(tcPr);
        }
        const firstP = cellParagraphs(tc)[0];
        const p = wEl(this.doc, 'p');
        const pPr = kid(firstP, 'pPr');
        if (pPr) p.appendChild(pPr.cloneNode(true));
        const text = values?.[i]?.[k] ?? '';
        const format = firstP ? live(firstP)[0]?.run : undefined;
        if (text) p.appendChild(textRun(this.doc, text, format ? kid(format, 'rPr') : undefined));
        cell.appendChild(p);
        row.appendChild(cell);
      });
      made.push(row);
    }
    const anchor = location === 'After' ? tr.nextSibling : tr;
    for (const row of made) tr.parentNode!.insertBefore(row, anchor);
    return made;
  }

  /** `Table.mergeCells` for a vertical stretch of one column (what the hosts need); the rest is refused. */
  mergeCells(tbl: Element, topRow: number, firstCell: number, bottomRow: number, lastCell: number): Element {
    const rows = rowsOf(tbl);
    const top = cellsOf(rows[topRow] ?? wEl(this.doc, 'tr'))[firstCell];
    const bottom = cellsOf(rows[bottomRow] ?? wEl(this.doc, 'tr'))[lastCell];
    if (!top || !bottom) throw invalidArgument('mergeCells: no such cell');
    const col = gridColOf(top);
    const span = spanOf(top);
    if (gridColOf(bottom) !== col || spanOf(bottom) !== span)
      throw invalidArgument('fake mergeCells handles vertical stretches of one column only');
    for (let r = topRow; r <= bottomRow; r++) {
      const tc = cellsOf(rows[r]!).find((c) => gridColOf(c) === col && spanOf(c) === span);
      if (!tc) throw invalidArgument(`mergeCells: row ${r} has no cell at that column`);
      let tcPr = kid(tc, 'tcPr');
      if (!tcPr) {
        tcPr = wEl(this.doc, 'tcPr');
        tc.insertBefore(tcPr, tc.firstChild);
      }
      const old = kid(tcPr, 'vMerge');
      if (old) tcPr.removeChild(old);
      tcPr.appendChild(r === topRow ? wEl(this.doc, 'vMerge', { val: 'restart' }) : wEl(this.doc, 'vMerge'));
      if (r === topRow) continue;
      for (const p of cellParagraphs(tc)) {
        if (paragraphText(p, 'current').trim() !== '') top.appendChild(p.cloneNode(true));
        p.parentNode!.removeChild(p);
      }
      tc.appendChild(wEl(this.doc, 'p'));
    }
    return top;
  }

  shading(tc: Element): string {
    const fill = kid(kid(tc, 'tcPr'), 'shd')?.getAttributeNS(W_NS, 'fill');
    return fill && fill !== 'auto' ? `#${fill.toUpperCase()}` : '';
  }

  setShading(tc: Element, color: string): void {
    let tcPr = kid(tc, 'tcPr');
    if (!tcPr) {
      tcPr = wEl(this.doc, 'tcPr');
      tc.insertBefore(tcPr, tc.firstChild);
    }
    const old = kid(tcPr, 'shd');
    if (color === '') {
      if (!this.options.acceptsEmptyShading) throw invalidArgument('shadingColor ""');
      if (old) tcPr.removeChild(old);
      return;
    }
    const hex = /^#?([0-9a-f]{6})$/i.exec(color)?.[1];
    if (!hex) throw invalidArgument(`shadingColor ${color}`);
    const shd = wEl(this.doc, 'shd', { val: 'clear', color: 'auto', fill: hex.toUpperCase() });
    if (old) tcPr.replaceChild(shd, old);
    else tcPr.appendChild(shd);
  }

  /** Word's `getOoxml()`: a flat OPC package holding document.xml and its styles. */
  packageXml(): string {
    const documentXml = new XMLSerializer().serializeToString(this.doc.documentElement as never);
    return [
      '<?xml version="1.0" standalone="yes"?>',
      '<?mso-application progid="Word.Document"?>',
      '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">',
      '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">',
      '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
      '</Relationships></pkg:xmlData></pkg:part>',
      '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">',
      `<pkg:xmlData>${documentXml}</pkg:xmlData></pkg:part>`,
      '<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml">',
      `<pkg:xmlData><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles></pkg:xmlData></pkg:part>`,
      '</pkg:package>',
    ].join('');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Proxies (the Word.* classes the hosts use)

class WordContext extends FakeContext {
  readonly document: FakeDocument;

  constructor(readonly model: WordModel) {
    super(model);
    this.document = new FakeDocument(this, () => model, { target: model });
  }
}

const ctxModel = (context: FakeContext) => (context as WordContext).model;

class FakeDocument extends FakeObject<WordModel> {
  protected scalars() {
    return { changeTrackingMode: (m: WordModel) => m.changeTrackingMode };
  }

  protected override gates() {
    return { changeTrackingMode: ['WordApi', '1.4'] as const };
  }

  protected override navigate(name: string) {
    return name === 'body' ? this.body : undefined;
  }

  get body(): FakeBody {
    return this.nav('body', () => new FakeBody(this.context, () => this.resolved().body));
  }

  get changeTrackingMode(): string {
    return this.read('changeTrackingMode');
  }

  set changeTrackingMode(mode: string) {
    this.context.gate('WordApi', '1.4', 'Document.changeTrackingMode');
    this.context.enqueue(() => {
      if (mode !== 'Off' && mode !== 'TrackAll' && mode !== 'TrackMineOnly') throw invalidArgument(mode);
      this.resolved().changeTrackingMode = mode;
    });
  }
}

class FakeBody extends FakeObject<Element> {
  protected scalars() {
    return {
      text: (el: Element) =>
        containerText(
          named(el, 'tc') ? cellParagraphs(el) : Array.from(el.getElementsByTagNameNS(W_NS, 'p')),
          'markup',
        ),
    };
  }

  protected override navigate(name: string) {
    return name === 'tables' ? this.tables : undefined;
  }

  get text(): string {
    return this.read('text');
  }

  get tables(): FakeTableCollection {
    return this.nav('tables', () => {
      this.context.gate('WordApi', '1.3', 'Body.tables');
      return new FakeTableCollection(this.context, () => () => ctxModel(this.context).tables(this.resolved()));
    });
  }

  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      if (!named(this.resolved(), 'body')) throw new OfficeError('NotImplemented', 'fake getOoxml: document body only');
      result.settle(ctxModel(this.context).packageXml());
    });
    return result;
  }

  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    this.context.gate('WordApi', '1.4', 'Body.getReviewedText');
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const el = this.resolved();
      const paragraphs = named(el, 'tc') ? cellParagraphs(el) : Array.from(el.getElementsByTagNameNS(W_NS, 'p'));
      result.settle(containerText(paragraphs, version === 'Original' ? 'original' : 'current'));
    });
    return result;
  }

  search(text: string, options: { matchCase?: boolean } = {}): FakeRangeCollection {
    let hits: RangeModel[] | null = null;
    return new FakeRangeCollection(this.context, () => {
      hits ??= ctxModel(this.context).search(this.resolved(), text, options.matchCase ?? false);
      const found = hits;
      return () => found;
    });
  }

  insertText(text: string, location: string): FakeRange {
    return new FakeRange(this.context, () => {
      const el = this.resolved();
      if (location !== 'Replace' || !named(el, 'tc'))
        throw new OfficeError('NotImplemented', `fake Body.insertText handles 'Replace' in a cell only`);
      return ctxModel(this.context).replaceCell(el, text);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const el = this.resolved();
      ctxModel(this.context).selection = named(el, 'tc') ? { kind: 'cell', tc: el } : null;
    });
  }

  getRange(location: 'Whole' | 'Start' | 'End' | 'Content' = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => {
      const el = this.resolved();
      if (location !== 'Whole' || !named(el, 'tc'))
        throw new OfficeError('NotImplemented', `fake Body.getRange handles 'Whole' of a cell only`);
      return { kind: 'cell', tc: el };
    });
  }

  /** The comments anchored in this body (the document's: all of them). */
  getComments(): FakeCommentCollection {
    this.context.gate('WordApi', '1.4', 'Body.getComments');
    return new FakeCommentCollection(this.context, () => () => {
      const el = this.resolved();
      const all = ctxModel(this.context).comments;
      return named(el, 'body') ? [...all] : all.filter((c) => c.cell === el);
    });
  }
}

class FakeTableCollection extends FakeCollection<FakeTable, Element> {
  protected wrap(tbl: Element) {
    return new FakeTable(this.context, () => tbl, { target: tbl });
  }

  getFirst(): FakeTable {
    return new FakeTable(this.context, () => this.current()[0] ?? null);
  }

  getFirstOrNullObject(): FakeTable {
    return new FakeTable(this.context, () => this.current()[0] ?? null, { nullable: true });
  }
}

class FakeTable extends FakeObject<Element> {
  protected scalars() {
    return {
      rowCount: (tbl: Element) => rowsOf(tbl).length,
      values: (tbl: Element) =>
        ctxModel(this.context).options.misreport(
          rowsOf(tbl).map((tr) => cellsOf(tr).map((tc) => containerText(cellParagraphs(tc), 'markup'))),
          ctxModel(this.context).tables().indexOf(tbl),
        ),
      nestingLevel: (tbl: Element) => {
        let level = 1;
        for (let t = ancestor(tbl, 'tbl'); t; t = ancestor(t, 'tbl')) level++;
        return level;
      },
      isUniform: (tbl: Element) =>
        rowsOf(tbl).every((tr) => cellsOf(tr).every((tc) => spanOf(tc) === 1 && vMergeOf(tc) === null)),
    };
  }

  protected override gates() {
    const v13 = ['WordApi', '1.3'] as const;
    return { rowCount: v13, values: v13, nestingLevel: v13, isUniform: v13 };
  }

  protected override navigate(name: string) {
    return name === 'rows' ? this.rows : undefined;
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get values(): string[][] {
    return this.read('values');
  }

  get nestingLevel(): number {
    return this.read('nestingLevel');
  }

  get rows(): FakeTableRowCollection {
    return this.nav('rows', () => new FakeTableRowCollection(this.context, () => () => rowsOf(this.resolved())));
  }

  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    this.context.gate('WordApi', '1.3', 'Table.getCell');
    return new FakeTableCell(this.context, () => {
      const tr = rowsOf(this.resolved())[rowIndex];
      return (tr && cellsOf(tr)[cellIndex]) ?? null;
    });
  }

  getNext(): FakeTable {
    return new FakeTable(this.context, () => this.sibling());
  }

  getNextOrNullObject(): FakeTable {
    return new FakeTable(this.context, () => this.sibling(), { nullable: true });
  }

  private sibling(): Element | null {
    const all = ctxModel(this.context).tables();
    return all[all.indexOf(this.resolved()) + 1] ?? null;
  }

  mergeCells(topRow: number, firstCell: number, bottomRow: number, lastCell: number): FakeTableCell {
    this.context.gate('WordApi', '1.4', 'Table.mergeCells');
    return new FakeTableCell(this.context, () =>
      ctxModel(this.context).mergeCells(this.resolved(), topRow, firstCell, bottomRow, lastCell),
    );
  }
}

class FakeTableRowCollection extends FakeCollection<FakeTableRow, Element> {
  protected wrap(tr: Element) {
    return new FakeTableRow(this.context, () => tr, { target: tr });
  }

  getFirst(): FakeTableRow {
    return new FakeTableRow(this.context, () => this.current()[0] ?? null);
  }
}

class FakeTableRow extends FakeObject<Element> {
  protected scalars() {
    return {
      cellCount: (tr: Element) => cellsOf(tr).length,
      rowIndex: (tr: Element) => rowsOf(ancestor(tr, 'tbl')!).indexOf(tr),
      values: (tr: Element) => [cellsOf(tr).map((tc) => containerText(cellParagraphs(tc), 'markup'))],
    };
  }

  get cellCount(): number {
    return this.read('cellCount');
  }

  insertRows(location: string, rowCount: number, values?: string[][]): FakeTableRowCollection {
    this.context.gate('WordApi', '1.3', 'TableRow.insertRows');
    let made: Element[] | null = null;
    return new FakeTableRowCollection(this.context, () => {
      made ??= ctxModel(this.context).insertRows(this.resolved(), location, rowCount, values);
      const rows = made;
      return () => rows;
    });
  }
}

class FakeTableCell extends FakeObject<Element> {
  protected scalars() {
    const model = ctxModel(this.context);
    return {
      value: (tc: Element) => containerText(cellParagraphs(tc), 'markup'),
      rowIndex: (tc: Element) => rowsOf(ancestor(tc, 'tbl')!).indexOf(ancestor(tc, 'tr')!),
      // office-js#3200: a vertically merged cell's index cannot be loaded, and the whole batch fails.
      cellIndex: (tc: Element) => {
        if (vMergeOf(tc) !== null)
          throw new OfficeError('GeneralException', 'GeneralException (cellIndex of a merged cell)');
        return cellsOf(ancestor(tc, 'tr')!).indexOf(tc);
      },
      shadingColor: (tc: Element) => model.shading(tc),
    };
  }

  protected override gates() {
    const v13 = ['WordApi', '1.3'] as const;
    return { value: v13, rowIndex: v13, cellIndex: v13, shadingColor: v13 };
  }

  protected override navigate(name: string) {
    return name === 'body' ? this.body : undefined;
  }

  get body(): FakeBody {
    return this.nav('body', () => new FakeBody(this.context, () => this.resolved()));
  }

  get shadingColor(): string {
    return this.read('shadingColor');
  }

  set shadingColor(color: string) {
    this.context.gate('WordApi', '1.3', 'TableCell.shadingColor');
    this.context.enqueue(() => ctxModel(this.context).setShading(this.resolved(), color));
  }
}

class FakeRangeCollection extends FakeCollection<FakeRange, RangeModel> {
  protected wrap(range: RangeModel) {
    return new FakeRange(this.context, () => range, { target: range });
  }

  getFirst(): FakeRange {
    return new FakeRange(this.context, () => this.current()[0] ?? null);
  }
}

class FakeRange extends FakeObject<RangeModel> {
  protected scalars() {
    return { text: (range: RangeModel) => ctxModel(this.context).rangeText(range) };
  }

  get text(): string {
    return this.read('text');
  }

  insertText(text: string, location: string): FakeRange {
    return new FakeRange(this.context, () => {
      const range = this.resolved();
      if (location !== 'Replace') throw new OfficeError('NotImplemented', `fake Range.insertText ${location}`);
      return range.kind === 'text'
        ? ctxModel(this.context).replaceText(range.p, range.start, range.end, text)
        : ctxModel(this.context).replaceCell(range.tc, text);
    });
  }

  insertComment(text: string): FakeCommentProxy {
    this.context.gate('WordApi', '1.4', 'Range.insertComment');
    return new FakeCommentProxy(this.context, () => {
      const model = ctxModel(this.context);
      if (model.options.refuseComments) throw new OfficeError('AccessDenied', 'The document is protected.');
      const range = this.resolved();
      const comment: FakeComment = {
        id: `{C${++model.commentIds}}`,
        text,
        anchor: model.rangeText(range),
        cell: range.kind === 'cell' ? range.tc : ancestor(range.p, 'tc'),
        replies: [],
      };
      model.comments.push(comment);
      return comment;
    });
  }

  select(): void {
    this.context.enqueue(() => void (ctxModel(this.context).selection = this.resolved()));
  }
}

class FakeCommentProxy extends FakeObject<FakeComment> {
  protected scalars() {
    return { id: (c: FakeComment) => c.id, content: (c: FakeComment) => c.text };
  }

  protected override navigate(name: string) {
    return name === 'replies' ? this.replies : undefined;
  }

  get replies(): FakeReplyCollection {
    return this.nav('replies', () => new FakeReplyCollection(this.context, () => () => this.resolved().replies));
  }

  /** Deletes the comment and its replies. */
  delete(): void {
    this.context.enqueue(() => {
      const comments = ctxModel(this.context).comments;
      const at = comments.indexOf(this.resolved());
      if (at >= 0) comments.splice(at, 1);
    });
  }
}

class FakeCommentCollection extends FakeCollection<FakeCommentProxy, FakeComment> {
  protected wrap(comment: FakeComment) {
    return new FakeCommentProxy(this.context, () => comment, { target: comment });
  }
}

class FakeReplyCollection extends FakeCollection<FakeReplyProxy, string> {
  protected wrap(reply: string) {
    return new FakeReplyProxy(this.context, () => reply, { target: reply });
  }
}

class FakeReplyProxy extends FakeObject<string> {
  protected scalars() {
    return { id: (r: string) => `reply:${r}`, content: (r: string) => r };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What tests hold

export class FakeWord {
  readonly settings = new FakeSettings();
  private readonly model: WordModel;

  constructor(documentXml: string, options: FakeWordOptions = {}) {
    const doc = new DOMParser().parseFromString(documentXml, 'text/xml') as unknown as Document;
    this.model = new WordModel(
      doc,
      {
        bodyTablesIncludeNested: options.bodyTablesIncludeNested ?? true,
        insertedRowsJoinMerges: options.insertedRowsJoinMerges ?? 'inside',
        acceptsEmptyShading: options.acceptsEmptyShading ?? false,
        misreport: options.misreport ?? ((values) => values),
        refuseComments: options.refuseComments ?? false,
      },
      new FakeRequirements(options.requirements ?? { WordApi: '1.4' }),
    );
  }

  static async fromDocx(bytes: Uint8Array, options: FakeWordOptions = {}): Promise<FakeWord> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    return new FakeWord(xml, options);
  }

  /** `Word.run` against this document. */
  readonly run = <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
    this.model.runBatch(new WordContext(this.model), batch as unknown as (c: WordContext) => Promise<T>);

  get requirements(): FakeRequirements {
    return this.model.requirements;
  }

  get app(): FakeApp {
    return this.model;
  }

  get comments(): readonly FakeComment[] {
    return this.model.comments;
  }

  get trackingMode(): string {
    return this.model.changeTrackingMode;
  }

  set trackingMode(mode: 'Off' | 'TrackAll' | 'TrackMineOnly') {
    this.model.changeTrackingMode = mode;
  }

  /** The current document.xml, for reading back with the .docx reader. */
  documentXml(): string {
    return new XMLSerializer().serializeToString(this.model.doc as never);
  }

  /** The w:tc behind a grid cell (by the refs the OOXML reader gives). */
  cell(ref: CellRef): Element {
    const tc = readTableCells(this.model.doc).elements.get(refKey(ref));
    if (!tc) throw new Error(`fake Word: no cell ${refKey(ref)}`);
    return tc;
  }

  /** The person types in a cell: its text is replaced, the first run keeping its formatting. */
  type(ref: CellRef, text: string): void {
    const tc = this.cell(ref);
    const paragraphs = cellParagraphs(tc);
    const first = paragraphs[0] ?? tc.appendChild(wEl(this.model.doc, 'p'));
    paragraphs.slice(1).forEach((p) => p.parentNode!.removeChild(p));
    const runs = live(first).map((s) => s.run);
    const run = runs[0];
    const format = run ? kid(run, 'rPr') : undefined;
    for (const r of new Set(runs)) r.parentNode!.removeChild(r);
    first.appendChild(textRun(this.model.doc, text, format));
  }

  /** The person merges a cell with the one to its right (one w:tc with w:gridSpan; the right one's text is dropped). */
  mergeRight(ref: CellRef): void {
    const tc = this.cell(ref);
    const next = cellsOf(ancestor(tc, 'tr')!)[cellsOf(ancestor(tc, 'tr')!).indexOf(tc) + 1];
    if (!next) throw new Error('fake Word: nothing to the right');
    let tcPr = kid(tc, 'tcPr');
    if (!tcPr) tcPr = tc.insertBefore(wEl(this.model.doc, 'tcPr'), tc.firstChild) as Element;
    tcPr.appendChild(wEl(this.model.doc, 'gridSpan', { val: String(spanOf(tc) + spanOf(next)) }));
    next.parentNode!.removeChild(next);
  }

  /** The run properties of the first run of a cell, serialised (formatting tests). */
  runFormat(ref: CellRef): string {
    const tc = this.cell(ref);
    const run = cellParagraphs(tc).flatMap((p) => live(p))[0]?.run;
    const rPr = run ? kid(run, 'rPr') : undefined;
    return rPr ? new XMLSerializer().serializeToString(rPr as never) : '';
  }

  shading(ref: CellRef): string {
    return this.model.shading(this.cell(ref));
  }

  /** The grid ref of the selected cell, if a cell is selected. */
  selectedCell(): Element | null {
    const selection = this.model.selection;
    if (!selection) return null;
    return selection.kind === 'cell' ? selection.tc : ancestor(selection.p, 'tc');
  }

  /** Count of tracked insertions and deletions in the document. */
  revisions(): { insertions: number; deletions: number } {
    return {
      insertions: this.model.doc.getElementsByTagNameNS(W_NS, 'ins').length,
      deletions: this.model.doc.getElementsByTagNameNS(W_NS, 'del').length,
    };
  }
}
