// Findings a person ignored (忽略) in the pane, kept in the document's settings: the pane hides them, and `jixiao check`
// reads the same list from the file so that a batch run honours the decisions made in the pane.
import type { Finding } from './rules/rule';
import { refKey } from './grid';

export const IGNORED_KEY = 'jixiao.ignored';

/** Bounds for what a document's settings may hold: a crafted setting must not grow the pane's or the CLI's memory. */
const MAX_IGNORED = 20_000;
const MAX_KEY_CHARS = 2_000;

/** A finding is ignored for this cell and this text: once the text changes, it shows again. */
export const ignoreKey = (f: Finding): string => `${f.ruleId}|${refKey(f.cell)}|${f.actual}`;

/** The ignore list kept in the document; a damaged or crafted setting loses only the list (what fits is kept). */
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
  return new Set(kept.slice(0, MAX_IGNORED));
}

/** Findings split by the document's ignore list: those to report, and those its people ignored. */
export function splitIgnored(
  findings: readonly Finding[],
  ignored: ReadonlySet<string>,
): { shown: Finding[]; ignored: Finding[] } {
  const shown: Finding[] = [];
  const hidden: Finding[] = [];
  for (const f of findings) (ignored.has(ignoreKey(f)) ? hidden : shown).push(f);
  return { shown, ignored: hidden };
}
