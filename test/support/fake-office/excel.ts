// A fake Excel over a real workbook (exceljs): cells with values, displayed text and number formats, merged
// areas, fills, notes and threaded comments — and Excel's habits the hosts must survive: text given to `values`
// is parsed as if typed (`=`/`+`/`-` start formulas, numbers and dates convert), `getMergedAreasOrNullObject`
// fails past 512 areas and reports only areas whose top-left cell lies in the range (office-js#3611).
import ExcelJS from 'exceljs';
import { displayText } from '../../../src/hosts/file/xlsx';
import type { Area } from '../../../src/hosts/excel/sheet-grid';
import { areaAddress, cellAddress } from '../../../src/hosts/excel/sheet-grid';
import {
  FakeApp,
  FakeCollection,
  FakeContext,
  FakeObject,
  FakeRequirements,
  OfficeError,
  invalidArgument,
  itemNotFound,
} from './client';
import { FakeSettings } from './settings';

export interface FakeExcelOptions {
  /** Requirement sets, e.g. `{ ExcelApi: '1.12' }`; default ExcelApi 1.18. */
  readonly requirements?: Record<string, string>;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const MERGED_AREA_LIMIT = 512;

interface XCell {
  value: string | number | boolean | null;
  /** A formula (`=B5+B6`). Typed ones show `#NAME?` (the fake evaluates none); ones read from an .xlsx keep
   * the result Excel saved, as real Excel shows it. */
  formula?: string;
  cached?: boolean;
  numberFormat: string;
  fill: string | null;
}

export interface FakeNote {
  content: string;
}

export interface FakeThread {
  content: string;
  readonly replies: string[];
}

export class SheetModel {
  readonly cells = new Map<string, XCell>();
  merges: Area[] = [];
  readonly notes = new Map<string, FakeNote>();
  readonly comments = new Map<string, FakeThread>();

  constructor(public name: string) {}

  cell(row: number, col: number): XCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  ensure(row: number, col: number): XCell {
    let cell = this.cell(row, col);
    if (!cell) {
      cell = { value: null, numberFormat: 'General', fill: null };
      this.cells.set(`${row},${col}`, cell);
    }
    return cell;
  }

  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    if (!cell || cell.value === null) return '';
    if (cell.formula && !cell.cached) return '#NAME?';
    if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
    if (typeof cell.value === 'number') {
      const shown = displayText({
        value: cell.value,
        numFmt: cell.numberFormat,
        text: String(cell.value),
      } as ExcelJS.Cell);
      // Excel shows `_x` as a space the width of x, and `* ` fills the cell with spaces: an accounting format
      // (`_ ¥* #,##0.00_ `) pads the number and parts its yuan sign from it, where the file reader (formatNumber)
      // shows them bare. Zero has a section of its own (the third).
      const sections = cell.numberFormat.split(';');
      const section = (cell.value === 0 && sections.length >= 3 ? sections[2] : sections[0]) ?? '';
      const filled = /\*/.test(section) ? shown.replace(/^¥/, '¥ ') : shown;
      return `${/^_./.test(section) ? ' ' : ''}${filled}${/_.$/.test(section) ? ' ' : ''}`;
    }
    return cell.value;
  }

  /** Bounding box of the cells with a value (`valuesOnly`) or with a value, a format or a merge. */
  used(valuesOnly: boolean): Area | null {
    let box: Area | null = null;
    const grow = (a: Area) =>
      (box = box
        ? {
            top: Math.min(box.top, a.top),
            left: Math.min(box.left, a.left),
            bottom: Math.max(box.bottom, a.bottom),
            right: Math.max(box.right, a.right),
          }
        : a);
    for (const [key, cell] of this.cells) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      const formatted = cell.fill !== null || cell.numberFormat !== 'General';
      if ((cell.value !== null && cell.value !== '') || (!valuesOnly && formatted))
        grow({ top: row, left: col, bottom: row, right: col });
    }
    if (!valuesOnly) for (const m of this.merges) grow(m);
    return box;
  }
}

const within = (row: number, col: number, a: Area) =>
  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
