// Indicator suggestions for a form: the dimensions it lacks first, then for its empty rows, then its type's core
// indicators, then 共性 ones.
import type { Level2Name, Library, LibraryIndicator } from '../../library/schema';
import type { Form, Indicator, OpenRow } from '../form';
import type { Dimension, Level2 } from '../levels';
import { blockLevel2, currentLevel2, dimensionOf } from '../levels';
import type { RuleSettings } from '../rule-settings';
import { optionAsSet } from '../rule-settings';
import missingDimension, { costDue } from '../rules/structure-missing-dimension';
import type { Classification } from './classify';
import { classify, COMMON_TYPE, normaliseText } from './classify';
import { bigrams, isNamed, namesOf, sameIndicator } from './name-match';

export type SuggestionKind = 'missing-dimension' | 'open-row' | 'type-core' | 'common';

export interface Suggestion {
  readonly indicator: LibraryIndicator;
  readonly reason: { readonly kind: SuggestionKind; readonly zh: string; readonly en: string };
  /**
   * How well it fits: type fit (0..1) × (1 + how strongly the form's words point at its name, in rare words), two
   * decimals; the list order is the rank.
   */
  readonly score: number;
}

export interface SuggestOptions {
  /** How many suggestions (default 10). */
  readonly limit?: number;
  /** The form's classification when the caller has it already (the pane shows it too). */
  readonly classification?: Classification;
  /** The organisation's review settings: from which year a form lacks a cost indicator, as `check` says it. */
  readonly settings?: RuleSettings | null;
}

export const DEFAULT_SUGGESTIONS = 10;

/** A dimension the form should have (domain-rules §1.5), with the 二级 that fill it and why it matters. */
interface Requirement {
  readonly level2s: readonly Level2Name[];
  readonly present: (coverage: Coverage) => boolean;
  /** How many suggestions fill it: one choice is enough for a dimension, two give the person a choice. */
  readonly take: number;
  readonly zh: string;
  readonly en: string;
}

interface Coverage {
  readonly dimensions: ReadonlySet<Dimension | null>;
  readonly level2s: ReadonlySet<string>;
  /** Forms without a 二级 column (2018) cannot show 数量/质量/时效: an output row is enough there. */
  readonly hasLevel2Column: boolean;
  /** The form is of the year the organisation (or `check`'s default, 2025) asks for a cost indicator from. */
  readonly costDue: boolean;
}

const outputPart = (level2: Level2Name) => (c: Coverage) =>
  c.level2s.has(level2) || (!c.hasLevel2Column && c.dimensions.has('output'));

const REQUIREMENTS: readonly Requirement[] = [
  {
    level2s: ['数量指标'],
    present: outputPart('数量指标'),
    take: 2,
    zh: '产出指标中没有数量指标：产出应写明完成多少（次数、人次、个数）。',
    en: 'No quantity indicator among the outputs: outputs should say how much is delivered.',
  },
  {
    level2s: ['质量指标'],
    present: outputPart('质量指标'),
    take: 2,
    zh: '产出指标中没有质量指标：产出应写明达到什么标准（合格率、达标率）。',
    en: 'No quality indicator among the outputs: outputs should say to what standard.',
  },
  {
    level2s: ['时效指标'],
    present: outputPart('时效指标'),
    take: 2,
    zh: '产出指标中没有时效指标：产出应写明何时完成或多快响应。',
    en: 'No timeliness indicator among the outputs: outputs should say by when or how fast.',
  },
  {
    level2s: ['社会效益指标', '可持续影响指标', '经济效益指标', '生态效益指标'],
    present: (c) => c.dimensions.has('outcome'),
    take: 2,
    zh: '本表没有效益指标：每个项目至少应有一个效益指标，说明项目带来的效果。',
    en: 'No outcome indicator: every project needs at least one, saying what it achieves.',
  },
  {
    level2s: ['服务对象满意度指标'],
    present: (c) => c.dimensions.has('satisfaction'),
    take: 1,
    zh: '本表没有满意度指标：有服务对象的项目都应设置，评审常因此退回。',
    en: 'No satisfaction indicator: any project with recipients should have one; reviewers send forms back for it.',
  },
  {
    level2s: ['经济成本指标'],
    // Only where `check` asks for one (structure-missing-dimension): else the type's cost indicators rank as others.
    present: (c) => c.dimensions.has('cost') || !c.costDue,
    take: 1,
    zh: '本表没有成本指标：上海市级项目自 2025 年起原则上都应设置成本指标。',
    en: 'No cost indicator: Shanghai municipal projects should carry one from 2025.',
  },
];

