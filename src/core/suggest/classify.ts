// Project-type classifier: which of the library's types a form is (运维, 培训 …), from the words it is written in.
import type { Library, ProjectType } from '../../library/schema';
import type { Form } from '../form';

/** Where a deciding word was found. */
export type EvidenceSource = 'projectName' | 'nature' | 'category' | 'fundUse' | 'goal' | 'indicators';

export interface Evidence {
  readonly word: string;
  readonly where: EvidenceSource;
  /** Occurrences in that field. */
  readonly count: number;
  /** What it added to the type's score. */
  readonly weight: number;
}

export interface TypeMatch {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  /** 0..1, two decimals. */
  readonly confidence: number;
  /** The deciding words with where they were found, strongest first: `运维（项目名称）`. */
  readonly words: readonly string[];
  readonly evidence: readonly Evidence[];
}

/** Best first; empty when nothing fits well enough. At most two: a form may fit two types (信息化运维 + 政府购买服务). */
export interface Classification {
  readonly types: readonly TypeMatch[];
}

export const SOURCE_LABELS: Readonly<Record<EvidenceSource, { zh: string; en: string }>> = {
  projectName: { zh: '项目名称', en: 'project name' },
  nature: { zh: '项目性质', en: 'project nature' },
  category: { zh: '项目类别', en: 'project category' },
  fundUse: { zh: '资金用途', en: 'use of funds' },
  goal: { zh: '绩效目标', en: 'goals' },
  indicators: { zh: '指标名称', en: 'indicator names' },
};

/**
 * How much a word counts by where it stands. The name says what the project is; a ticked 资金用途 (2018) is the
 * applicant's own classification; goals describe it at length; indicator names are many and mostly generic.
 */
const FIELD_WEIGHT: Readonly<Record<EvidenceSource, number>> = {
  projectName: 3,
  fundUse: 3,
  nature: 1,
  category: 1,
  goal: 1,
  indicators: 0.5,
};
/**
 * A long goal or a long list of indicators names its audience again and again (党员, 党组织 in a platform's 运维
 * form): a field's evidence for one type saturates at this many times its weight, so it cannot outvote the name.
 */
const FIELD_CAP = 2;
/** Chinese names put the head last (组织部弱电会议系统（运维） is 运维 of a meeting system): earlier words qualify it. */
const NAME_QUALIFIER_FACTOR = 0.6;
/** A word naming what a system or platform serves (党建平台, 会议系统) describes the object, not the work paid for. */
const OBJECT_AFTER = /^(系统|平台|网络|网站|软件|终端)/;
const OBJECT_FACTOR = 0.4;
/** Keywords are listed strongest first; the last counts this much of the first. */
const LAST_KEYWORD_WEIGHT = 0.5;
/** Score at which confidence reaches 1 − 1/e before sharing with rival types. */
const SCORE_SCALE = 3;
export const MIN_CONFIDENCE = 0.25;
/** A second type is returned when its score is at least this share of the first one's. */
const SECOND_TYPE_SHARE = 0.5;
/** The 共性 set applies to every type: it is never a classification. */
export const COMMON_TYPE = 'common';

interface Keyword {
  /** As matched (normalised: 党的建设 → 党建设). */
  readonly word: string;
  /** As the library writes it, for people. */
  readonly written: string;
  /** Type id → weight of the word for that type (by its rank in the type's list). */
  readonly types: ReadonlyMap<string, number>;
}

const keywordCache = new WeakMap<Library, readonly Keyword[]>();

function keywordsOf(library: Library): readonly Keyword[] {
  let keywords = keywordCache.get(library);
  if (keywords) return keywords;
  const byWord = new Map<string, Map<string, number>>();
  const written = new Map<string, string>();
  for (const type of library.types) {
    if (type.id === COMMON_TYPE) continue;
    type.keywords.forEach((raw, rank) => {
      const word = normaliseText(raw);
      if (word === '') return;
      const weight = 1 - (LAST_KEYWORD_WEIGHT * rank) / Math.max(1, type.keywords.length - 1);
      if (!written.has(word)) written.set(word, raw.trim());
      const types = byWord.get(word) ?? new Map<string, number>();
      types.set(type.id, Math.max(types.get(type.id) ?? 0, weight));
      byWord.set(word, types);
    });
  }
  // Longest first, so that 信息化运维 is taken before 运维 where both would match.
  keywords = [...byWord]
    .map(([word, types]) => ({ word, written: written.get(word) ?? word, types }))
    .sort((a, b) => b.word.length - a.word.length);
  keywordCache.set(library, keywords);
  return keywords;
}

/** Matching text: NFKC, no markup from system exports, no 的 (党的建设 is 党建设, which holds 党建). */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/<[^>]*>/g, ' ')
    .replace(/的/g, '')
    .toLowerCase();
}

interface Occurrence {
  readonly keyword: Keyword;
  readonly start: number;
  readonly end: number;
  readonly factor: number;
}

