// 年度总体目标 must be written; a multi-year project also needs its 项目总目标 (domain-rules §1.5: the
// 总体 and 年度 sets are separate). One-year 2024 forms leave 项目总目标 blank, which is fine.
import { defineRule } from './rule';
import { isSingleYearProject } from './support';

export default defineRule(
  {
    id: 'text-goal-missing',
    catalog: ['§1.5'],
    severity: 'warning',
    description: { zh: '绩效目标文字缺失', en: 'Goal text missing' },
    messages: {
      annual: {
        zh: '年度总体目标为空：年度目标说明今年要用这笔钱做成什么，是评审核对指标的依据。请用一两句话写明本年度的产出和效果，并与下方指标的数值一致。',
        en: 'The annual goal is empty: it says what this year’s money should achieve and is what reviewers check the indicators against. Write a sentence or two on this year’s outputs and effects, with the same figures as the indicators.',
      },
      total: {
        zh: '本项目跨年度实施，但项目总目标为空：跨年度项目需要分别填写项目总目标和年度目标。请写明整个项目期要实现的目标。',
        en: 'This project spans several years, but the overall goal is empty: multi-year projects need both the overall and the annual goal. Write what the whole project should achieve.',
      },
    },
  },
  (form, context) => {
    const { goalAnnual, goalTotal } = form.fields;
    // 2018/2020 forms have their own goal fields, read into goalTotal/goalAnnual where they exist.
    if (goalAnnual?.cell && goalAnnual.text.trim() === '' && form.template !== 'sh-2020')
      context.report({ messageId: 'annual', cell: goalAnnual.cell, actual: '' });
    if (goalTotal?.cell && goalTotal.text.trim() === '' && isSingleYearProject(form) === false)
      context.report({ messageId: 'total', cell: goalTotal.cell, actual: '' });
  },
);