/** How much the 共性 set counts against a classified type's own indicators (it only ranks among itself). */
const COMMON_FIT = 0.35;
/**
 * Choices offered for an empty row of the indicator table (a template's slot, or a row the person cleared): half the
 * first page. The row under its 二级 is what the person is filling, so that block's indicators are what they are
 * choosing among; one or two would leave them to search the library for it. Each further empty row adds one.
 */
const OPEN_ROW_CHOICES = 5;
/**
 * Relevance is counted in rare words: the weight (idf) of a bigram about 6 of the library's 340 names share is
 * ln(341 / 6) ≈ 4. One such word is added to every candidate's relevance, so that a type's indicator the form's
 * words do not touch still ranks, below those they do.
 */
const RARE_WORD = 4;
/** At most this many suggestions of one 二级 among the type's core ones before the others get a turn. */
const PER_LEVEL2 = 2;
/**
 * Where the form's words come from and how much each counts. Its indicator names say best what kind of indicators
 * it uses; the name and goals speak for a form that has few of them yet (they fade as indicators are added).
 */
const SOURCE_WEIGHT = { indicators: 1, projectName: 0.5, goals: 0.25 } as const;
const FADE_AFTER_INDICATORS = 3;
/** A word's weight in the form saturates: used once is most of the evidence (1 − e^(−weight / this)). */
const WORD_SATURATION = 0.5;

function coverageOf(form: Form, settings: RuleSettings | null): Coverage {
  const costFrom = optionAsSet(missingDimension, 'costFrom', settings);
  return {
    costDue: settings?.rules[missingDimension.meta.id] !== 'off' && costDue(form, costFrom),
    dimensions: new Set(form.indicators.map(dimensionOf)),
    level2s: new Set(form.indicators.map(currentLevel2).filter((l): l is NonNullable<typeof l> => l !== null)),
    hasLevel2Column: form.indicators.some((i) => i.level2Cell !== null),
  };
}

/**
 * The dimensions a form lacks (domain-rules §1.5), each as its suggestions' reason says it before the colon
 * (产出指标中没有质量指标), for a summary of the form whatever its suggestions were (a short list may stop before a
 * lacking dimension's). Cost as `structure-missing-dimension` asks for it (its year, or off); unlike that rule, a
 * form with no indicator yet lacks them all, and the others are listed whatever the organisation set the rule to.
 */
export function lackingDimensions(
  form: Form,
  settings: RuleSettings | null = null,
): { readonly zh: string; readonly en: string }[] {
  const coverage = coverageOf(form, settings);
  const head = (reason: string) => reason.split(/[：:]/)[0]!.trim();
  return REQUIREMENTS.filter((req) => !req.present(coverage)).map((req) => ({ zh: head(req.zh), en: head(req.en) }));
}

/** Words of a text for matching: character bigrams in the classifier's normal form, punctuation dropped. */
function textGrams(text: string): string[] {
  return bigrams(normaliseText(text).replace(/[\s\p{P}\p{S}]/gu, ''));
}

// Inverse document frequency of each bigram over the library's names: 完成 or 满意 tell little, 巡检 or 课件 a lot.
const idfCache = new WeakMap<Library, Map<string, number>>();

function idfOf(library: Library): Map<string, number> {
  let idf = idfCache.get(library);
  if (idf) return idf;
  const df = new Map<string, number>();
  for (const ind of library.indicators) for (const g of new Set(textGrams(ind.name))) df.set(g, (df.get(g) ?? 0) + 1);
  const n = library.indicators.length;
  idf = new Map([...df].map(([g, count]) => [g, Math.log((n + 1) / count)]));
  idfCache.set(library, idf);
  return idf;
}

