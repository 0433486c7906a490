// Year on year: a target weaker than last year's for the same indicator — a floor lowered (完成率 =100% → ≥95%), a
// ceiling raised (成本 ≤500 → ≤600). Targets are set against last year's level (domain-rules §4.1, 历史标准).
import { defineRule } from '../rules/rule';
import type { Rule } from '../rules/rule';
import { ownStyle, rewriteTarget } from '../rules/support';
import type { LastYear } from './last-year';
import { matchWithLastYear, reportAgainstLastYear } from './last-year';
import { targetChange } from './target-change';

export const meta = {
  id: 'target-below-last-year',
  catalog: ['§4.1'],
  severity: 'warning',
  description: { zh: '指标值低于上年', en: 'Target weaker than last year’s' },
  messages: {
    lowered: {
      zh: '“{name}”的指标值“{actual}”低于上年的“{previous}”（上年指标：{previousName}）：绩效目标一般参照上年水平（历史标准）设定，下调又不说明理由，评审会退回。请恢复为“{suggested}”；若确需下调（如任务量或预算减少），请在年度绩效目标中写明原因。',
      en: '"{name}" targets "{actual}", below last year’s "{previous}" (last year: {previousName}): targets are set against last year’s level (the historical standard), and reviewers return a lowered target that gives no reason. Restore "{suggested}"; if it must go down (less work or less money), say why in the annual goal.',
    },
    loosened: {
      zh: '“{name}”越少越好，指标值“{actual}”却比上年的“{previous}”放宽了（上年指标：{previousName}）：上限提高等于承诺比上年更差的结果，评审会要求说明理由。请恢复为“{suggested}”；若确需放宽，请在年度绩效目标中写明原因。',
      en: '"{name}" is better lower, yet its target "{actual}" is looser than last year’s "{previous}" (last year: {previousName}): a higher ceiling promises a worse result than last year, and reviewers ask why. Restore "{suggested}"; if it must be looser, say why in the annual goal.',
    },
    restore: { zh: '恢复为上年的“{text}”', en: 'Restore last year’s "{text}"' },
  },
} as const;

export default function targetBelowLastYear(last: LastYear): Rule {
  return defineRule(meta, (form, context) => {
    for (const kept of matchWithLastYear(last, form).kept) {
      const { previous, current } = kept;
      const [was, now] = [previous.value, current.value];
      if (was.kind !== 'quantitative' || now.kind !== 'quantitative') continue;
      if (targetChange(previous, current) !== 'weaker') continue;
      const restored = rewriteTarget(current, now, ownStyle(now, context.style), {
        op: was.op ?? now.op,
        numberText: was.numberText,
        unit: now.unit ?? was.unit,
      });
      // A ceiling (≤) that went up was loosened; a floor or an exact promise that went down was lowered.
      const ceiling = (was.op === '≤' || was.op === '<') && now.number > was.number;
      reportAgainstLastYear(context, ceiling ? 'loosened' : 'lowered', kept, restored);
    }
  });
}
