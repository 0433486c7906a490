// Findings a person ignored (忽略) in the pane, kept in the document's settings: the pane hides them, and `jixiao check`
// reads the same list from the file so that a batch run honours the decisions made in the pane.
import type { Finding } from './rules/rule';
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

const cellKey = (f: Finding) => compact(`${f.ruleId}|${refKey(f.cell)}|${f.actual}`);

const RESTS_ON_OTHER_CELLS = new Set(allRules.filter((r) => r.meta.restsOnOtherCells).map((r) => r.meta.id));

/**
 * A finding is ignored for this cell and this text: once the text changes, it shows again. Where the verdict rests on
 * other cells (`restsOnOtherCells`), also for what the rule says the cell should read: a total ignored as not adding
 * up shows again when its parts change (the sum it should be changes), though its own text does not.
 */
export const ignoreKey = (f: Finding): string =>
  RESTS_ON_OTHER_CELLS.has(f.ruleId) && f.expected?.length
    ? `${cellKey(f)}|${compact(f.expected.join('|'))}`
    : cellKey(f);

/** Whether the document's list ignores this finding; a key saved before keys held `expected` still counts. */
export function isIgnored(keys: ReadonlySet<string>, f: Finding): boolean {
  return keys.has(ignoreKey(f)) || keys.has(cellKey(f));
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
