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
      near: {
        zh: '“{name}”与“{other}”只差“率/性/情况”，考核的是同一件事：请只保留一个（定量的“…率”更便于考核）。',
        en: '"{name}" and "{other}" differ only by 率/性/情况 and measure the same thing: keep one (the quantitative "…率" is easier to assess).',
      },
    },
  },
  (form, context) => {
    const seen = new Map<string, Indicator>();
    for (const ind of form.indicators) {
      if (ind.name === '') continue;
      const earlier = seen.get(stem(ind.name));
      if (!earlier) {
        seen.set(stem(ind.name), ind);
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