const contains = (outer: Area, inner: Area) =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
const intersects = (a: Area, b: Area) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** `A1`, `A1:C3`, `5:6` (whole rows), `A:B` (whole columns), with or without `Sheet!` and `$`. */
function parseRange(address: string): Area {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [from, to = from] = local.split(':') as [string, string?];
  const end = to ?? from;
  const rows = /^(\d+)$/;
  const cols = /^([A-Za-z]+)$/;
  if (rows.test(from) && rows.test(end))
    return { top: Number(from) - 1, bottom: Number(end) - 1, left: 0, right: MAX_COLS - 1 };
  if (cols.test(from) && cols.test(end))
    return { top: 0, bottom: MAX_ROWS - 1, left: columnIndex(from), right: columnIndex(end) };
  const cell = (t: string) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(t);
    if (!m) throw invalidArgument(`address ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
  };
  const a = cell(from);
  const b = cell(end);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const quoteSheet = (name: string) => (/^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** Excel's reading of typed input: what `range.values = [[text]]` stores. */
function typed(cell: XCell, input: unknown): void {
  delete cell.formula;
  delete cell.cached;
  if (input === null || input === undefined || input === '') {
    cell.value = null;
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  const trimmed = text.trim();
  const number = /^[+-]?\d{1,3}(,\d{3})*(\.\d+)?$|^[+-]?\d+(\.\d+)?$/.exec(trimmed);
  if (number) {
    cell.value = Number(trimmed.replace(/,/g, ''));
    if (trimmed.includes(',') && cell.numberFormat === 'General')
      cell.numberFormat = `#,##0${/\.(\d+)$/.exec(trimmed) ? `.${'0'.repeat(/\.(\d+)$/.exec(trimmed)![1]!.length)}` : ''}`;
    return;
  }
  const percent = /^([+-]?\d+(\.\d+)?)%$/.exec(trimmed);
  if (percent) {
    cell.value = Number(percent[1]) / 100;
    if (cell.numberFormat === 'General')
      cell.numberFormat = percent[2] ? `0.${'0'.repeat(percent[2].length - 1)}%` : '0%';
    return;
  }
  const scientific = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.exec(trimmed);
  const negative = /^\((\d+(\.\d+)?)\)$/.exec(trimmed);
  if (scientific || negative) {
    cell.value = scientific ? Number(trimmed) : -Number(negative![1]);
    return;
  }
  const fraction = /^(\d{1,2})\/(\d{1,2})$/.exec(trimmed);
  const time = /^(\d{1,2}):(\d{2})$/.exec(trimmed);
  if (fraction || time) {
    // "1/2" is the 2nd of January this year, "12:30" a time of day: both numbers with a date format.
    cell.value = fraction ? 45658 + Number(fraction[2]) : (Number(time![1]) * 60 + Number(time![2])) / 1440;
    cell.numberFormat = fraction ? 'm/d' : 'h:mm';
    return;
  }
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(trimmed);
  if (date) {
    const serial = (Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!) - Date.UTC(1899, 11, 30)) / 86400000;
    cell.value = serial;
    cell.numberFormat = 'yyyy/m/d';
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = /^true$/i.test(trimmed);
    return;
  }
  if (/^[=+\-@]/.test(trimmed)) {
    cell.formula = trimmed;
    cell.value = '#NAME?';
    return;
  }
  cell.value = text;
}

class WorkbookModel extends FakeApp {
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string;
  /** Options of every `Excel.run`, in order. */
  readonly runOptions: unknown[] = [];

  constructor(
    readonly sheets: SheetModel[],
    requirements: FakeRequirements,
  ) {
    super(requirements);
    this.activeSheet = sheets[0]?.name ?? '';
  }

  sheet(name: string): SheetModel | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /** A single cell named by a Range proxy's target or an address (`Sheet!A1`, or `A1` on the active sheet). */
  cellTarget(where: RangeModel | string): { sheet: SheetModel; row: number; col: number } {
    const target =
      typeof where === 'string'
        ? {
            sheet: this.sheet(
              where.includes('!') ? where.slice(0, where.lastIndexOf('!')).replace(/^'|'$/g, '') : this.activeSheet,
            ),
            area: parseRange(where),
          }
        : where;
    if (!target.sheet) throw itemNotFound(String(where));
    const { area } = target;
    if (area.top !== area.bottom || area.left !== area.right) throw invalidArgument('not a single cell');
    return { sheet: target.sheet, row: area.top, col: area.left };
  }

