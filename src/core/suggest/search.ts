// Library search: Chinese words (substring, then character bigrams) and pinyin initials (xtkyl → 系统可用率), over
// names, aliases, keywords and definitions.
import type { LibraryIndicator, Library } from '../../library/schema';
import { bigrams } from './name-match';
import { pinyinInitials } from './pinyin';

export interface SearchFilter {
  /** A project type id; `common` gives the 共性 set. */
  readonly type?: string;
  readonly level1?: string;
  readonly level2?: string;
}

interface Entry {
  readonly indicator: LibraryIndicator;
  readonly order: number;
  readonly name: string;
  /** Other names forms write for it (平台日常维护工作完成率 finds 运维服务完成率). */
  readonly aliases: readonly string[];
  readonly keywords: readonly string[];
  readonly definition: string;
  readonly initials: string;
  readonly keywordInitials: readonly string[];
  readonly grams: ReadonlySet<string>;
}

export interface SearchIndex {
  readonly library: Library;
  readonly entries: readonly Entry[];
}

/** Search text: NFKC, lower case, no punctuation or spaces (`“两新”党组织` → `两新党组织`). */
function searchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Precomputes normalised names, keywords, initials and bigrams: a query then only compares strings. */
export function buildSearchIndex(library: Library): SearchIndex {
  const entries = library.indicators.map((indicator, order): Entry => {
    const name = searchText(indicator.name);
    const aliases = (indicator.aliases ?? []).map(searchText);
    const keywords = indicator.keywords.map(searchText).filter((k) => k !== '');
    return {
      indicator,
      order,
      name,
      aliases,
      keywords,
      definition: searchText(indicator.definition),
      initials: pinyinInitials(indicator.name),
      keywordInitials: [...(indicator.aliases ?? []), ...indicator.keywords].map(pinyinInitials),
      grams: new Set([name, ...aliases, ...keywords].flatMap(bigrams)),
    };
  });
  return { library, entries };
}

// Points per kind of match; a query of several words adds up the points of each word.
const SCORE = {
  nameExact: 10,
  namePrefix: 8,
  nameContains: 6,
  aliasExact: 9,
  aliasContains: 5,
  keywordExact: 5,
  keywordContains: 4,
  initialsPrefix: 6,
  initialsContains: 4,
  keywordInitialsPrefix: 3,
  definition: 2,
  /** Times the share of the word's bigrams found in the name and keywords (one typo still finds it). */
  bigrams: 3,
} as const;
/** Share of a word's bigrams that must be found for a fuzzy hit. */
const MIN_BIGRAM_SHARE = 0.5;

/** Initials queries are letters, with the digits a name may hold (卫生脏乱超过1小时未清理次数 → wszlcg1xswqlcs). */
const PINYIN_QUERY = /^(?=.*[a-z])[a-z0-9]+$/;

function wordScore(entry: Entry, word: string): number {
  if (entry.name === word) return SCORE.nameExact;
  if (entry.name.startsWith(word)) return SCORE.namePrefix;
  if (entry.name.includes(word)) return SCORE.nameContains;
  if (entry.aliases.includes(word)) return SCORE.aliasExact;
  if (entry.aliases.some((a) => a.includes(word))) return SCORE.aliasContains;
  if (PINYIN_QUERY.test(word)) {
    if (entry.initials.startsWith(word)) return SCORE.initialsPrefix;
    if (entry.initials.includes(word)) return SCORE.initialsContains;
    if (entry.keywordInitials.some((k) => k.startsWith(word))) return SCORE.keywordInitialsPrefix;
  }
  if (entry.keywords.includes(word)) return SCORE.keywordExact;
  if (entry.keywords.some((k) => k.includes(word) || (k.length >= 2 && word.includes(k)))) return SCORE.keywordContains;
  if (entry.definition.includes(word)) return SCORE.definition;
  const grams = bigrams(word);
  if (grams.length < 2) return 0;
  const share = grams.filter((g) => entry.grams.has(g)).length / grams.length;
  return share >= MIN_BIGRAM_SHARE ? SCORE.bigrams * share : 0;
}

function passes(indicator: LibraryIndicator, filter: SearchFilter): boolean {
  return (
    (filter.type === undefined || indicator.types.includes(filter.type)) &&
    (filter.level1 === undefined || indicator.level1 === filter.level1) &&
    (filter.level2 === undefined || indicator.level2 === filter.level2)
  );
}

/**
 * Indicators matching every word of the query (words split at spaces), best first; an empty query lists the
 * filtered library in its own order, which is how the pane browses by type and dimension.
 */
export function searchLibrary(index: SearchIndex, query: string, filter: SearchFilter = {}): LibraryIndicator[] {
  const words = query
    .split(/\s+/)
    .map(searchText)
    .filter((w) => w !== '');
  if (words.length === 0) return index.entries.filter((e) => passes(e.indicator, filter)).map((e) => e.indicator);
  const hits: { entry: Entry; score: number }[] = [];
  for (const entry of index.entries) {
    if (!passes(entry.indicator, filter)) continue;
    let score = 0;
    for (const word of words) {
      const s = wordScore(entry, word);
      if (s === 0) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score >= 0) hits.push({ entry, score });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.name.length - b.entry.name.length || a.entry.order - b.entry.order);
  return hits.map((h) => h.entry.indicator);
}
