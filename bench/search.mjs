// npm run bench:search — milliseconds per library search (the pane's 指标库 browser searches on every keystroke)
// over the bundled library: mean, p95 and max over a few thousand queries of every kind a person types (whole
// names, fragments, keywords, pinyin initials, typos, several words, misses), half of them with a filter.
// Prints numbers; it is not a test. The budget is "well under 10 ms" per query (issue 5).
import { cpus } from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { bundledLibrary } = require('../dist-cli/library/bundled.js');
const { buildSearchIndex, searchLibrary } = require('../dist-cli/core/suggest/search.js');
const { pinyinInitials } = require('../dist-cli/core/suggest/pinyin.js');

const QUERIES = Number(process.env.QUERIES ?? 4000);

// A fixed-seed generator, so that every run times the same queries.
let seed = 20240501;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const slice = (text, length) => {
  const chars = [...text];
  const from = Math.floor(random() * Math.max(1, chars.length - length));
  return chars.slice(from, from + length).join('');
};

const library = bundledLibrary();
const started = process.hrtime.bigint();
const index = buildSearchIndex(library);
const indexMs = Number(process.hrtime.bigint() - started) / 1e6;

const makers = [
  (ind) => ind.name,
  (ind) => slice(ind.name, 2),
  (ind) => slice(ind.name, 3 + Math.floor(random() * 3)),
  (ind) => pick(ind.keywords.length ? ind.keywords : [ind.name]),
  (ind) => pinyinInitials(ind.name),
  (ind) => pinyinInitials(ind.name).slice(0, 3),
  (ind) => [...ind.name].map((ch, i) => (i === 1 ? '某' : ch)).join(''), // a typo
  (ind) => `${slice(ind.name, 2)} ${slice(ind.definition, 2)}`,
  () => pick(['财务审计', 'zzz', '不存在的指标名称', '12345']),
];
const filters = [{}, { type: pick(library.types).id }, { level1: '产出指标' }, { level2: '服务对象满意度指标' }];
const queries = Array.from({ length: QUERIES }, () => ({
  text: pick(makers)(pick(library.indicators)),
  filter: random() < 0.5 ? {} : pick(filters),
}));

for (const q of queries.slice(0, 200)) searchLibrary(index, q.text, q.filter); // warm-up

const times = [];
let found = 0;
for (const q of queries) {
  const t0 = process.hrtime.bigint();
  const results = searchLibrary(index, q.text, q.filter);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (results.length > 0) found++;
}
times.sort((a, b) => a - b);
const mean = times.reduce((s, t) => s + t, 0) / times.length;
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}`);
console.log(
  `library: ${library.indicators.length} indicators, ${library.types.length} types; index built in ${indexMs.toFixed(1)} ms`,
);
console.log(`queries: ${times.length} (${found} with results)`);
console.log(
  `ms per query: mean ${mean.toFixed(3)}, median ${at(0.5).toFixed(3)}, p95 ${at(0.95).toFixed(3)}, max ${times.at(-1).toFixed(3)}`,
);