  insert(range: RangeModel): RangeModel {
    const { sheet, area } = range;
    const height = area.bottom - area.top + 1;
    const shifted = (a: Area) => a.left >= area.left && a.right <= area.right;
    for (const m of sheet.merges)
      if (!shifted(m) && intersects(m, { ...area, bottom: MAX_ROWS - 1 }) && m.bottom >= area.top)
        throw new OfficeError('InvalidOperation', 'This operation would move part of a merged cell.');
    const moved = [...sheet.cells.entries()]
      .map(([key, cell]) => ({ key, cell, pos: key.split(',').map(Number) as [number, number] }))
      .filter(({ pos: [r, c] }) => r >= area.top && c >= area.left && c <= area.right);
    for (const { key } of moved) sheet.cells.delete(key);
    for (const {
      cell,
      pos: [r, c],
    } of moved)
      sheet.cells.set(`${r + height},${c}`, cell);
    for (const map of [sheet.notes, sheet.comments] as Map<string, unknown>[]) {
      for (const [address, value] of [...map]) {
        const a = parseRange(address);
        if (a.top >= area.top && a.left >= area.left && a.left <= area.right) {
          map.delete(address);
          map.set(cellAddress(a.top + height, a.left), value);
        }
      }
    }
    // New cells take the format of the cells above, as Excel's "Format Same As Above".
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= Math.min(area.right, MAX_COLS - 1); c++) {
        const above = sheet.cell(area.top - 1, c);
        if (above && (above.fill !== null || above.numberFormat !== 'General'))
          sheet.cells.set(`${r},${c}`, { value: null, numberFormat: above.numberFormat, fill: above.fill });
      }
    sheet.merges = sheet.merges.map((m) => {
      if (!shifted(m) || m.bottom < area.top) return m;
      if (m.top >= area.top) return { ...m, top: m.top + height, bottom: m.bottom + height };
      return { ...m, bottom: m.bottom + height }; // the new rows fall inside: the merged area grows
    });
    return range;
  }

  merge(range: RangeModel): void {
    const { sheet, area } = range;
    for (const m of sheet.merges)
      if (intersects(m, area) && !contains(area, m))
        throw new OfficeError('InvalidOperation', 'Cannot merge a range that overlaps part of a merged cell.');
    sheet.merges = sheet.merges.filter((m) => !contains(area, m));
    sheet.merges.push(area);
    // Excel keeps only the upper-left value of a merged area.
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const cell = sheet.cell(r, c);
        if (cell && (r !== area.top || c !== area.left)) cell.value = null;
      }
  }
}

interface RangeModel {
  readonly sheet: SheetModel;
  readonly area: Area;
}

class ExcelContext extends FakeContext {
  readonly workbook: FakeWorkbook;

  constructor(readonly model: WorkbookModel) {
    super(model);
    this.workbook = new FakeWorkbook(this, () => model, { target: model });
  }
}

const book = (context: FakeContext) => (context as ExcelContext).model;

class FakeWorkbook extends FakeObject<WorkbookModel> {
  protected scalars() {
    return {};
  }

  get worksheets(): FakeWorksheetCollection {
    return this.nav('worksheets', () => new FakeWorksheetCollection(this.context, () => () => this.resolved().sheets));
  }

  get comments(): FakeCommentCollection {
    return this.nav('comments', () => {
      this.context.gate('ExcelApi', '1.10', 'Workbook.comments');
      return new FakeCommentCollection(this.context, () => () => this.resolved().sheets.flatMap(threadsOf));
    });
  }
}

interface ThreadModel {
  readonly sheet: SheetModel;
  readonly address: string;
  readonly thread: FakeThread;
}

