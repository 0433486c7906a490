// a row under 满意度 that does not measure satisfaction (壮大党员队伍, 信访投诉数量).
import { dimensionOf } from '../levels';
import { isSatisfactionName } from '../name-kind';
import { defineRule } from './rule';

export default defineRule(
  {
    id: 'structure-satisfaction-not-satisfaction',
    catalog: ['R-08'],
    severity: 'warning',
    description: { zh: '满意度指标下的行不是满意度', en: 'Row under satisfaction that is not a satisfaction measure' },
    messages: {
      notSatisfaction: {
        zh: '“{name}”放在满意度指标下，但它不是满意度（名称中没有“满意”）：满意度指标只衡量服务对象对项目的满意程度。请把它移到合适的产出或效益指标下，满意度行写如“培训学员满意度 ≥90(%)”。',
        en: '"{name}" sits under satisfaction but does not measure satisfaction (no 满意 in its name): this dimension only measures how satisfied the recipients are. Move it to a fitting output or outcome group and write satisfaction rows like "培训学员满意度 ≥90(%)".',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      if (dimensionOf(ind) !== 'satisfaction' || isSatisfactionName(ind.name) || ind.name === '') continue;
      context.report({ messageId: 'notSatisfaction', data: { name: ind.name }, cell: ind.nameCell, actual: ind.name });
    }
  },
);