/** Each bigram of the form's own words, with how strongly the form uses it (0..1). */
function formWords(form: Form): Map<string, number> {
  const { projectName, goalTotal, goalAnnual } = form.fields;
  const fade = 1 / (1 + form.indicators.length / FADE_AFTER_INDICATORS);
  const sources: [string | undefined, number][] = [
    [projectName?.text, SOURCE_WEIGHT.projectName * fade],
    ...[...new Set([goalTotal?.text, goalAnnual?.text])].map((t): [string | undefined, number] => [
      t,
      SOURCE_WEIGHT.goals * fade,
    ]),
    ...form.indicators.map((i): [string, number] => [i.name, SOURCE_WEIGHT.indicators]),
  ];
  const raw = new Map<string, number>();
  for (const [text, weight] of sources)
    if (text) for (const g of new Set(textGrams(text))) raw.set(g, (raw.get(g) ?? 0) + weight);
  return new Map([...raw].map(([g, x]) => [g, 1 - Math.exp(-x / WORD_SATURATION)]));
}

/** How much the form's words point at an indicator, by the best of its names. */
function relevance(
  ind: LibraryIndicator,
  words: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
): number {
  return Math.max(...namesOf(ind).map((name) => nameRelevance(name, words, idf)));
}

/**
 * The form's words projected onto a name, both as idf-weighted bigram vectors: Σ idf² · used / √Σ idf², in rare
 * words. A share of the name (Σ idf · used / Σ idf) gives every name the form's words wholly cover the full 1,
 * however little its words say; with dozens of indicators a form covers every short name of common words
 * (管理人员满意度, 各项工作完成及时性), and those led most seed forms' lists. The projection also weighs what the matched
 * words say, so a name whose rarer words (内刊, 档案, 巡检) the form uses can outrank one it covers with 完成 and 工作.
 */
function nameRelevance(name: string, words: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): number {
  let found = 0;
  let norm = 0;
  for (const g of new Set(textGrams(name))) {
    const w = (idf.get(g) ?? 0) ** 2;
    norm += w;
    found += w * (words.get(g) ?? 0);
  }
  return norm === 0 ? 0 : found / Math.sqrt(norm) / RARE_WORD;
}

interface Candidate {
  readonly indicator: LibraryIndicator;
  readonly isTypeCore: boolean;
  readonly score: number;
}

function hasAlready(indicators: readonly Indicator[], ind: LibraryIndicator): boolean {
  return indicators.some((i) => isNamed(ind, i.name));
}

/** Best first, but no 二级 more than PER_LEVEL2 times before every other 二级 had its turn (a list, not a block). */
function spreadOverLevel2(sorted: readonly Candidate[]): Candidate[] {
  const seen = new Map<string, number>();
  const first: Candidate[] = [];
  const later: Candidate[] = [];
  for (const c of sorted) {
    const n = seen.get(c.indicator.level2) ?? 0;
    (n < PER_LEVEL2 ? first : later).push(c);
    seen.set(c.indicator.level2, n + 1);
  }
  return [...first, ...later];
}

/**
 * How well an indicator's types fit the form: each type it is filed under is a separate reason to offer it, so the
 * fits combine like chances (1 − Π(1 − fit)). An indicator both 党建 and 宣传 forms use fits a form that is both
 * better than one only 党建 forms use; 成本控制率, 共性 and used by 运维 forms, ranks among a 运维 form's own
 * indicators (a little ahead of them, other things equal) rather than after them with the rest of the 共性 set.
 */
function fitOf(indicator: LibraryIndicator, fitByType: ReadonlyMap<string, number>): number {
  const misfit = indicator.types.reduce(
    (product, t) => product * (1 - (fitByType.get(t) ?? (t === COMMON_TYPE ? COMMON_FIT : 0))),
    1,
  );
  return 1 - misfit;
}

