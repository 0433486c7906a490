// a percentage promised in the 年度总体目标 text (满意度90%以上) with no indicator, or a different one.
import type { Indicator } from '../form';
import { isSatisfactionName } from '../name-kind';
import { defineRule } from './rule';

// `满意度为90%以上`, `参与率均在90%以上`, `活动计划完成率100%`: a measure word, a few linking words, a percentage.
const PROMISE =
  /(满意度|知晓率|参与率|覆盖率|完成率|合格率|达标率|出勤率|使用率|到位率|通过率)[^，。；,;：:\d%]{0,8}?(\d+(?:\.\d+)?)\s*[%％]/g;

/** Indicators measuring the same thing: `参与率` matches `基层党建活动参与覆盖率`, `满意度` any 满意 row. */
function matching(indicators: readonly Indicator[], measure: string): Indicator[] {
  const stem = measure.slice(0, -1);
  const suffix = measure.slice(-1);
  return indicators.filter(
    (i) =>
      i.value.kind === 'quantitative' &&
      i.value.unit === '%' &&
      (stem === '满意' ? isSatisfactionName(i.name) : i.name.includes(stem) && i.name.endsWith(suffix)),
  );
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
    for (const m of goal.text.matchAll(PROMISE)) {
      const [phrase, measure, numberText] = [m[0], m[1]!, m[2]!];
      // `知晓率较上年提高5%` promises a change, not a level; `提高到85%` is a level again.
      if (/提高|提升|增长|增加|降低|减少|下降/.test(phrase) && !/至|到/.test(phrase)) continue;
      const number = Number(numberText);
      const candidates = matching(form.indicators, measure);
      if (candidates.some((i) => i.value.kind === 'quantitative' && i.value.number === number)) continue;
      const differing = candidates[0];
      if (differing)
        context.report({
          messageId: 'mismatch',
          data: { phrase, name: differing.name, actual: differing.target },
          cell: differing.targetCell,
          actual: differing.target,
        });
      else
        context.report({
          messageId: 'missing',
          data: { phrase, measure, number: numberText, op: Number(numberText) >= 100 ? '=' : '≥' },
          cell: goal.cell,
          actual: phrase,
          severity: 'info',
        });
    }
  },
);
