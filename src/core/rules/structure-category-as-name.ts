// the 三级 cell holds a category (质量目标, 时效) instead of an indicator — common in 2018 forms.
import { canonicalLevel2, isCategoryLabel } from '../levels';
import { defineRule } from './rule';

const EXAMPLES: Record<string, string> = {
  数量指标: '课件制作数量',
  质量指标: '验收合格率',
  时效指标: '按期完成率',
  成本指标: '成本控制率',
  经济效益指标: '带动营业收入',
  社会效益指标: '服务对象知晓率',
  可持续影响指标: '长效管理机制健全性',
};

export default defineRule(
  {
    id: 'structure-category-as-name',
    catalog: ['R-14'],
    severity: 'warning',
    description: { zh: '三级指标栏写的是指标类别', en: 'A category written where the 三级 indicator belongs' },
    messages: {
      category: {
        zh: '三级指标栏写的是指标类别“{name}”，不是具体指标：看不出考核的是什么。请写出具体的三级指标名称（如“{example}”），类别放在二级指标栏。',
        en: 'The 三级 cell holds the category "{name}", not an indicator: nobody can tell what is measured. Name a concrete indicator (e.g. "{example}") and keep the category in the 二级 column.',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const category = canonicalLevel2(ind.name, ind.level1);
      // 服务对象满意度 is also a common, legitimate 三级 name.
      if (!isCategoryLabel(ind.name) || category === '服务对象满意度指标') continue;
      context.report({
        messageId: 'category',
        data: { name: ind.name, example: (category && EXAMPLES[category]) ?? '培训出勤率' },
        cell: ind.nameCell,
        actual: ind.name,
      });
    }
  },
);
