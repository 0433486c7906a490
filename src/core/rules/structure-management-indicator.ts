// budget-management indicators (预算执行率, 制度健全性 …) belong to the 2018/2020 投入与管理 block,
// not to the targets of a 2021+ form.
import { defineRule } from './rule';
import { formYear } from './support';

const MANAGEMENT =
  /预算执行率|资金到位率|预算编制合理|制度健全|资金使用规范|政府采购规范|财务监控|合同管理完备|资产管理规范|管理制度执行/;

export default defineRule(
  {
    id: 'structure-management-indicator',
    catalog: ['R-13'],
    severity: 'warning',
    description: { zh: '2021 年后的申报表中出现预算管理类指标', en: 'Budget-management indicator in a 2021+ form' },
    messages: {
      management: {
        zh: '“{name}”是预算管理过程类指标：2021 年起的申报表只考核项目的产出、效益和满意度，这类指标只属于旧表的“投入与管理”栏。请删除，或改为反映项目产出或效果的指标。',
        en: '"{name}" is a budget-management process indicator: from 2021 forms assess only outputs, outcomes and satisfaction, and such rows belonged to the old 投入与管理 block. Delete it or replace it with an output or outcome indicator.',
      },
    },
  },
  (form, context) => {
    const year = formYear(form) ?? 0;
    const modern = form.template === 'sh-2023' || (form.template === 'generic' && year >= 2021);
    if (!modern) return;
    for (const ind of form.indicators)
      if (MANAGEMENT.test(ind.name))
        context.report({ messageId: 'management', data: { name: ind.name }, cell: ind.nameCell, actual: ind.name });
  },
);