const threadsOf = (sheet: SheetModel): ThreadModel[] =>
  [...sheet.comments].map(([address, thread]) => ({ sheet, address, thread }));

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet, SheetModel> {
  protected wrap(sheet: SheetModel) {
    return new FakeWorksheet(this.context, () => sheet, { target: sheet });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.current().find((s) => s.name === name) ?? null);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.current().find((s) => s.name === name) ?? null, {
      nullable: true,
    });
  }
}

class FakeWorksheet extends FakeObject<SheetModel> {
  protected scalars() {
    return {
      name: (s: SheetModel) => s.name,
      position: (s: SheetModel) => book(this.context).sheets.indexOf(s),
    };
  }

  get name(): string {
    return this.read('name');
  }

  private range(area: () => Area, options: { nullable?: boolean } = {}): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.resolved(), area: area() }), options);
  }

  getRange(address?: string): FakeRange {
    return this.range(() =>
      address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : parseRange(address),
    );
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    this.context.gate('ExcelApi', '1.7', 'Worksheet.getRangeByIndexes');
    return this.range(() => ({ top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 }));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(() => this.resolved().used(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.gate('ExcelApi', '1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      () => {
        const area = this.resolved().used(valuesOnly);
        return area ? { sheet: this.resolved(), area } : null;
      },
      { nullable: true },
    );
  }

  get notes(): FakeNoteCollection {
    return this.nav('notes', () => {
      this.context.gate('ExcelApi', '1.18', 'Worksheet.notes');
      return new FakeNoteCollection(
        this.context,
        () => () => [...this.resolved().notes.values()],
        () => this.resolved(),
      );
    });
  }

  activate(): void {
    this.context.enqueue(() => void (book(this.context).activeSheet = this.resolved().name));
  }
}

class FakeRange extends FakeObject<RangeModel> {
  private static readonly MAX_READ = 200_000;

  private grid<V>(range: RangeModel, cell: (row: number, col: number) => V): V[][] {
    const { area } = range;
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > FakeRange.MAX_READ)
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    const rows: V[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: V[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  protected scalars() {
    return {
      address: (r: RangeModel) => `${quoteSheet(r.sheet.name)}!${areaAddress(r.area)}`,
      rowIndex: (r: RangeModel) => r.area.top,
      columnIndex: (r: RangeModel) => r.area.left,
      rowCount: (r: RangeModel) => r.area.bottom - r.area.top + 1,
      columnCount: (r: RangeModel) => r.area.right - r.area.left + 1,
      values: (r: RangeModel) =>
        this.grid(r, (row, col) => {
          const cell = r.sheet.cell(row, col);
          return cell?.value ?? '';
        }),
      text: (r: RangeModel) => this.grid(r, (row, col) => r.sheet.text(row, col)),
      numberFormat: (r: RangeModel) => this.grid(r, (row, col) => r.sheet.cell(row, col)?.numberFormat ?? 'General'),
      // Excel gives the formula for a formula cell and the value for a constant.
      formulas: (r: RangeModel) =>
        this.grid(r, (row, col) => {
          const cell = r.sheet.cell(row, col);
          return cell?.formula ?? cell?.value ?? '';
        }),
    };
  }

  protected override navigate(name: string) {
    return name === 'format' ? this.format : name === 'worksheet' ? this.worksheet : undefined;
  }

  get address(): string {
    return this.read('address');
  }

  get values(): (string | number | boolean)[][] {
    return this.read('values');
  }

  set values(values: unknown[][]) {
    this.context.enqueue(() => {
      const { sheet, area } = this.resolved();
      if (values.length !== area.bottom - area.top + 1 || values.some((r) => r.length !== area.right - area.left + 1))
        throw invalidArgument('The number of rows or columns in the input array does not match the range');
      values.forEach((row, i) => row.forEach((v, j) => typed(sheet.ensure(area.top + i, area.left + j), v)));
    });
  }

  get text(): string[][] {
    return this.read('text');
  }

  get formulas(): (string | number | boolean)[][] {
    return this.read('formulas');
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  set numberFormat(formats: string[][]) {
    this.context.enqueue(() => {
      const { sheet, area } = this.resolved();
      formats.forEach((row, i) => row.forEach((f, j) => (sheet.ensure(area.top + i, area.left + j).numberFormat = f)));
    });
  }

  get format(): FakeRangeFormat {
    return this.nav('format', () => new FakeRangeFormat(this.context, () => this.resolved()));
  }

  get worksheet(): FakeWorksheet {
    return this.nav('worksheet', () => new FakeWorksheet(this.context, () => this.resolved().sheet));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.gate('ExcelApi', '1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      () => {
        const { sheet, area } = this.resolved();
        // office-js#3611: only areas whose top-left cell lies in the queried range are reported.
        const areas = sheet.merges.filter((m) => within(m.top, m.left, area));
        if (areas.length > MERGED_AREA_LIMIT)
          throw new OfficeError('GeneralException', `More than ${MERGED_AREA_LIMIT} merged areas in the range.`);
        return areas.length > 0 ? areas.map((a) => ({ sheet, area: a })) : null;
      },
      { nullable: true },
    );
  }

  merge(across = false): void {
    this.context.gate('ExcelApi', '1.2', 'Range.merge');
    this.context.enqueue(() => {
      const range = this.resolved();
      if (!across) return book(this.context).merge(range);
      for (let r = range.area.top; r <= range.area.bottom; r++)
        book(this.context).merge({ sheet: range.sheet, area: { ...range.area, top: r, bottom: r } });
    });
  }

  unmerge(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.resolved();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
    });
  }

