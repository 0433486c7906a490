// a form with no 产出, no 效益 or no 满意度 indicator at all; from 2025 (or the year an organisation
// sets), no 成本 indicator either.
// Missing satisfaction is a warning, not an error: pure internal or transfer items may omit it (domain §1.5).
import type { Form } from '../form';
import type { Dimension } from '../levels';
import { dimensionOf } from '../levels';
import { defineRule } from './rule';
import { formYear } from './support';
import { formCell } from './form-cell';

/** Whether a form must carry a cost indicator: it is of the year `costFrom` (2025 unless set) or later. */
export function costDue(form: Form, costFrom: number): boolean {
  return (formYear(form) ?? 0) >= costFrom;
}

export default defineRule(
  {
    id: 'structure-missing-dimension',
    catalog: ['R-11', 'R-07'],
    severity: 'warning',
    description: {
      zh: '缺少产出、效益、满意度或成本指标',
      en: 'Missing output, outcome, satisfaction or cost indicators',
    },
    messages: {
      output: {
        zh: '本表没有产出指标：产出指标说明资金买到了什么（数量、质量、时效），是绩效目标的核心。请增加如“…完成数 ≥N(个)”“…合格率 =100(%)”。',
        en: 'This form has no output indicator: outputs say what the money buys (quantity, quality, timeliness) and are the core of the targets. Add e.g. "…完成数 ≥N(个)", "…合格率 =100(%)".',
      },
      outcome: {
        zh: '本表没有效益指标：效益指标说明项目带来的效果，每个项目至少应有一个。请增加如“服务对象知晓率 ≥80(%)”或“长效管理机制健全性 建立健全”。',
        en: 'This form has no outcome indicator: outcomes say what the project achieves, and every project needs at least one. Add e.g. "服务对象知晓率 ≥80(%)" or "长效管理机制健全性 建立健全".',
      },
      satisfaction: {
        zh: '本表没有满意度指标：有服务对象的项目都应设置满意度指标，评审常因此退回。请在“满意度指标—服务对象满意度指标”下增加如“服务对象满意度 ≥90(%)”；纯内部或转移支付类项目可不设，请在绩效目标中说明。',
        en: 'This form has no satisfaction indicator: any project with recipients should have one, and reviewers often send forms back for it. Add e.g. "服务对象满意度 ≥90(%)" under 满意度指标; purely internal or transfer items may omit it, with a note in the goals.',
      },
      cost: {
        zh: '本表没有成本指标：{from} 年起的项目原则上都应设置成本指标（总成本、单位成本或分项成本；上海市级项目自 2025 年起）。请增加如“项目总成本 ≤N(元)”。',
        en: 'This form has no cost indicator: projects from {from} on should in principle carry cost indicators (total, unit or itemised cost; Shanghai municipal projects from 2025). Add e.g. "项目总成本 ≤N(元)".',
      },
    },
    options: {
      costFrom: {
        default: 2025,
        min: 2000,
        max: 9999,
        integer: true,
        description: {
          zh: '要求成本指标的起始年度（9999 为不要求）',
          en: 'First year needing a cost indicator (9999: never)',
        },
      },
    },
  },
  (form, context) => {
    const at = formCell(form);
    if (!at || form.indicators.length === 0) return;
    const present = new Set<Dimension | null>(form.indicators.map(dimensionOf));
    for (const dimension of ['output', 'outcome', 'satisfaction'] as const)
      if (!present.has(dimension)) context.report({ messageId: dimension, ...at });
    const from = context.options.costFrom;
    if (costDue(form, from) && !present.has('cost')) context.report({ messageId: 'cost', data: { from }, ...at });
  },
);
