// Runs rules over forms: stamps rule id and severity, renders messages, sorts in reading order, de-duplicates.
import type { Form } from './form';
import { amountEntries } from './form';
import type { Grid } from './grid';
import { refKey } from './grid';
import { recognize } from './recognize';
import { allRules } from './rules';
import type { Finding, Lang, Report, Rule, Severity } from './rules/rule';
import { renderText } from './rules/rule';
import { sharesMergedCell } from './rules/support';
import { prevailingStyle, SYSTEM_STYLE } from './values/target';
import type { Quantity, TargetStyle } from './values/types';

export interface LintOptions {
  readonly rules?: readonly Rule[];
  readonly lang?: Lang;
}

export interface CheckedForm {
  readonly form: Form;
  readonly findings: Finding[];
}

const GLUED = { unitStyle: 'glued', spaceBeforeUnit: false } as const;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Reading order of a form's cells: header fields, funds, goals, then indicator rows top to bottom. */
function cellOrder(form: Form): Map<string, number> {
  const order = new Map<string, number>();
  const add = (ref: { readonly [k: string]: string | number } | null | undefined) => {
    if (ref && !order.has(refKey(ref))) order.set(refKey(ref), order.size);
  };
  const { goalTotal, goalAnnual, ...header } = form.fields;
  for (const field of Object.values(header)) add(field?.cell);
  for (const [, amount] of amountEntries(form.funds)) add(amount?.cell);
  add(form.funds.componentsNone?.cell);
  for (const c of form.funds.components) {
    add(c.name.cell);
    add(c.amount?.cell);
  }
  add(goalTotal?.cell);
  add(goalAnnual?.cell);
  for (const ind of form.indicators) {
    add(ind.level1Cell);
    add(ind.level2Cell);
    add(ind.nameCell);
    add(ind.targetCell);
  }
  return order;
}

/** How this form writes its quantities, so fixes and inserted rows look like their neighbours. */
export function formStyle(form: Form): TargetStyle {
  const quantities = form.indicators.map((i) => i.value).filter((v): v is Quantity => v.kind === 'quantitative');
  // With no quantity to learn from, a 2018/2020 form is assumed to glue its units (`≥90%`) as those systems did.
  const legacy = form.template === 'sh-2018' || form.template === 'sh-2020';
  return prevailingStyle(quantities, legacy ? GLUED : SYSTEM_STYLE);
}

/** Why a finding on a row sharing a merged 计算符号/计量单位 cell has no button, where the fix would change that cell. */
const MERGED_NOTE = {
  'zh-CN':
    '（这一行的计算符号或计量单位在与其他行合并的单元格中，无法单独修改：只改这一行须先拆分该单元格；其他行也应一并改的，可直接修改合并单元格。）',
  en: " (This row's operator or unit is in a cell merged with other rows, so it cannot be changed for this row alone: split that cell first, or edit the merged cell where the other rows should change too.)",
} as const;

export function lintForm(form: Form, options: LintOptions = {}): Finding[] {
  const lang = options.lang ?? 'zh-CN';
  const style = formStyle(form);
  const findings: Finding[] = [];
  // Target cells of the rows that read their operator or unit from a cell merged over other rows too.
  const sharing = new Set(form.indicators.filter(sharesMergedCell).map((i) => refKey(i.targetCell)));
  for (const rule of options.rules ?? allRules) {
    const toFinding = (r: Report): Finding => {
      // A suggestion without edits (its cell merged over other rows) is advice the message already gives: offered as
      // a button it would do nothing. The message says why there is none.
      const suggestions = r.suggestions?.filter((s) => s.edits.length > 0);
      const blocked = r.suggestions?.length && !suggestions?.length && sharing.has(refKey(r.cell));
      const text = rule.meta.messages[r.messageId];
      if (!text) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${r.messageId}`);
      return {
        ruleId: rule.meta.id,
        messageId: r.messageId,
        severity: r.severity ?? rule.meta.severity,
        message: renderText(text, lang, r.data) + (blocked ? MERGED_NOTE[lang] : ''),
        cell: r.cell,
        actual: r.actual,
        ...(r.expected ? { expected: r.expected } : {}),
        ...(r.basis ? { basis: r.basis } : {}),
        ...(r.fix && r.fix.length ? { fix: r.fix } : {}),
        ...(suggestions && suggestions.length
          ? {
              suggestions: suggestions.map((s) => {
                const sText = rule.meta.messages[s.messageId];
                if (!sText) throw new Error(`rule ${rule.meta.id} suggested unknown messageId ${s.messageId}`);
                return { message: renderText(sText, lang, s.data), edits: s.edits };
              }),
            }
          : {}),
      };
    };
    rule.check(form, { style, report: (r) => findings.push(toFinding(r)) });
  }
  // A style note on a value that must change anyway only competes with the real proposal.
  const mustChange = new Set(
    findings.filter((f) => f.ruleId.startsWith('target-') && f.severity !== 'info').map((f) => refKey(f.cell)),
  );
  const order = cellOrder(form);
  const at = (f: Finding) => order.get(refKey(f.cell)) ?? Number.MAX_SAFE_INTEGER;
  const seen = new Set<string>();
  return findings
    .filter((f) => !(f.severity === 'info' && f.ruleId.startsWith('target-') && mustChange.has(refKey(f.cell))))
    .filter((f) => {
      const key = `${f.ruleId}|${refKey(f.cell)}|${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        at(a) - at(b) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId),
    );
}

/** The whole pipeline for a document: recognise every form, then lint each. */
export function check(grids: readonly Grid[], options: LintOptions = {}): CheckedForm[] {
  return recognize(grids).map((form) => ({ form, findings: lintForm(form, options) }));
}
