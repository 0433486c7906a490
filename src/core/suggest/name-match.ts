// Fuzzy matching of 三级 names: the same indicator written another way (培训完成率 ≈ 培训完成情况) is one indicator.

/** Measure-word endings that change the wording, not the thing measured (R-10: …及时性 vs …及时率). */
const MEASURE_SUFFIX = /(情况|数量|次数|程度|率|性|度|数|(?<![质流能容重力])量)$/;
// Linking words (课程设计和设置 ≈ 课程设计、设置), except inside words: 及时, 及格, 目的, 和谐; 与 stays (参与).
const LINKING = /(?<!以)及(?![时格])|(?<!目)的(?!确)|和(?![谐平])/g;
const BRACKETED = /[(（[【〔][^()（）[\]【】〔〕]*[)）\]】〕]/g;
// Punctuation, brackets, quotes, spaces and the 是否 of yes/no indicators (是否支持… ≈ 支持…).
const NOISE = /[\s\p{P}\p{S}]|^是否/gu;

/** A shorter name read into a longer one with words inserted (参训人数 → 参训人员数量) is the same indicator when it
 * keeps this share of the longer name's characters; below it the insertions change the subject (活动完成率 vs
 * 大型活动完成及时率). */
export const SAME_NAME_COVERAGE = 0.6;
/** Names that differ by a substitution are different things (大型/小型活动场次, 两新/区域化党建活动) unless nearly
 * identical by character bigrams (Sørensen–Dice). */
export const SAME_NAME_DICE = 0.9;
/** Inserted words that change what is measured: a negation (非工作日…), or another measure (学习学时完成及时率 is the
 * timeliness of 学习学时完成率, 设施维修质量达标率 the quality of 设施维修, 采购计划完成时间 the date of 采购计划完成率,
 * 活动参与人次 a head count where 活动参与率 is a share). */
const MEASURE_CHANGING = /^[非不未无]|及时|质量|满意|覆盖|知晓|合格|达标|出勤|参与|安全|故障|投诉|成本|时间|年限|人次/;
/** Below this many characters a key is too generic to be found inside another (满意, 完成). */
const MIN_CORE = 3;

/** Suffixes that make a name a count (事业单位审计数): counting something is not completing it (…审计完成). */
const COUNT_SUFFIX = /^(数量|次数|数|量)$/;

interface Key {
  readonly text: string;
  readonly isCount: boolean;
}

function keyOf(name: string, keepBracketed: boolean): Key {
  let text = name.normalize('NFKC').toLowerCase();
  if (!keepBracketed) text = text.replace(BRACKETED, '');
  text = text.replace(NOISE, '').replace(LINKING, '');
  const suffix = MEASURE_SUFFIX.exec(text)?.[0] ?? '';
  const stripped = text.slice(0, text.length - suffix.length);
  // A name that is nothing but a measure word (满意度, 数量) keeps it.
  return stripped.length >= 2 ? { text: stripped, isCount: COUNT_SUFFIX.test(suffix) } : { text, isCount: false };
}

/** The comparable core of a name: NFKC, lower case, no punctuation, 是否 or linking words, no measure suffix. */
export function nameKey(name: string, { keepBracketed = true } = {}): string {
  return keyOf(name, keepBracketed).text;
}

/** Character bigrams of a text (a single character is its own gram). */
export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Sørensen–Dice coefficient of two bigram multisets, 0..1. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const g of a) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of b) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * The runs of characters `long` adds to `short` when `short` reads in it with characters only inserted, never
 * replaced (参训人 in 参训人员 → ['员']); null when it does not.
 */
function insertions(short: readonly string[], long: readonly string[]): string[] | null {
  const runs: string[] = [];
  let run = '';
  let i = 0;
  for (const ch of long) {
    if (i < short.length && ch === short[i]) {
      i++;
      if (run) runs.push(run);
      run = '';
    } else run += ch;
  }
  if (run) runs.push(run);
  return i === short.length ? runs : null;
}

// Suggestions compare every library name with every name of a form: keys are worth remembering (bounded).
const variantCache = new Map<string, Key[]>();
const VARIANT_CACHE_SIZE = 5000;

function keyVariants(name: string): Key[] {
  let variants = variantCache.get(name);
  if (variants) return variants;
  const full = keyOf(name, true);
  const bare = keyOf(name, false);
  variants = bare.text === full.text || bare.text === '' ? [full] : [full, bare];
  if (variantCache.size >= VARIANT_CACHE_SIZE) variantCache.clear();
  variantCache.set(name, variants);
  return variants;
}

function sameKey(ka: Key, kb: Key): boolean {
  if (ka.text === kb.text) return true;
  const [a, b] = [[...ka.text], [...kb.text]];
  const [short, long, shortKey] = a.length <= b.length ? [a, b, ka] : [b, a, kb];
  const added = short.length >= MIN_CORE ? insertions(short, long) : null;
  if (added) {
    if (added.some((run) => MEASURE_CHANGING.test(run))) return false;
    if (shortKey.isCount && added.some((run) => run.includes('完成'))) return false;
    // Chinese puts qualifiers first and the head last: `X + name` is a narrower `name` (平台运维服务完成率).
    const qualified = long.slice(long.length - short.length).join('') === short.join('');
    return qualified || short.length / long.length >= SAME_NAME_COVERAGE;
  }
  return dice(bigrams(ka.text), bigrams(kb.text)) >= SAME_NAME_DICE;
}

/** Whether two 三级 names are the same indicator under different spellings. */
export function sameIndicatorName(a: string, b: string): boolean {
  const va = keyVariants(a);
  const vb = keyVariants(b);
  return va.some((ka) => vb.some((kb) => sameKey(ka, kb)));
}

/** A library indicator as far as names go: the name a reviewer expects, and other names forms write for it. */
export interface Named {
  readonly name: string;
  readonly aliases?: readonly string[];
}

/** Its name first, then its aliases. */
export function namesOf(indicator: Named): readonly string[] {
  return indicator.aliases?.length ? [indicator.name, ...indicator.aliases] : [indicator.name];
}

/**
 * Whether a form's 三级 name is this library indicator: its name or one of its aliases, under any spelling. Aliases
 * carry what spelling cannot (平台日常维护工作完成率 is the 运维服务完成率 of another year's form).
 */
export function isNamed(indicator: Named, name: string): boolean {
  return namesOf(indicator).some((n) => sameIndicatorName(n, name));
}

/** Whether two library indicators are one indicator: some name of one is a name of the other. */
export function sameIndicator(a: Named, b: Named): boolean {
  return namesOf(a).some((n) => isNamed(b, n));
}

/** Graded likeness of two names for ranking, 0..1: bigram Dice of their keys. */
export function nameSimilarity(a: string, b: string): number {
  return dice(bigrams(nameKey(a)), bigrams(nameKey(b)));
}
