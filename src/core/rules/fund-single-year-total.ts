// F-4/F-6: a project that starts and ends in one year asks for all its money this year, so total = annual.
// Multi-year (阶段性) projects are never compared: their total is cumulative.
import { defineRule } from './rule';
import type { Amount } from '../form';
import { annualOverTotal, moneyLike, showMoney, singleYearApart } from './support';

export default defineRule(
  {
    id: 'fund-single-year-total',
    catalog: ['F-4', 'F-6'],
    severity: 'warning',
    restsOnOtherCells: true,
    description: {
      zh: '单年项目的项目资金总额应等于年度资金申请总额',
      en: 'For a one-year project, total funds should equal the annual request',
    },
    messages: {
      differs: {
        zh: '本项目起止在同一年，但项目资金总额 {total} 与年度资金申请总额 {annual} 不相等：单年项目的全部资金都在当年申请，两者应一致。请核对金额，若项目实际跨年，请修改计划起止日期。',
        en: 'This project starts and ends in the same year, yet total funds {total} differ from the annual request {annual}: a one-year project requests all its money this year, so they should match. Check the amounts, or the planned dates if the project spans years.',
      },
      setTotal: {
        zh: '按年度资金列改写项目资金列（项目资金总额改为 {amount}）',
        en: 'Make the whole-project column match this year’s (total {amount})',
      },
    },
  },
  (form, context) => {
    const apart = singleYearApart(form);
    // A request above the total is fund-annual-exceeds-total's, as an error.
    if (!apart || annualOverTotal(form)) return;
    const { total, annual } = apart;
    const { totalFiscal, totalOther, annualFiscal, annualCarryover, annualOther } = form.funds;
    // One year: the whole-project column repeats this year's (financial = appropriation + carry-over), so
    // the suggestion rewrites the column together and keeps 项目资金总额 = 财政资金 + 其他资金.
    const neighbours = [total, totalFiscal, totalOther, annual];
    const targets: [Amount | null, number][] = [
      [total, annual.fen],
      [totalFiscal, (annualFiscal?.fen ?? 0) + (annualCarryover?.fen ?? 0)],
      [totalOther, annualOther?.fen ?? 0],
    ];
    const edits = targets.flatMap(([amount, fen]) =>
      amount && amount.fen !== fen
        ? [{ cell: amount.cell, before: amount.text, text: moneyLike(fen, amount, neighbours, form) }]
        : [],
    );
    const amount = showMoney(annual.fen, total, form);
    context.report({
      messageId: 'differs',
      data: { total: total.text, annual: annual.text },
      cell: total.cell,
      actual: total.text,
      expected: [amount],
      suggestions: [{ messageId: 'setTotal', data: { amount }, edits }],
    });
  },
);
