// too few indicators to assess the project (< 5 in all, < 2 outputs), or too many (> 30, info); an
// organisation may set its own counts.
import type { Indicator } from '../form';
import { currentLevel2, dimensionOf } from '../levels';
import { defineRule } from './rule';
import { formCell } from './form-cell';

/** What a form's indicators should cover (domain-rules §1.4); 2018 forms name no 二级, so only 效益 and 满意度 show. */
const ASPECTS: readonly { zh: string; en: string; byLevel2: boolean; has: (i: Indicator) => boolean }[] = [
  { zh: '数量', en: 'quantity', byLevel2: true, has: (i) => currentLevel2(i) === '数量指标' },
  { zh: '质量', en: 'quality', byLevel2: true, has: (i) => currentLevel2(i) === '质量指标' },
  { zh: '时效', en: 'timeliness', byLevel2: true, has: (i) => currentLevel2(i) === '时效指标' },
  { zh: '效益', en: 'outcome', byLevel2: false, has: (i) => dimensionOf(i) === 'outcome' },
  { zh: '满意度', en: 'satisfaction', byLevel2: false, has: (i) => dimensionOf(i) === 'satisfaction' },
];

export default defineRule(
  {
    id: 'structure-indicator-count',
    catalog: ['R-11'],
    severity: 'warning',
    description: { zh: '指标数量过少或过多', en: 'Too few or too many indicators' },
    messages: {
      none: {
        zh: '本表尚未填写三级指标：没有指标就无法考核项目的产出和效果，评审通常要求不少于 {min} 个。请按数量、质量、时效、效益和满意度填写指标（可在“指标建议”中选用）。',
        en: 'This form has no indicators yet: without them the project’s outputs and effects cannot be assessed; reviewers usually expect at least {min}. Add quantity, quality, timeliness, outcome and satisfaction indicators (指标建议 suggests some).',
      },
      tooFew: {
        zh: '本表只有 {count} 个三级指标{besides}：指标太少难以全面反映项目的产出和效果，评审通常要求不少于 {min} 个。{adviceZh}',
        en: 'This form has only {count} indicators{besidesEn}: too few to show the project’s outputs and effects; reviewers usually expect at least {min}. {adviceEn}',
      },
      fewOutputs: {
        zh: '本表只有 {count} 个产出指标：产出指标至少应有 {minOutputs} 个，包括数量和质量两方面。请补充，如“…完成数 ≥N(个)”“…合格率 =100(%)”。',
        en: 'This form has only {count} output indicator(s): outputs should number at least {minOutputs} and cover quantity and quality. Add e.g. "…完成数 ≥N(个)" and "…合格率 =100(%)".',
      },
      tooMany: {
        zh: '本表有 {count} 个三级指标：核心绩效指标应少而精，过多的指标会分散考核重点。建议精简到 {max} 个以内，保留最能反映项目核心产出和效果的指标。',
        en: 'This form has {count} indicators: core performance indicators should be few and focused, and too many blur the assessment. Consider trimming to {max} or fewer, keeping those that best show core outputs and effects.',
      },
    },
    options: {
      min: {
        default: 5,
        min: 1,
        max: 50,
        integer: true,
        atMost: 'max',
        description: { zh: '三级指标最少个数', en: 'Fewest indicators' },
      },
      minOutputs: {
        default: 2,
        min: 1,
        max: 20,
        integer: true,
        atMost: 'max',
        description: { zh: '产出指标最少个数', en: 'Fewest output indicators' },
      },
      max: {
        default: 30,
        min: 5,
        max: 200,
        integer: true,
        description: { zh: '三级指标最多个数（超过即建议精简）', en: 'Most indicators before trimming is advised' },
      },
    },
  },
  (form, context) => {
    const at = formCell(form);
    if (!at) return;
    const count = form.indicators.filter((i) => dimensionOf(i) !== 'management').length;
    const management = form.indicators.length - count;
    const outputs = form.indicators.filter((i) => dimensionOf(i) === 'output').length;
    const { min, minOutputs, max } = context.options;
    // Only 投入和管理 rows (2020 boilerplate) is no indicator of the project's results either.
    if (count === 0) context.report({ messageId: 'none', data: { min }, ...at });
    else if (count < min) {
      const lacking = ASPECTS.filter(
        (a) => !(a.byLevel2 && form.template === 'sh-2018') && !form.indicators.some(a.has),
      );
      context.report({
        messageId: 'tooFew',
        data: {
          count,
          min,
          // The 2018/2020 投入和管理 rows are printed with the others but are not indicators of the project's results.
          besides: management ? `（不含投入和管理目标 ${management} 个）` : '',
          besidesEn: management ? ` (besides ${management} 投入和管理 rows)` : '',
          adviceZh: lacking.length
            ? `本表还没有${lacking.map((a) => a.zh).join('、')}方面的指标，请补充。`
            : '请在各方面补充最能反映项目核心产出和效果的指标。',
          adviceEn: lacking.length
            ? `It has none for ${lacking.map((a) => a.en).join(', ')}: add some.`
            : 'Add those that best show its core outputs and effects.',
        },
        ...at,
      });
    } else if (count > max) context.report({ messageId: 'tooMany', data: { count, max }, ...at, severity: 'info' });
    // No output at all is structure-missing-dimension's finding.
    if (outputs > 0 && outputs < minOutputs)
      context.report({ messageId: 'fewOutputs', data: { count: outputs, minOutputs }, ...at });
  },
);
