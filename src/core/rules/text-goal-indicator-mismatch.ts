// a figure promised in the 年度总体目标 text (满意度90%以上, 不少于120次活动) with no indicator, or a different one.
import type { Indicator } from '../form';
import { isSatisfactionName } from '../name-kind';
import { bigrams } from '../suggest/name-match';
import { defineRule } from './rule';

// `满意度为90%以上`, `参与率均在90%以上`, `活动计划完成率100%`: a measure word, a few linking words, a percentage.
const PROMISE =
  /(满意度|知晓率|参与率|覆盖率|完成率|合格率|达标率|出勤率|使用率|到位率|通过率)[^，。；,;：:\d%]{0,8}?(\d+(?:\.\d+)?)\s*[%％]/g;

/** Indicators measuring the same thing: `参与率` matches `基层党建活动参与覆盖率`, `满意度` any 满意 row. */
function matching(indicators: readonly Indicator[], measure: string): Indicator[] {
  const stem = measure.slice(0, -1);
  const suffix = measure.slice(-1);
  return indicators.filter((i) =>
    stem === '满意' ? isSatisfactionName(i.name) : i.name.includes(stem) && i.name.endsWith(suffix),
  );
}

const isPercent = (i: Indicator) => i.value.kind === 'quantitative' && i.value.unit === '%';

// `不少于120次活动`, `1500人次以上`: a count with its unit and the words around it; `3个月内`, `5个工作日` are
// durations, not counts of 个.
const COUNT =
  /([^，。；,;：:\d]{0,6})(\d+(?:\.\d+)?)\s*(人次|次|场|期|篇|课时|学时|家|户|个(?!月|工作日|小时|季度|星期|百分点)|名|人)([^，。；,;：:\d]{0,4})/g;
// An estimate (`约60家左右`, `预计4次`) is no promise to hold an indicator to; a count per session (`每期50人`,
// `每次不少于100人`) is not the year's total an indicator counts.
const ESTIMATE = /约|左右|预计|大概|估计/;
const PER_UNIT = /每|各|平均|人均|单次|单场/;

/** The bigrams a count's sentence shares with an indicator's name: how surely the sentence is about that row. */
function sharedWords(sentence: string, name: string): number {
  const words = new Set(bigrams(sentence.replace(NOT_WORDS, '')));
  return new Set(bigrams(name.replace(NOT_WORDS, '')).filter((w) => words.has(w))).size;
}
const NOT_WORDS = /[\s\p{P}\p{S}\d]/gu;

/**
 * The row a count in the goal is about: of the rows counted in its unit, those whose names share the most words with
 * the sentence (two at least); among them, the one whose target is nearest the count's size (`120次活动` is the
 * 110-activity row, not the 4-activity one about the same 两新 work); null when none stands out. A row with the very
 * number settles it: the goal agrees with the form.
 */
function countedRow(indicators: readonly Indicator[], sentence: string, number: number, unit: string) {
  const counted = indicators.flatMap((i) => (i.value.kind === 'quantitative' && i.value.unit === unit ? [i] : []));
  if (counted.some((i) => i.value.kind === 'quantitative' && i.value.number === number)) return null;
  const words = new Map(counted.map((i) => [i, sharedWords(sentence, i.name)]));
  const most = Math.max(0, ...words.values());
  if (most < 2) return null;
  const distance = (i: Indicator) =>
    i.value.kind === 'quantitative' && i.value.number > 0 && number > 0
      ? Math.abs(Math.log(i.value.number / number))
      : Infinity;
  const [best, next] = counted.filter((i) => words.get(i) === most).sort((a, b) => distance(a) - distance(b));
  return best && distance(best) < Infinity && (!next || distance(next) > distance(best)) ? best : null;
}

export default defineRule(
  {
    id: 'text-goal-indicator-mismatch',
    catalog: ['R-17'],
    severity: 'warning',
    description: { zh: '年度目标中的数值与指标不一致', en: 'Numbers in the annual goal disagree with the indicators' },
    messages: {
      mismatch: {
        zh: '年度总体目标中写的是“{phrase}”，但指标“{name}”的目标值是“{actual}”：目标文字与指标不一致，评审会要求统一。请把两处改成同一数值。',
        en: 'The annual goal says "{phrase}", but the indicator "{name}" has the target "{actual}": goal text and indicators disagree, and reviewers ask for one figure. Make them the same.',
      },
      missing: {
        zh: '年度总体目标中承诺了“{phrase}”，但没有对应的指标：目标中写明的数值应有指标来考核。请增加如“{measure} {op}{number}(%)”的三级指标。',
        en: 'The annual goal promises "{phrase}", but no indicator measures it: every figure promised in the goals should be assessed by an indicator. Add one such as "{measure} {op}{number}(%)".',
      },
    },
  },
  (form, context) => {
    const goal = form.fields.goalAnnual;
    if (!goal?.cell) return;
    const mismatch = (phrase: string, row: Indicator) =>
      context.report({
        messageId: 'mismatch',
        data: { phrase, name: row.name, actual: row.target },
        cell: row.targetCell,
        actual: row.target,
      });
    for (const m of goal.text.matchAll(PROMISE)) {
      const [phrase, measure, numberText] = [m[0], m[1]!, m[2]!];
      // `知晓率较上年提高5%` promises a change, not a level; `提高到85%` is a level again.
      if (/提高|提升|增长|增加|降低|减少|下降/.test(phrase) && !/至|到/.test(phrase)) continue;
      const number = Number(numberText);
      const candidates = matching(form.indicators, measure);
      // The same figure in another unit (`≥90`, `≥90(分)`) agrees with the goal; its unit is target-missing-unit's.
      if (candidates.some((i) => i.value.kind === 'quantitative' && i.value.number === number)) continue;
      // A row for it written otherwise (`0`, `满意`, a count) disagrees; only when there is none is one missing.
      const differing = candidates.find(isPercent) ?? candidates[0];
      if (differing) mismatch(phrase, differing);
      else
        context.report({
          messageId: 'missing',
          data: { phrase, measure, number: numberText, op: Number(numberText) >= 100 ? '=' : '≥' },
          cell: goal.cell,
          actual: phrase,
          severity: 'info',
        });
    }
    for (const sentence of goal.text.split(/[。；;\n]/)) {
      for (const m of sentence.matchAll(COUNT)) {
        const [phrase, , numberText, unit] = [m[0].trim(), m[1]!, m[2]!, m[3]!];
        const clause = sentence
          .slice(0, m.index + m[1]!.length)
          .split(/[，,、：:]/)
          .pop()!;
        if (ESTIMATE.test(phrase) || PER_UNIT.test(clause)) continue;
        const row = countedRow(form.indicators, sentence, Number(numberText), unit);
        if (row) mismatch(phrase, row);
      }
    }
  },
);