  insert(shift: string): FakeRange {
    return new FakeRange(this.context, () => {
      if (shift !== 'Down') throw new OfficeError('NotImplemented', `fake Range.insert ${shift}`);
      return book(this.context).insert(this.resolved());
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.resolved();
      book(this.context).selection = { sheet: sheet.name, address: areaAddress(area) };
    });
  }
}

class FakeRangeFormat extends FakeObject<RangeModel> {
  protected scalars() {
    return {};
  }

  protected override navigate(name: string) {
    return name === 'fill' ? this.fill : undefined;
  }

  get fill(): FakeRangeFill {
    return this.nav('fill', () => new FakeRangeFill(this.context, () => this.resolved()));
  }
}

class FakeRangeFill extends FakeObject<RangeModel> {
  protected scalars() {
    const fillOf = (r: RangeModel) => r.sheet.cell(r.area.top, r.area.left)?.fill ?? null;
    return {
      // Excel answers white for a cell without fill; only `pattern` (1.9) tells the two apart.
      color: (r: RangeModel) => fillOf(r) ?? '#FFFFFF',
      pattern: (r: RangeModel) => (fillOf(r) === null ? 'None' : 'Solid'),
    };
  }

  protected override gates() {
    return { pattern: ['ExcelApi', '1.9'] as const };
  }

  get color(): string {
    return this.read('color');
  }

  set color(color: string) {
    this.context.enqueue(() => this.paint(color.toUpperCase()));
  }

  get pattern(): string {
    return this.read('pattern');
  }

  clear(): void {
    this.context.enqueue(() => this.paint(null));
  }

  private paint(fill: string | null): void {
    const { sheet, area } = this.resolved();
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) sheet.ensure(r, c).fill = fill;
  }
}

class FakeRangeAreas extends FakeObject<RangeModel[]> {
  protected scalars() {
    return {
      address: (list: RangeModel[]) => list.map((r) => `${quoteSheet(r.sheet.name)}!${areaAddress(r.area)}`).join(', '),
      areaCount: (list: RangeModel[]) => list.length,
    };
  }

  protected override navigate(name: string) {
    return name === 'areas' ? this.areas : undefined;
  }

  get areas(): FakeRangeCollection {
    return this.nav('areas', () => new FakeRangeCollection(this.context, () => () => this.resolved()));
  }
}

class FakeRangeCollection extends FakeCollection<FakeRange, RangeModel> {
  protected wrap(range: RangeModel) {
    return new FakeRange(this.context, () => range, { target: range });
  }
}

class FakeCommentCollection extends FakeCollection<FakeCommentProxy, ThreadModel> {
  protected wrap(thread: ThreadModel) {
    return new FakeCommentProxy(this.context, () => thread, { target: thread });
  }

