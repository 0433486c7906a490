// Year on year: a target that was a number last year and is words this year (=100% → 及时): what could be measured
// no longer is (domain-rules §2: quantitative first; §4.1 historical standard).
import { defineRule } from '../rules/rule';
import type { Rule } from '../rules/rule';
import { rewriteTarget } from '../rules/support';
import type { LastYear } from './last-year';
import { matchWithLastYear, reportAgainstLastYear } from './last-year';
import { targetChange } from './target-change';

export const meta = {
  id: 'target-now-qualitative',
  catalog: ['§4.1'],
  severity: 'info',
  description: { zh: '上年定量的指标改为定性', en: 'A quantitative target turned qualitative' },
  messages: {
    toQualitative: {
      zh: '“{name}”上年是定量目标“{previous}”（上年指标：{previousName}），本年改为定性的“{actual}”：能量化的指标应当量化，改为定性后无法按数值考核，评审会问为何不再量化。请沿用定量写法，如“{suggested}”。',
      en: '"{name}" had a number last year, "{previous}" (last year: {previousName}), and has words this year, "{actual}": what can be measured should be, and words cannot be scored against a number, so reviewers ask why. Keep it quantitative, e.g. "{suggested}".',
    },
    restore: { zh: '恢复为上年的“{text}”', en: 'Restore last year’s "{text}"' },
  },
} as const;

export default function targetNowQualitative(last: LastYear): Rule {
  return defineRule(meta, (form, context) => {
    for (const kept of matchWithLastYear(last, form).kept) {
      const { previous, current } = kept;
      const was = previous.value;
      if (was.kind !== 'quantitative' || targetChange(previous, current) !== 'toQualitative') continue;
      // Last year's number in this year's way of writing it (`=100%` of 2020 becomes `=100(%)` in a 2024 form).
      const restored = rewriteTarget(current, was, context.style);
      reportAgainstLastYear(context, 'toQualitative', kept, restored);
    }
  });
}
