// Realistic forms in any number for the benchmarks: the 19 tables (21 forms) of the seed documents, each copy with
// its own values — amounts scaled by a whole factor (so 总额 = 财政 + 其他 and the other identities still hold),
// target numbers moved within what such targets are (rates stay rates), other project names and units. Deterministic.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parseGridText } = require('../dist-cli/core/grid-text.js');
const { recognize } = require('../dist-cli/core/recognize/index.js');
const { amountEntries } = require('../dist-cli/core/form.js');
const { refKey, withCellTexts } = require('../dist-cli/core/grid.js');

const SEEDS = new URL('../test/fixtures/seeds/', import.meta.url);

const PROJECTS = [
  '社区党群服务中心运行经费',
  '干部教育培训经费',
  '老年人助餐服务经费',
  '垃圾分类宣传推广经费',
  '社区文化活动经费',
  '网格化综合治理经费',
  '志愿服务项目经费',
  '退役军人服务站运行经费',
  '基层党建阵地维护经费',
  '社区卫生健康促进经费',
  '青少年暑期托管服务经费',
  '平安社区建设经费',
];
const UNITS = [
  '上海市奉贤区西渡街道社区党群服务中心',
  '上海市徐汇区田林街道办事处',
  '上海市浦东新区陆家嘴街道社区事务受理服务中心',
  '上海市闵行区江川路街道党建服务中心',
  '上海市静安区南京西路街道办事处',
];
const FACTORS = [1, 2, 3, 5];
const RATES = [80, 85, 90, 95, 98, 100];
const SMALL_RATES = [1, 2, 3, 5];
const COUNT_FACTORS = [0.5, 1, 1.5, 2, 3];

/** Small, fast and seeded: the same forms every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, list) => list[Math.floor(next() * list.length)];

/** `1,217,200.00` × 3 → `3,651,600.00`, in the amount's own spelling (separators, decimals). */
function scaleAmount(text, factor) {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return text;
  const decimals = m[2]?.length ?? 0;
  const fen = BigInt(m[1].replace(/,/g, '') + (m[2] ?? '').padEnd(2, '0').slice(0, 2)) * BigInt(factor);
  const yuan = (fen / 100n).toString();
  const grouped = m[1].includes(',') ? yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : yuan;
  return decimals ? `${grouped}.${(fen % 100n).toString().padStart(2, '0').padEnd(decimals, '0')}` : grouped;
}

/** The first number of a target moved to another realistic value, keeping its operator, unit and decimals. */
function varyTarget(text, next) {
  const m = /(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return text;
  const decimals = m[2]?.length ?? 0;
  const value = Number(m[0]);
  const rate = /%|百分比/.test(text);
  let moved;
  if (rate && value >= 50) moved = value === 100 && /^=/.test(text) ? 100 : pick(next, RATES);
  else if (rate) moved = pick(next, SMALL_RATES);
  else moved = Math.max(1, Math.round(value * pick(next, COUNT_FACTORS)));
  return text.replace(m[0], moved.toFixed(decimals));
}

/** What can vary in one seed table: the cells of its amounts, targets, project names and units. */
function varyingCells(grid) {
  const forms = recognize([grid]);
  const amounts = [];
  const targets = [];
  const names = [];
  const units = [];
  // Only cells holding just the value: `项目名称：党建经费` keeps its label and is left as it is.
  const own = (field) => (field?.cell && !field.labelPrefix ? field.cell : null);
  for (const form of forms) {
    for (const [, amount] of amountEntries(form.funds)) if (amount?.fen != null && own(amount)) amounts.push(amount);
    for (const c of form.funds.components) if (c.amount?.fen != null) amounts.push(c.amount);
    for (const ind of form.indicators) targets.push({ cell: ind.targetCell, text: ind.target });
    if (own(form.fields.projectName)) names.push(form.fields.projectName.cell);
    if (own(form.fields.implementer)) units.push(form.fields.implementer.cell);
  }
  return { forms: forms.length, amounts, targets, names, units };
}

/** Every table of every seed document, with how many forms it holds and what varies in it. */
function seedTables() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.grid'))
    .sort()
    .flatMap((file) => parseGridText(readFileSync(new URL(file, SEEDS), 'utf8')))
    .map((grid) => ({ grid, ...varyingCells(grid) }));
}

function variant(table, next, copy) {
  const factor = pick(next, FACTORS);
  const texts = new Map();
  for (const a of table.amounts) texts.set(refKey(a.cell), scaleAmount(a.text, factor));
  for (const t of table.targets) texts.set(refKey(t.cell), varyTarget(t.text, next));
  for (const cell of table.names) texts.set(refKey(cell), `${pick(next, PROJECTS)}（${copy + 1}）`);
  for (const cell of table.units) texts.set(refKey(cell), pick(next, UNITS));
  return withCellTexts(table.grid, texts);
}

/** A grid as table `index` of its document (cell refs must be unique within a document). */
const numbered = (grid, index) => ({
  ...grid,
  id: `table-${index}`,
  cells: grid.cells.map((c) => ({ ...c, ref: { ...c.ref, table: index } })),
});

/**
 * `count` forms, in documents of up to `perDocument` tables (a 汇总表 table holds two forms). Returns the documents
 * (each a Grid[]) and the number of forms, which is exactly `count`.
 */
export function generateForms(count, { perDocument = 4, seed = 20240501 } = {}) {
  const tables = seedTables();
  const single = tables.filter((t) => t.forms === 1);
  const next = random(seed);
  const documents = [];
  let forms = 0;
  let current = [];
  for (let i = 0; forms < count; i++) {
    let table = tables[i % tables.length];
    if (forms + table.forms > count) table = single[i % single.length];
    current.push(numbered(variant(table, next, i), current.length));
    forms += table.forms;
    if (current.length === perDocument) {
      documents.push(current);
      current = [];
    }
  }
  if (current.length) documents.push(current);
  return { documents, forms };
}
