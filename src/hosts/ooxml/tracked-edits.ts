// Writes cell edits into WordprocessingML as tracked changes (w:del of the old runs, w:ins of the new text),
// keeping the first run's formatting, so a reviewer accepts or rejects each one in Word.
import type { Edit } from '../../core/edits';
import { planEdits } from '../../core/edits';
import { refKey } from '../../core/grid';
import { cellText, W_NS, wElement, wText } from './tables';

export interface Revision {
  readonly author: string;
  /** ISO 8601, as w:date wants it. */
  readonly date: string;
}

export interface TrackedResult {
  readonly applied: Edit[];
  readonly conflicts: Edit[];
  readonly overlaps: Edit[];
}

function descendants(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W_NS, name));
}

/** Runs directly in a paragraph (or in hyperlinks/fields), not those already deleted. */
function liveRuns(p: Element): Element[] {
  return descendants(p, 'r').filter((r) => {
    for (let a = r.parentNode; a && a !== p; a = a.parentNode)
      if ((a as Element).localName === 'del' || (a as Element).localName === 'moveFrom') return false;
    return true;
  });
}

function trackReplace(tc: Element, text: string, revision: Revision, nextId: () => string): void {
  const doc = tc.ownerDocument!;
  const paragraphs = Array.from(tc.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === 'p' && (n as Element).namespaceURI === W_NS,
  );
  let first = paragraphs[0];
  if (!first) {
    first = wElement(doc, 'p');
    tc.appendChild(first);
  }
  const runs = paragraphs.flatMap(liveRuns);
  const format = runs[0] ? descendants(runs[0], 'rPr')[0] : undefined;
  for (const run of runs) {
    for (const t of descendants(run, 't')) {
      const del = wElement(doc, 'delText');
      del.setAttribute('xml:space', 'preserve');
      del.textContent = t.textContent;
      t.parentNode!.replaceChild(del, t);
    }
    const wrapper = wElement(doc, 'del', { id: nextId(), author: revision.author, date: revision.date });
    run.parentNode!.replaceChild(wrapper, run);
    wrapper.appendChild(run);
  }
  const ins = wElement(doc, 'ins', { id: nextId(), author: revision.author, date: revision.date });
  const run = wElement(doc, 'r');
  if (format) run.appendChild(format.cloneNode(true));
  text.split('\n').forEach((line, i) => {
    if (i > 0) run.appendChild(wElement(doc, 'br'));
    run.appendChild(wText(doc, line));
  });
  ins.appendChild(run);
  first.appendChild(ins);
}

/**
 * Applies edits to the cells located by `elements` (refKey → w:tc), by the batch rules of `planEdits`: an
 * edit whose cell no longer holds `before` is a conflict and is not applied.
 */
export function applyTrackedEdits(
  elements: ReadonlyMap<string, Element>,
  edits: readonly Edit[],
  revision: Revision,
  firstId = 9000,
): TrackedResult {
  let id = firstId;
  const nextId = () => String(id++);
  const cellOf = (edit: Edit) => elements.get(refKey(edit.cell));
  const plan = planEdits(edits, (edit) => {
    const tc = cellOf(edit);
    return tc ? cellText(tc) : undefined;
  });
  for (const edit of plan.writes) trackReplace(cellOf(edit)!, edit.text, revision, nextId);
  return { applied: plan.applied, conflicts: plan.conflicts, overlaps: plan.overlaps };
}
