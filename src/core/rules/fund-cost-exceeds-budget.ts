// a money cost target (成本 ≤N元/万元) larger than this year's requested funds, after 元/万元 normalisation.
import { dimensionOf } from '../levels';
import { isCostName } from '../name-kind';
import { parseMoney } from '../values/money';
import { defineRule } from './rule';
import { filled, showMoney } from './support';

export default defineRule(
  {
    id: 'fund-cost-exceeds-budget',
    catalog: ['R-16'],
    severity: 'warning',
    description: { zh: '成本指标的金额超过年度资金申请总额', en: 'Cost target larger than the annual request' },
    messages: {
      exceeds: {
        zh: '成本指标“{name}”的目标值“{actual}”（折合 {amount} {unit}）超过了项目申请的资金 {budget} {unit}：成本目标不能高于申请的预算。请核对单位（元/万元）和数值。',
        en: 'The cost target "{actual}" of "{name}" ({amount} {unit}) exceeds the funds requested, {budget} {unit}: a cost target cannot be above the budget requested. Check the unit (元/万元) and the number.',
      },
    },
  },
  (form, context) => {
    // 年度(/项目)指标值: a cost target may be for the whole project, so the larger of the two amounts bounds it.
    const candidates = [form.funds.total, form.funds.annual ?? form.funds.budgetYear, form.funds.budgetTotal];
    const budget = candidates.filter(filled).sort((a, b) => b.fen - a.fen)[0];
    if (!budget) return;
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || (v.unit !== '元' && v.unit !== '万元') || v.op === '≥' || v.op === '>') continue;
      if (dimensionOf(ind) !== 'cost' && !isCostName(ind.name)) continue;
      const cost = parseMoney(`${v.numberText}${v.unit}`, '元');
      if (cost.kind !== 'amount' || cost.fen <= budget.fen) continue;
      context.report({
        messageId: 'exceeds',
        data: {
          name: ind.name,
          actual: ind.target,
          amount: showMoney(cost.fen, budget, form),
          budget: budget.text,
          unit: form.funds.unit,
        },
        cell: ind.targetCell,
        actual: ind.target,
      });
    }
  },
);