  add(cellAddress: FakeRange | string, content: string): FakeCommentProxy {
    return new FakeCommentProxy(this.context, () => {
      const { sheet, row, col } = book(this.context).cellTarget(
        typeof cellAddress === 'string' ? cellAddress : cellAddress.resolved(),
      );
      const address = cellAddress_(row, col);
      // One thread per cell: a second "add" on a commented cell is refused.
      if (sheet.comments.has(address)) throw invalidArgument('The cell already has a comment thread.');
      const thread: FakeThread = { content, replies: [] };
      sheet.comments.set(address, thread);
      return { sheet, address, thread };
    });
  }

  getItemByCell(cellAddress: FakeRange | string): FakeCommentProxy {
    return new FakeCommentProxy(this.context, () => {
      const { sheet, row, col } = book(this.context).cellTarget(
        typeof cellAddress === 'string' ? cellAddress : cellAddress.resolved(),
      );
      const thread = sheet.comments.get(cellAddress_(row, col));
      return thread ? { sheet, address: cellAddress_(row, col), thread } : null;
    });
  }
}

const cellAddress_ = cellAddress;

class FakeCommentProxy extends FakeObject<ThreadModel> {
  protected scalars() {
    return { id: (t: ThreadModel) => `${t.sheet.name}!${t.address}`, content: (t: ThreadModel) => t.thread.content };
  }

  get id(): string {
    return this.read('id');
  }

  protected override navigate(name: string) {
    return name === 'replies' ? this.replies : undefined;
  }

  get replies(): FakeReplyCollection {
    return this.nav('replies', () => new FakeReplyCollection(this.context, () => () => this.resolved().thread.replies));
  }

  /** Deletes the thread and its replies. */
  delete(): void {
    this.context.enqueue(() => {
      const { sheet, address } = this.resolved();
      sheet.comments.delete(address);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolved();
      return { sheet: t.sheet, area: parseRange(t.address) };
    });
  }
}

class FakeReplyCollection extends FakeCollection<FakeReplyProxy, string> {
  protected wrap(reply: string) {
    return new FakeReplyProxy(this.context, () => reply, { target: reply });
  }

  add(content: string): void {
    this.context.enqueue(() => void this.current().push(content));
  }
}

class FakeReplyProxy extends FakeObject<string> {
  protected scalars() {
    return { id: (r: string) => `reply:${r}`, content: (r: string) => r };
  }
}

class FakeNoteCollection extends FakeCollection<FakeNoteProxy, FakeNote> {
  constructor(
    context: FakeContext,
    resolve: () => () => FakeNote[],
    private readonly sheetOf: () => SheetModel,
  ) {
    super(context, resolve);
  }

  protected wrap(note: FakeNote) {
    return new FakeNoteProxy(this.context, () => note, { target: note });
  }

  add(cellAddress: FakeRange | string, content: string): FakeNoteProxy {
    return new FakeNoteProxy(this.context, () => {
      const sheet = this.sheetOf();
      const target =
        typeof cellAddress === 'string' ? { sheet, area: parseRange(cellAddress) } : cellAddress.resolved();
      const { row, col } = book(this.context).cellTarget(target);
      const address = cellAddress_(row, col);
      if (target.sheet.notes.has(address)) throw invalidArgument('The cell already has a note.');
      const note = { content };
      target.sheet.notes.set(address, note);
      return note;
    });
  }

  getItemOrNullObject(key: string): FakeNoteProxy {
    return new FakeNoteProxy(this.context, () => this.sheetOf().notes.get(areaAddress(parseRange(key))) ?? null, {
      nullable: true,
    });
  }
}

class FakeNoteProxy extends FakeObject<FakeNote> {
  protected scalars() {
    return { content: (n: FakeNote) => n.content };
  }

  get content(): string {
    return this.read('content');
  }

  set content(content: string) {
    this.context.enqueue(() => void (this.resolved().content = content));
  }

