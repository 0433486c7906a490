// an 效益 row that is a slogan (促进经济、社会发展). An outcome that repeats an output's name word for
// word is reported by structure-duplicate-indicator.
import { dimensionOf } from '../levels';
import { defineRule } from './rule';

const SLOGAN =
  /促进.{0,12}(发展|提高|提升)|推动.{0,12}(发展|提高|提升)|进一步(加强|提升|提高|推进)|全面(提升|加强)|不断(提高|提升|增强)|高质量发展/;

export default defineRule(
  {
    id: 'structure-slogan-outcome',
    catalog: ['R-12'],
    severity: 'warning',
    description: { zh: '效益指标是口号式表述', en: 'Outcome indicator that is a slogan' },
    messages: {
      slogan: {
        zh: '效益指标“{name}”是口号式表述：说不清要实现什么可检验的效果，评审要求效益指标可以衡量。请写成具体的效果和数值，如“带动就业 ≥50(人)”“服务对象知晓率 ≥80(%)”。',
        en: 'The outcome "{name}" is a slogan: it does not say what checkable effect is achieved, and reviewers require measurable outcomes. Write a concrete effect with a number, e.g. "带动就业 ≥50(人)" or "服务对象知晓率 ≥80(%)".',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      if (dimensionOf(ind) === 'outcome' && SLOGAN.test(ind.name))
        context.report({ messageId: 'slogan', data: { name: ind.name }, cell: ind.nameCell, actual: ind.name });
    }
  },
);
