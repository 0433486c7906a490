// the same indicator twice in a form, or two that differ only by 率/情况/性 (…及时性 vs …及时率).
import type { Indicator } from '../form';
import { defineRule } from './rule';

const normalise = (name: string) => name.normalize('NFKC').replace(/[\s“”"'‘’（）()、，,。.]/g, '');
const stem = (name: string) => normalise(name).replace(/(率|情况|性)$/, '');

export default defineRule(
  {
    id: 'structure-duplicate-indicator',
    catalog: ['R-10'],
    severity: 'warning',
    description: { zh: '重复或近似重复的指标', en: 'Duplicate or near-duplicate indicators' },
    messages: {
      duplicate: {
        zh: '“{name}”在本表中出现了不止一次（{where}）：重复的指标会把同一件事考核两遍，评审会要求删除。请删除其中一行，或改成考核不同内容的指标。',
        en: '"{name}" appears more than once in this form ({where}): a duplicate assesses the same thing twice, and reviewers ask for one to go. Delete one row or make it measure something else.',
      },
      sameTarget: {
        zh: '“{name}”与“{other}”的指标值完全相同（“{target}”）：两行很可能考核的是同一件事，只是换了名称。请合并为一行，或为每行写出各自可考核的目标。',
        en: '"{name}" and "{other}" have exactly the same target ("{target}"): they very likely measure one thing under two names. Merge them, or give each its own measurable target.',
      },
      near: {
        zh: '“{name}”与“{other}”只差“率/性/情况”，考核的是同一件事：请只保留一个（定量的“…率”更便于考核）。',
        en: '"{name}" and "{other}" differ only by 率/性/情况 and measure the same thing: keep one (the quantitative "…率" is easier to assess).',
      },
    },
  },
  (form, context) => {
    const seen = new Map<string, Indicator>();
    const byTarget = new Map<string, Indicator>();
    for (const ind of form.indicators) {
      if (ind.name === '') continue;
      const earlier = seen.get(stem(ind.name));
      if (!earlier) {
        seen.set(stem(ind.name), ind);
        // A long worded target repeated verbatim (2018: 可持续目标 / 持续示范平台目标) is the same row renamed.
        const sameTarget =
          ind.value.kind === 'qualitative' && ind.target.length >= 10 ? byTarget.get(ind.target) : undefined;
        if (sameTarget)
          context.report({
            messageId: 'sameTarget',
            data: { name: ind.name, other: sameTarget.name, target: ind.target },
            cell: ind.nameCell,
            actual: ind.name,
          });
        else if (ind.value.kind === 'qualitative') byTarget.set(ind.target, ind);
        continue;
      }
      const exact = normalise(earlier.name) === normalise(ind.name);
      const where = [earlier, ind].map((i) => [i.level2 ?? i.level1, i.target].filter(Boolean).join(' ')).join('；');
      context.report({
        messageId: exact ? 'duplicate' : 'near',
        data: { name: ind.name, other: earlier.name, where },
        cell: ind.nameCell,
        actual: ind.name,
      });
    }
  },
);
