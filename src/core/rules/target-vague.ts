// direction-only wording (提升, 增长, 进一步加强) or words where a rate/count needs a number.
import { currentLevel2, dimensionOf } from '../levels';
import { isCountName, isRateName, isSatisfactionName, mentionsTime, unitImpliedBy } from '../name-kind';
import { defineRule } from './rule';

// 成本控制率 = 控制在预算内 is the standard cost row of the 2024 district forms.
const BUDGET_WORDS = /预算|成本/;

export default defineRule(
  {
    id: 'target-vague',
    catalog: ['R-03'],
    severity: 'warning',
    description: { zh: '指标值模糊，无法考核', en: 'Vague target that cannot be assessed' },
    messages: {
      vague: {
        zh: '“{name}”的目标值“{actual}”只说了方向，没有基准和幅度：年底无法判断是否达成，评审称之为“模糊化”表述。请写成可考核的数值，如“≥10(%)”（比上年增长比例）或具体数量。',
        en: 'The target "{actual}" of "{name}" gives only a direction, with no baseline or size: nobody can tell at year end whether it was met (reviewers call this 模糊化). Write a measurable value, e.g. "≥10(%)" growth over last year, or a number.',
      },
      vagueLasting: {
        zh: '“{name}”的目标值“{actual}”只说了方向：可持续影响指标通常用文字表述，但要写出年底可核实的状态，评审称只说方向的为“模糊化”表述。请写成如“建立健全”“长期持续发挥作用”“形成品牌 ≥1(个)”。',
        en: 'The target "{actual}" of "{name}" gives only a direction: lasting-impact indicators are usually words, but words that state something checkable at year end (reviewers call direction-only wording 模糊化). Write e.g. "建立健全" (set up and complete), "长期持续发挥作用" (in lasting use), or "形成品牌 ≥1(个)".',
      },
      notQuantified: {
        zh: '“{name}”是比率或数量指标，目标值却是文字“{actual}”：比率和数量应该用数值考核。请写成数值和单位，如“{example}”。',
        en: '"{name}" is a rate or a count, but its target is the words "{actual}": rates and counts are assessed by numbers. Write a number and unit, e.g. "{example}".',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'qualitative') continue;
      if (v.vague) {
        // A lasting impact is stated in words (domain-rules §2.4): a growth rate would be the wrong example there.
        const lasting = currentLevel2(ind) === '可持续影响指标';
        context.report({
          messageId: lasting ? 'vagueLasting' : 'vague',
          data: { name: ind.name, actual: ind.target },
          cell: ind.targetCell,
          actual: ind.target,
        });
      } else if (
        (isRateName(ind.name) || isCountName(ind.name)) &&
        !isSatisfactionName(ind.name) &&
        !mentionsTime(ind.target) &&
        !BUDGET_WORDS.test(ind.target) &&
        dimensionOf(ind) !== 'cost'
      ) {
        const example = isRateName(ind.name) ? '=100(%)' : `≥N(${unitImpliedBy(ind.name) ?? '单位'})`;
        context.report({
          messageId: 'notQuantified',
          data: { name: ind.name, actual: ind.target, example },
          cell: ind.targetCell,
          actual: ind.target,
        });
      }
    }
  },
);
