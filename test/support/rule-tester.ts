// A rule tester in the ESLint spirit: valid and invalid cases, expected findings and fixed output;
// inputs are deep-frozen, fixes must apply cleanly and must not be needed again after applying.
import { applyEdits } from '../../src/core/edits';
import type { Form } from '../../src/core/form';
import type { Grid } from '../../src/core/grid';
import { indexGrid, refKey } from '../../src/core/grid';
import { parseGridText } from '../../src/core/grid-text';
import { lintForm } from '../../src/core/lint';
import { recognize } from '../../src/core/recognize';
import type { RuleOptions } from '../../src/core/rule-settings';
import { configureRules } from '../../src/core/rule-settings';
import type { Finding, Rule, Severity } from '../../src/core/rules/rule';

export interface ValidCase {
  readonly name?: string;
  /** Grid text (see grid-text.ts; form-builder.ts makes complete forms). */
  readonly grid: string;
  /** The rule's options as an organisation's settings would set them; the defaults without. */
  readonly options?: RuleOptions;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly actual?: string;
  /** What the finding says the cell should read (`Finding.expected`). */
  readonly expected?: readonly string[];
  readonly severity?: Severity;
  /** Cell changes of each suggestion, as [before, after] pairs. */
  readonly suggestions?: readonly (readonly (readonly [string, string])[])[];
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
  /** Cell changes after applying every fix, as [before, after] pairs; omit when the rule offers no fix. */
  readonly fixed?: readonly (readonly [string, string])[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function formsOf(grids: Grid[]): Form[] {
  const forms = recognize(grids);
  if (forms.length === 0) throw new Error('the test grid holds no form');
  return forms.map((f) => deepFreeze(f));
}

function findings(rule: Rule, grids: Grid[], options?: RuleOptions): Finding[] {
  const forms = formsOf(grids);
  const rules = options
    ? configureRules([rule], { name: 'rule tester', rules: {}, options: { [rule.meta.id]: options } })
    : [rule];
  for (const form of forms) {
    for (const f of lintForm(form, { rules, lang: 'en' })) expect(f.message).not.toMatch(/\{\w+\}/);
  }
  return forms.flatMap((form) => lintForm(form, { rules }));
}

/** Error findings of all rules on some cells, as `rule:message` keys. */
function errorsAt(grids: Grid[], cells: Set<string>): string[] {
  return formsOf(grids)
    .flatMap((form) => lintForm(form))
    .filter((f) => f.severity === 'error' && cells.has(refKey(f.cell)))
    .map((f) => `${f.ruleId}:${f.messageId}`);
}

/** Text changes between two versions of the same grids, as [before, after] pairs in reading order. */
function changes(before: readonly Grid[], after: readonly Grid[]): [string, string][] {
  const out: [string, string][] = [];
  before.forEach((grid, g) => {
    const next = indexGrid(after[g]!);
    for (const cell of grid.cells) {
      const now = next.at(cell.row, cell.col)!;
      if (now.text !== cell.text) out.push([cell.text, now.text]);
    }
  });
  return out;
}

export function testRule(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has complete metadata in Chinese and English', () => {
      expect(rule.meta.id).toMatch(/^(target|fund|structure|text|date)-[a-z0-9-]+$/);
      expect(rule.meta.catalog.length).toBeGreaterThan(0);
      for (const t of [rule.meta.description, ...Object.values(rule.meta.messages)]) {
        expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(t.en).toMatch(/[a-z]/i);
      }
      for (const [name, spec] of Object.entries(rule.meta.options ?? {})) {
        expect({ name, zh: spec.description.zh }).toEqual({ name, zh: expect.stringMatching(/[\u4e00-\u9fff]/) });
        expect({ name, en: spec.description.en }).toEqual({ name, en: expect.stringMatching(/[a-z]/i) });
        expect({ name, inRange: spec.min <= spec.default && spec.default <= spec.max }).toEqual({
          name,
          inRange: true,
        });
        if (spec.integer)
          expect({ name, integers: [spec.default, spec.min, spec.max].every(Number.isInteger) }).toEqual({
            name,
            integers: true,
          });
        if (spec.atMost !== undefined) {
          const bound = rule.meta.options?.[spec.atMost];
          expect({ name, atMost: spec.atMost, defaultsAgree: bound && spec.default <= bound.default }).toEqual({
            name,
            atMost: spec.atMost,
            defaultsAgree: true,
          });
        }
      }
    });

    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        expect(findings(rule, parseGridText(c.grid), c.options).map((f) => `${f.messageId}: ${f.actual}`)).toEqual([]);
      });
    });

    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const grids = parseGridText(c.grid);
        const found = findings(rule, grids, c.options);
        expect(found.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((expected, k) => {
          const f = found[k]!;
          if (expected.actual !== undefined) expect(f.actual).toBe(expected.actual);
          if (expected.expected !== undefined) expect(f.expected).toEqual(expected.expected);
          if (expected.severity !== undefined) expect(f.severity).toBe(expected.severity);
          if (expected.suggestions !== undefined) {
            const got = (f.suggestions ?? []).map((s) => changes(grids, applyEdits(grids, s.edits).grids));
            expect(got).toEqual(expected.suggestions);
          }
        });
        // Every suggestion applies cleanly, changes something, and makes its finding go away.
        for (const f of found) {
          for (const s of f.suggestions ?? []) {
            const applied = applyEdits(grids, s.edits);
            expect(applied.conflicts).toEqual([]);
            expect(changes(grids, applied.grids).length).toBeGreaterThan(0);
            const left = findings(rule, applied.grids, c.options).filter(
              (g) => g.messageId === f.messageId && refKey(g.cell) === refKey(f.cell),
            );
            expect({ suggestion: s.message, left: left.map((g) => g.actual) }).toEqual({
              suggestion: s.message,
              left: [],
            });
            // … and raises no new error from any rule on the cells it edits (no trading one error for another).
            const edited = new Set(s.edits.map((e) => refKey(e.cell)));
            const before = new Set(errorsAt(grids, edited));
            const added = errorsAt(applied.grids, edited).filter((k) => !before.has(k));
            expect({ suggestion: s.message, added }).toEqual({ suggestion: s.message, added: [] });
          }
        }
        const fixes = found.flatMap((f) => f.fix ?? []);
        const result = applyEdits(grids, fixes);
        expect(result.conflicts).toEqual([]);
        expect(changes(grids, result.grids)).toEqual(c.fixed ?? []);
        if (fixes.length > 0) {
          // A fix is done once: the fixed document must not call for the same fix again.
          const again = findings(rule, result.grids, c.options).filter((f) => f.fix && f.fix.length > 0);
          expect(again.map((f) => f.actual)).toEqual([]);
        }
      });
    });
  });
}