  delete(): void {
    this.context.enqueue(() => {
      const note = this.resolved();
      for (const sheet of book(this.context).sheets)
        for (const [address, held] of sheet.notes) if (held === note) sheet.notes.delete(address);
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What tests hold

const argb = (color: Partial<ExcelJS.Color> | undefined) =>
  color?.argb && color.argb.length === 8 ? `#${color.argb.slice(2).toUpperCase()}` : null;

export class FakeExcel {
  readonly settings = new FakeSettings();
  private readonly model: WorkbookModel;

  constructor(sheets: SheetModel[], options: FakeExcelOptions = {}) {
    this.model = new WorkbookModel(sheets, new FakeRequirements(options.requirements ?? { ExcelApi: '1.18' }));
  }

  /** Every sheet of an .xlsx as Excel holds it: values, formats, fills, notes and merged ranges. */
  static async fromXlsx(bytes: Uint8Array, options: FakeExcelOptions = {}): Promise<FakeExcel> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.map((ws) => {
      const sheet = new SheetModel(ws.name);
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (c) => {
          if (c.type === ExcelJS.ValueType.Merge) return;
          const value = c.value;
          const plain =
            value === null || value === undefined
              ? null
              : typeof value === 'object'
                ? 'result' in value
                  ? ((value.result as string | number | undefined) ?? null)
                  : 'richText' in value
                    ? value.richText.map((r) => r.text).join('')
                    : String(c.text)
                : (value as string | number | boolean);
          const fill = c.fill?.type === 'pattern' && c.fill.pattern === 'solid' ? argb(c.fill.fgColor) : null;
          const formula =
            typeof value === 'object' && value !== null && 'formula' in value ? `=${value.formula}` : undefined;
          sheet.cells.set(`${Number(c.row) - 1},${Number(c.col) - 1}`, {
            value: plain,
            numberFormat: c.numFmt || 'General',
            fill,
            ...(formula ? { formula, cached: true } : {}),
          });
          if (c.note) sheet.notes.set(c.address, { content: typeof c.note === 'string' ? c.note : String(c.note) });
        }),
      );
      sheet.merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange);
      return sheet;
    });
    return new FakeExcel(sheets, options);
  }

  /** `Excel.run(options, batch)` against this workbook. */
  readonly run = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.model.runOptions.push(options);
    return this.model.runBatch(new ExcelContext(this.model), batch as unknown as (c: ExcelContext) => Promise<T>);
  };

  get requirements(): FakeRequirements {
    return this.model.requirements;
  }

  get app(): FakeApp {
    return this.model;
  }

  get runOptions(): readonly unknown[] {
    return this.model.runOptions;
  }

  get selection() {
    return this.model.selection;
  }

  get activeSheet(): string {
    return this.model.activeSheet;
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`fake Excel: no sheet ${name}`);
    return sheet;
  }

  get sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** What a cell holds and shows. */
  cell(sheet: string, address: string) {
    const s = this.sheet(sheet);
    const { top, left } = parseRange(address);
    const c = s.cell(top, left);
    return {
      value: c?.value ?? null,
      text: s.text(top, left),
      numberFormat: c?.numberFormat ?? 'General',
      fill: c?.fill ?? null,
      formula: c?.formula ?? null,
      note: s.notes.get(address)?.content ?? null,
      comment: s.comments.get(address) ?? null,
    };
  }

  /** The person types into a cell (parsed as Excel parses typing). */
  type(sheet: string, address: string, input: string | number): void {
    const { top, left } = parseRange(address);
    typed(this.sheet(sheet).ensure(top, left), input);
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(areaAddress).sort();
  }

  /** Adds merged areas (e.g. to exceed the 512 Excel reports at once). */
  addMerges(sheet: string, areas: readonly string[]): void {
    this.sheet(sheet).merges.push(...areas.map(parseRange));
  }

  setFill(sheet: string, address: string, fill: string | null): void {
    const { top, left } = parseRange(address);
    this.sheet(sheet).ensure(top, left).fill = fill;
  }

  addComment(sheet: string, address: string, content: string): void {
    this.sheet(sheet).comments.set(address, { content, replies: [] });
  }

  /** The person writes a note on a cell, or rewrites the one there. */
  setNote(sheet: string, address: string, content: string): void {
    this.sheet(sheet).notes.set(address, { content });
  }
}