function candidatesFor(form: Form, library: Library, classification: Classification): Candidate[] {
  const fitByType = new Map<string, number>(classification.types.map((t) => [t.id, t.confidence]));
  const idf = idfOf(library);
  const words = formWords(form);
  const candidates: Candidate[] = [];
  for (const indicator of library.indicators) {
    const typeFit = fitOf(indicator, fitByType);
    if (typeFit === 0 || hasAlready(form.indicators, indicator)) continue;
    candidates.push({
      indicator,
      isTypeCore: indicator.types.some((t) => fitByType.has(t)),
      score: typeFit * (1 + relevance(indicator, words, idf)),
    });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/** The empty rows of one 二级 block, and how many choices to offer for them. */
interface OpenBlock {
  readonly level2: Level2;
  readonly label: string;
  choices: number;
}

/**
 * The form's empty indicator rows by 二级, in the form's order. Only rows whose 二级 the form names are offered for:
 * 插入 fills just those (`planInsert`); a row with a blank or unknown 二级, and a 2018 form's rows (their 一级 only),
 * would get a new row elsewhere while theirs stayed empty.
 */
function openBlocks(openRows: readonly OpenRow[]): OpenBlock[] {
  const blocks = new Map<Level2, OpenBlock>();
  for (const row of [...openRows].sort((a, b) => a.row - b.row)) {
    const level2 = blockLevel2(row);
    if (level2 === null) continue;
    const block = blocks.get(level2);
    if (block) block.choices++;
    else blocks.set(level2, { level2, label: row.level2!, choices: OPEN_ROW_CHOICES });
  }
  return [...blocks.values()];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Suggestions for one form, in four kinds: indicators for the dimensions it lacks (domain-rules §1.5), then for the
 * 二级 blocks where it has empty rows (a template's slots, or a row whose indicator the person cleared), then the
 * classified types' indicators it does not have yet, then the 共性 set; never one it already has under another
 * spelling or under one of its aliases (`isNamed`). Within a kind, indicators whose wording the form itself uses
 * come first.
 */
export function suggestIndicators(form: Form, library: Library, options: SuggestOptions = {}): Suggestion[] {
  const limit = options.limit ?? DEFAULT_SUGGESTIONS;
  const classification = options.classification ?? classify(form, library);
  const candidates = candidatesFor(form, library, classification);
  const chosen: Suggestion[] = [];
  const taken = (ind: LibraryIndicator) => chosen.some((s) => sameIndicator(s.indicator, ind));
  const add = (c: Candidate, reason: Suggestion['reason']) => {
    if (chosen.length < limit && !taken(c.indicator))
      chosen.push({ indicator: c.indicator, reason, score: round(c.score) });
  };
  const coverage = coverageOf(form, options.settings ?? null);
  for (const req of REQUIREMENTS) {
    if (req.present(coverage)) continue;
    const fitting = candidates.filter((c) => req.level2s.includes(c.indicator.level2) && !taken(c.indicator));
    for (const c of fitting.slice(0, req.take)) add(c, { kind: 'missing-dimension', zh: req.zh, en: req.en });
  }
  // An empty row's choices count those its 二级 got as a missing dimension. Turn by turn, a block gets one more
  // while it has no more than the turn's number, so every empty row's 二级 gets one before any gets another.
  const blocks = openBlocks(form.openRows);
  const offered = (block: OpenBlock) => chosen.filter((s) => s.indicator.level2 === block.level2).length;
  for (let turn = 0; turn < Math.max(0, ...blocks.map((b) => b.choices)); turn++)
    for (const block of blocks) {
      if (offered(block) > turn || offered(block) >= block.choices) continue;
      const next = candidates.find((c) => c.indicator.level2 === block.level2 && !taken(c.indicator));
      if (next)
        add(next, {
          kind: 'open-row',
          zh: `“${block.label}”下有空行，可填入此指标。`,
          en: `There is an empty row under ${block.label}: this indicator can fill it.`,
        });
    }
  for (const c of spreadOverLevel2(candidates.filter((c) => c.isTypeCore))) {
    const types = classification.types.filter((t) => c.indicator.types.includes(t.id));
    add(c, {
      kind: 'type-core',
      zh: `${types.map((t) => t.label).join('、')}项目的常用指标，本表尚未设置。`,
      en: `A core indicator of ${types.map((t) => t.labelEn).join(' and ')} projects that this form does not have yet.`,
    });
  }
  for (const c of candidates.filter((c) => !c.isTypeCore))
    add(c, {
      kind: 'common',
      zh: '各类项目通用的共性指标。',
      en: 'A common indicator that fits every type of project.',
    });
  return chosen;
}
