// Findings a person ignored (忽略) in the pane, kept in the document's settings: the pane hides them, and `jixiao check`
// reads the same list from the file so that a batch run honours the decisions made in the pane.
import type { Finding } from './rules/rule';
import type { CellRef } from './grid';
import { refKey } from './grid';
import { allRules } from './rules';

export const IGNORED_KEY = 'jixiao.ignored';

/** Bounds for what a document's settings may hold: a crafted setting must not grow the pane's or the CLI's memory. */
const MAX_IGNORED = 20_000;
const MAX_KEY_CHARS = 2_000;

/**
 * Keys compare without whitespace: Excel's `Range.text` (the pane) pads numbers of an accounting format (`_ *`) where
 * the file reader shows them bare, and a space more or less does not change what was decided.
 */
const compact = (key: string) => key.replace(/\s+/g, '');

/** The first keys: rule, cell and text (a second finding of the rule on that cell and text was hidden with it). */
const cellKey = (f: Finding) => compact(`${f.ruleId}|${refKey(f.cell)}|${f.actual}`);

const RESTS_ON_OTHER_CELLS = new Set(allRules.filter((r) => r.meta.restsOnOtherCells).map((r) => r.meta.id));

/**
 * Where the verdict rests on other cells, what it rests on, appended to a key: what the rule says the cell should
 * read, else its `basis` (a total that is not the one to change: what its parts add up to, the same text).
 */
function withBasis(f: Finding, key: string): string {
  if (!RESTS_ON_OTHER_CELLS.has(f.ruleId)) return key;
  const basis = f.expected?.length ? f.expected : (f.basis ?? []);
  return basis.length ? `${key}|${compact(basis.join('|'))}` : key;
}

/**
 * A finding is ignored for this rule's message, this cell and this text: once the text changes, it shows again, and
 * so does another message of the rule on the same cell (structure rules report several on the project name: 本表只有
 * 3 个三级指标 and 本表只有 1 个产出指标). Where the verdict rests on other cells (`restsOnOtherCells`), also for what
 * it rests on (`withBasis`): a total ignored as not adding up shows again when its parts change (what they add up to
 * changes), though its own text does not.
 */
export const ignoreKey = (f: Finding): string =>
  withBasis(f, compact(`${f.ruleId}/${f.messageId}|${refKey(f.cell)}|${f.actual}`));

/** Whether the document's list ignores this finding; keys saved before keys held the message or `expected` count. */
export function isIgnored(keys: ReadonlySet<string>, f: Finding): boolean {
  return keys.has(ignoreKey(f)) || keys.has(withBasis(f, cellKey(f))) || keys.has(cellKey(f));
}

/**
 * The keys with their cells renamed where rows inserted above moved them (`moved`: old ref key → new ref, from
 * `movedByInsert`), so that a decision stays with its cell, not with its old address. Keys of every age read
 * `rule…|cell|text…`; a sheet's name may hold `|`, so the cell part is the first stretch up to a `|` that `moved`
 * knows.
 */
export function movedIgnored(keys: ReadonlySet<string>, moved: ReadonlyMap<string, CellRef>): Set<string> {
  if (moved.size === 0) return new Set(keys);
  const renamed = new Map([...moved].map(([from, to]) => [compact(from), compact(refKey(to))]));
  return new Set(
    [...keys].map((key) => {
      const rule = key.indexOf('|');
      if (rule < 0) return key;
      for (let end = key.indexOf('|', rule + 1); end > 0; end = key.indexOf('|', end + 1)) {
        const to = renamed.get(key.slice(rule + 1, end));
        if (to !== undefined) return `${key.slice(0, rule + 1)}${to}${key.slice(end)}`;
      }
      return key;
    }),
  );
}

/**
 * The ignore list kept in the document, as keys (older keys kept whitespace: compacted here); a damaged or crafted
 * setting loses only the list; past the bound, the latest decisions are kept (the pane adds them at the end).
 */
export function readIgnored(saved: string | null): Set<string> {
  if (!saved) return new Set();
  let keys: unknown;
  try {
    keys = JSON.parse(saved);
  } catch {
    return new Set();
  }
  if (!Array.isArray(keys)) return new Set();
  const kept = keys.filter((k): k is string => typeof k === 'string' && k.length <= MAX_KEY_CHARS);
  return new Set(kept.slice(-MAX_IGNORED).map(compact));
}

/** A finding reported although the document ignored it (`--include-ignored`): marked, so the report still says so. */
export type ReportedFinding = Finding & { ignoredInDocument?: true };

/**
 * Findings as a report gives them, by the document's ignore list: without those its people ignored (listed apart in
 * `ignored`), or with `include` all of them, the ignored ones marked (and listed in `ignored` too). `ignored` is
 * absent when none was, as in the reports.
 */
export function applyIgnores(
  findings: readonly Finding[],
  keys: ReadonlySet<string>,
  include = false,
): { findings: ReportedFinding[]; ignored?: Finding[] } {
  const shown: ReportedFinding[] = [];
  const ignored: Finding[] = [];
  for (const f of findings) {
    if (!isIgnored(keys, f)) {
      shown.push(f);
      continue;
    }
    ignored.push(f);
    if (include) shown.push({ ...f, ignoredInDocument: true });
  }
  return ignored.length === 0 ? { findings: shown } : { findings: shown, ignored };
}
