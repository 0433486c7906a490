// a 二级 that does not belong to its 一级 (满意度目标 under 影响力目标), or a level name outside the system.
import { canonicalLevel2, effectiveLevel2, level1Entry } from '../levels';
import { defineRule } from './rule';

export default defineRule(
  {
    id: 'structure-level-mismatch',
    catalog: ['R-14'],
    severity: 'warning',
    description: {
      zh: '二级指标与一级指标不匹配或不在指标体系内',
      en: '二级 does not belong to its 一级, or is outside the indicator system',
    },
    messages: {
      wrongParent: {
        zh: '“{level2}”不属于一级指标“{level1}”：按指标体系，{level1}下只有{allowed}。放错维度会使评审无法按维度核对。请把这些行移到对应的一级指标下。',
        en: '"{level2}" does not belong under "{level1}": the indicator system puts only {allowed} there, and a misplaced row cannot be checked by dimension. Move these rows under the matching 一级.',
      },
      unknownLevel2: {
        zh: '二级指标“{level2}”不在标准指标体系中：{level1}下应为{allowed}。请改用标准名称。',
        en: 'The 二级 "{level2}" is not in the standard indicator system: under {level1} use {allowed}. Use a standard name.',
      },
      unknownLevel1: {
        zh: '一级指标“{level1}”不在标准指标体系中：应为成本指标、产出指标、效益指标或满意度指标。请改用标准名称。',
        en: 'The 一级 "{level1}" is not in the standard indicator system: use 成本指标, 产出指标, 效益指标 or 满意度指标.',
      },
    },
  },
  (form, context) => {
    for (const ind of form.indicators) {
      const entry = level1Entry(ind.level1);
      if (ind.level1 && !entry && ind.level1Cell) {
        context.report({
          messageId: 'unknownLevel1',
          data: { level1: ind.level1 },
          cell: ind.level1Cell,
          actual: ind.level1,
        });
        continue;
      }
      if (!entry) continue;
      const allowed = entry.allows.join('、');
      if (ind.level2 && ind.level2Cell && canonicalLevel2(ind.level2, ind.level1) === null) {
        context.report({
          messageId: 'unknownLevel2',
          data: { level1: ind.level1 ?? '', level2: ind.level2, allowed },
          cell: ind.level2Cell,
          actual: ind.level2,
        });
        continue;
      }
      const level2 = effectiveLevel2(ind);
      if (!level2 || entry.allows.includes(level2)) continue;
      const cell = ind.level2 ? ind.level2Cell! : ind.nameCell;
      const written = ind.level2 ?? ind.name;
      context.report({
        messageId: 'wrongParent',
        data: { level1: ind.level1 ?? '', level2: written, allowed },
        cell,
        actual: written,
      });
    }
  },
);
