// Style (info): operators and units spelled the way the form's own system prints them (`>=90%` → `≥90(%)`
// in a form written `N(unit)`), keeping the form's decimals; a bare number without operator gets suggestions.
import { defineRule } from './rule';
import { isCostName, isDefectName, isResponseTimeName } from '../name-kind';
import type { QuantityChanges } from './support';
import { prevailingDecimals, rewriteTarget, withDecimals } from './support';

export default defineRule(
  {
    id: 'target-format',
    catalog: ['§2.1'],
    severity: 'info',
    description: {
      zh: '指标值写法不规范（运算符、单位、全角字符）',
      en: 'Non-standard spelling of a target (operator, unit, full-width characters)',
    },
    messages: {
      normalise: {
        zh: '指标值“{actual}”的写法与本表其他指标不一致（运算符或单位的写法）：申报系统统一写作“{expected}”，统一后系统才能识别，评审核对也更快。可自动改为“{expected}”，含义不变。',
        en: 'The target "{actual}" is spelled differently from the rest of this form (operator or unit): the filing system prints "{expected}", which it can read and reviewers check faster. It can be changed to "{expected}" automatically; the meaning stays the same.',
      },
      operatorInWords: {
        zh: '指标值“{actual}”的运算符用文字写成“{words}”：申报系统只认“≥”“≤”“=”等符号，评审也按符号核对。可自动改为“{expected}”，含义不变。',
        en: 'The target "{actual}" writes its operator in words ("{words}"): the filing system reads only symbols such as ≥, ≤ and =, and reviewers check by them. It can be changed to "{expected}" automatically; the meaning stays the same.',
      },
      noOperator: {
        zh: '指标值“{actual}”缺少运算符：不写“=”“≥”或“≤”，就不知道是等于、至少还是至多。请改为“{equal}”或“{other}”。',
        en: 'The target "{actual}" has no operator: without "=", "≥" or "≤" nobody knows whether it means exactly, at least or at most. Write "{equal}" or "{other}".',
      },
      noOperatorMax: {
        zh: '指标值“{actual}”缺少运算符：不写“=”“≥”或“≤”，就不知道是等于、至少还是至多。请改为“{equal}”。',
        en: 'The target "{actual}" has no operator: without "=", "≥" or "≤" nobody knows whether it means exactly, at least or at most. Write "{equal}".',
      },
      use: { zh: '改为“{text}”', en: 'Change to "{text}"' },
    },
  },
  (form, context) => {
    const decimals = prevailingDecimals(form);
    for (const ind of form.indicators) {
      const v = ind.value;
      if (v.kind !== 'quantitative' || v.prefix !== '') continue;
      // Spacing before `(` varies inside one system export; it is kept as the person wrote it.
      const style = {
        ...context.style,
        spaceBeforeUnit: v.unitStyle === 'paren' ? v.spaceBeforeUnit : context.style.spaceBeforeUnit,
      };
      // A 计量单位 or 计算符号 column keeps its part of the value: only the value cell is styled, and a missing
      // operator goes into its column.
      const rewrite = (changes: QuantityChanges = {}) => rewriteTarget(ind, v, style, changes);
      if (v.op === null) {
        const equal = rewrite({ op: '=' });
        // A rate at its maximum (100%) can only be met exactly; a defect, cost or response time is a ceiling.
        const bound = isDefectName(ind.name) || isCostName(ind.name) || isResponseTimeName(ind.name) ? '≤' : '≥';
        const options = v.unit === '%' && v.number >= 100 ? [equal] : [equal, rewrite({ op: bound })];
        context.report({
          messageId: options.length === 1 ? 'noOperatorMax' : 'noOperator',
          data: { actual: ind.target, equal: equal.text, other: (options[1] ?? equal).text },
          cell: ind.targetCell,
          actual: ind.target,
          expected: options.map((o) => o.text),
          suggestions: options.map((o) => ({ messageId: 'use', data: { text: o.text }, edits: o.edits })),
        });
        continue;
      }
      if (rewrite().edits.length === 0) continue;
      const expected = rewrite({ numberText: withDecimals(v.numberText, decimals) });
      // `大于等于10000kb` is not out of step with other rows: its operator is words, which is what to say.
      const words = /\p{Script=Han}/u.test(v.opText) ? v.opText : null;
      context.report({
        messageId: words ? 'operatorInWords' : 'normalise',
        data: { actual: ind.target, expected: expected.text, ...(words ? { words } : {}) },
        cell: ind.targetCell,
        actual: ind.target,
        expected: [expected.text],
        fix: expected.edits,
      });
    }
  },
);
