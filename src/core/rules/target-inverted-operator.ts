// `≤` on something you want more of (在线学习招生人数 ≤150000) or `≥` on a cost or a defect.
import { dimensionOf } from '../levels';
import {
  isCapName,
  isCostName,
  isCountName,
  isCountUnit,
  isDefectName,
  isMoneyUnit,
  isPercentUnit,
  isRateName,
} from '../name-kind';
import type { Op } from '../values/types';
import { defineRule } from './rule';
import { ownStyle, rewriteQuantity, targetEdit } from './support';

const FLIP: Record<Op, Op> = { '≥': '≤', '>': '<', '≤': '≥', '<': '>', '=': '=' };

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
      flip: { zh: '改为“{text}”', en: 'Change to "{text}"' },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || v.op === null || v.op === '=') continue;
      const upward = v.op === '≥' || v.op === '>';
      const lessIsBetter =
        isDefectName(ind.name) || (isCostName(ind.name) && (dimensionOf(ind) === 'cost' || isMoneyUnit(v.unit)));
      const moreIsBetter =
        !lessIsBetter &&
        !isCapName(ind.name) &&
        !isCostName(ind.name) &&
        dimensionOf(ind) !== 'cost' &&
        (isCountUnit(v.unit) ||
          (v.unit === null && isCountName(ind.name)) ||
          (isPercentUnit(v.unit) && isRateName(ind.name)));
      const messageId =
        upward && lessIsBetter && v.number > 0 ? 'wantLess' : !upward && moreIsBetter ? 'wantMore' : null;
      if (!messageId) continue;
      const suggested = v.prefix + rewriteQuantity(v, ownStyle(v, context.style), { op: FLIP[v.op] });
      context.report({
        messageId,
        data: { name: ind.name, actual: ind.target, op: v.opText || v.op, suggested },
        cell: ind.targetCell,
        actual: ind.target,
        expected: [suggested],
        severity: messageId === 'wantLess' ? 'error' : 'warning',
        suggestions: [{ messageId: 'flip', data: { text: suggested }, edits: [targetEdit(ind, suggested)] }],
      });
    }
  },
);