/** Keyword occurrences, longest match first and never overlapping; negated ones (非信息化项目) are dropped. */
function occurrences(text: string, keywords: readonly Keyword[]): Occurrence[] {
  const taken: Occurrence[] = [];
  for (const keyword of keywords) {
    for (let at = text.indexOf(keyword.word); at >= 0; at = text.indexOf(keyword.word, at + 1)) {
      const end = at + keyword.word.length;
      if (taken.some((o) => at < o.end && end > o.start)) continue;
      if (text[at - 1] === '非') continue;
      taken.push({ keyword, start: at, end, factor: OBJECT_AFTER.test(text.slice(end)) ? OBJECT_FACTOR : 1 });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

interface Source {
  readonly where: EvidenceSource;
  readonly text: string;
}

function sourcesOf(form: Form): Source[] {
  const { projectName, nature, category, fundUse, goalTotal, goalAnnual } = form.fields;
  const goals = [...new Set([goalTotal?.text, goalAnnual?.text].filter((t): t is string => Boolean(t)))];
  return [
    { where: 'projectName', text: projectName?.text ?? '' },
    { where: 'nature', text: nature?.text ?? '' },
    { where: 'category', text: category?.text ?? '' },
    { where: 'fundUse', text: fundUse?.text ?? '' },
    { where: 'goal', text: goals.join('\n') },
    // One name per line, so that no word is read across two names.
    { where: 'indicators', text: form.indicators.map((i) => i.name).join('\n') },
  ];
}

interface Tally {
  score: number;
  evidence: Evidence[];
}

function tally(form: Form, library: Library): Map<string, Tally> {
  const keywords = keywordsOf(library);
  const tallies = new Map<string, Tally>();
  for (const source of sourcesOf(form)) {
    const found = occurrences(normaliseText(source.text), keywords);
    const head = source.where === 'projectName' ? found[found.length - 1] : undefined;
    // Per word: its occurrences, and the strongest position it was found in.
    const perWord = new Map<Keyword, { count: number; factor: number }>();
    for (const o of found) {
      const factor = o.factor * (head && o !== head ? NAME_QUALIFIER_FACTOR : 1);
      const entry = perWord.get(o.keyword);
      perWord.set(o.keyword, { count: (entry?.count ?? 0) + 1, factor: Math.max(entry?.factor ?? 0, factor) });
    }
    const raw = new Map<string, Evidence[]>();
    for (const [keyword, { count, factor }] of perWord) {
      // Repetition adds evidence, with diminishing returns (a long goal repeats its theme).
      const repeat = 1 + Math.log2(count);
      for (const [typeId, rankWeight] of keyword.types) {
        const list = raw.get(typeId) ?? [];
        list.push({ word: keyword.written, where: source.where, count, weight: rankWeight * factor * repeat });
        raw.set(typeId, list);
      }
    }
    for (const [typeId, list] of raw) {
      const sum = list.reduce((n, e) => n + e.weight, 0);
      const score = FIELD_WEIGHT[source.where] * FIELD_CAP * (1 - Math.exp(-sum / FIELD_CAP));
      const t = tallies.get(typeId) ?? { score: 0, evidence: [] };
      t.score += score;
      // Each word's share of the field's (saturated) score.
      for (const e of list) t.evidence.push({ ...e, weight: round((score * e.weight) / sum) });
      tallies.set(typeId, t);
    }
  }
  return tallies;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The word and where it was found, as the pane and the CLI show it: `运维（项目名称）`. */
export function evidenceText(e: Evidence, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return lang === 'en' ? `${e.word} (${SOURCE_LABELS[e.where].en})` : `${e.word}（${SOURCE_LABELS[e.where].zh}）`;
}

/** Which of the library's project types the form is, best first, with the words that decided it. */
export function classify(form: Form, library: Library): Classification {
  const tallies = [...tally(form, library)].filter(([, t]) => t.score > 0).sort((a, b) => b[1].score - a[1].score);
  const total = tallies.reduce((sum, [, t]) => sum + t.score, 0);
  const best = tallies[0]?.[1].score ?? 0;
  const typeById = new Map<string, ProjectType>(library.types.map((t) => [t.id, t]));
  const types: TypeMatch[] = [];
  for (const [id, t] of tallies.slice(0, 2)) {
    // Strength of the evidence, shared with rival types: a form that reads as three types is none of them for sure.
    const confidence = round((1 - Math.exp(-t.score / SCORE_SCALE)) * Math.sqrt(t.score / total));
    if (confidence < MIN_CONFIDENCE) break;
    if (types.length > 0 && t.score < SECOND_TYPE_SHARE * best) break;
    const type = typeById.get(id)!;
    const evidence = [...t.evidence].sort((a, b) => b.weight - a.weight);
    types.push({
      id,
      label: type.label,
      labelEn: type.labelEn,
      confidence,
      words: evidence.map((e) => evidenceText(e)),
      evidence,
    });
  }
  return { types };
}

/** A type's name as compared: NFKC, lower case, no spaces, stars or bracketed notes, no trailing 类. */
function typeKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*＊]|\([^()]*\)/g, '')
    .toLowerCase()
    .replace(/类$/, '');
}

/** The ways a person may name a type: its id, its label with or without 类, each half of 宣传/出版, its English label. */
function namesOfType(type: ProjectType): string[] {
  const label = typeKey(type.label);
  return [typeKey(type.id), label, ...label.split('/'), typeKey(type.labelEn)];
}

/**
 * The project type a person named (`training`, `培训类`, `培训`, `宣传`, `Training`), for `--type` and the 类型
 * column of an organisation's .xlsx library; null when none is. The 共性 set is a type only where `includeCommon`.
 */
export function findProjectType(
  types: readonly ProjectType[],
  name: string,
  { includeCommon = false } = {},
): ProjectType | null {
  const wanted = typeKey(name);
  if (wanted === '') return null;
  return types.find((t) => (includeCommon || t.id !== COMMON_TYPE) && namesOfType(t).includes(wanted)) ?? null;
}

/**
 * The types a person chose in place of the classifier's reading (a project of a kind the words do not show, or a
 * form read as the wrong kind): each at full confidence, decided by no words.
 */
export function chosenClassification(types: readonly ProjectType[]): Classification {
  return {
    types: types
      .filter((t) => t.id !== COMMON_TYPE)
      .map((t) => ({ id: t.id, label: t.label, labelEn: t.labelEn, confidence: 1, words: [], evidence: [] })),
  };
}
