// `≤` on something you want more of (在线学习招生人数 ≤150000), `≥` on a cost or a defect, or `≥` on a
// response time.
import { lessIsBetter, moreIsBetter } from '../direction';
import type { Indicator } from '../form';
import { isResponseTimeName, isTimeUnit } from '../name-kind';
import type { Op, Quantity } from '../values/types';
import { defineRule } from './rule';
import { ownStyle, rewriteTarget } from './support';

const FLIP: Record<Op, Op> = { '≥': '≤', '>': '<', '≤': '≥', '<': '>', '=': '=' };

/** Which way the operator should point, or null when it points the right way (or cannot be told). */
function inversion(ind: Indicator, v: Quantity): 'wantMore' | 'wantLess' | 'wantFaster' | null {
  const upward = v.op === '≥' || v.op === '>';
  if (upward && lessIsBetter(ind, v) && v.number > 0) return 'wantLess';
  if (upward && isResponseTimeName(ind.name) && isTimeUnit(v.unit)) return 'wantFaster';
  if (!upward && moreIsBetter(ind, v)) return 'wantMore';
  return null;
}

export default defineRule(
  {
    id: 'target-inverted-operator',
    catalog: ['R-05'],
    severity: 'warning',
    description: { zh: '运算符方向用反', en: 'Operator points the wrong way' },
    messages: {
      wantMore: {
        zh: '“{name}”是越多越好的指标，目标值“{actual}”却用了“{op}”：这表示上限，等于承诺“最多这么多”，评审会认为目标设反了。请改为“{suggested}”；若确实是上限，请在名称中写明（如“…上限”）。',
        en: '"{name}" is something you want more of, but its target "{actual}" uses "{op}": that is a ceiling, a promise of "at most", so reviewers read it as inverted. Change it to "{suggested}"; if it really is a cap, say so in the name.',
      },
      wantLess: {
        zh: '“{name}”是成本或问题类指标（越少越好），目标值“{actual}”却用了“{op}”：这表示下限，等于承诺至少花这么多钱或出这么多问题。请改为“{suggested}”。',
        en: '"{name}" is a cost or a defect (less is better), but its target "{actual}" uses "{op}": that is a floor, a promise of at least this much cost or trouble. Change it to "{suggested}".',
      },
      wantFaster: {
        zh: '“{name}”是响应或处理时间（越短越好），目标值“{actual}”却用了“{op}”：这等于承诺至少要这么久。请改为“{suggested}”。',
        en: '"{name}" is a response or handling time (shorter is better), but its target "{actual}" uses "{op}": that promises at least this long. Change it to "{suggested}".',
      },
      flip: { zh: '改为“{text}”', en: 'Change to "{text}"' },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || v.op === null || v.op === '=') continue;
      const messageId = inversion(ind, v);
      if (!messageId) continue;
      const flipped = rewriteTarget(ind, v, ownStyle(v, context.style), { op: FLIP[v.op], keepPrefix: true });
      context.report({
        messageId,
        data: { name: ind.name, actual: ind.target, op: v.opText || v.op, suggested: flipped.text },
        cell: ind.targetCell,
        actual: ind.target,
        expected: [flipped.text],
        severity: messageId === 'wantLess' ? 'error' : 'warning',
        suggestions: [{ messageId: 'flip', data: { text: flipped.text }, edits: flipped.edits }],
      });
    }
  },
);
