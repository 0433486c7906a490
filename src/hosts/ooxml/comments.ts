// Word comments in WordprocessingML: each anchored on a whole table cell (w:commentRangeStart … w:commentRangeEnd and
// a w:commentReference run), their text in word/comments.xml, as Word itself writes a comment on a selected cell.
import { refKey } from '../../core/grid';
import type { CellComment } from '../host';
import type { Revision } from './tracked-edits';
import { W_NS, wElement, wText } from './tables';

export const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
export const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

const paragraphsOf = (tc: Element) =>
  Array.from(tc.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === 'p' && (n as Element).namespaceURI === W_NS,
  );

/** The comment ids already used in a comments part, so new ones never collide with a person's comments. */
export function nextCommentId(comments: Document): number {
  const ids = Array.from(comments.getElementsByTagNameNS(W_NS, 'comment')).map((c) =>
    Number.parseInt(c.getAttributeNS(W_NS, 'id') ?? c.getAttribute('w:id') ?? '', 10),
  );
  return Math.max(-1, ...ids.filter(Number.isFinite)) + 1;
}

function anchor(tc: Element, id: string): void {
  const doc = tc.ownerDocument!;
  let paragraphs = paragraphsOf(tc);
  if (paragraphs.length === 0) {
    tc.appendChild(wElement(doc, 'p'));
    paragraphs = paragraphsOf(tc);
  }
  const first = paragraphs[0]!;
  const last = paragraphs[paragraphs.length - 1]!;
  const props = Array.from(first.childNodes).find((n) => n.nodeType === 1 && (n as Element).localName === 'pPr');
  first.insertBefore(wElement(doc, 'commentRangeStart', { id }), props ? props.nextSibling : first.firstChild);
  last.appendChild(wElement(doc, 'commentRangeEnd', { id }));
  const reference = wElement(doc, 'r');
  reference.appendChild(wElement(doc, 'commentReference', { id }));
  last.appendChild(reference);
}

function commentElement(comments: Document, id: string, text: string, revision: Revision): Element {
  const comment = wElement(comments, 'comment', { id, author: revision.author, date: revision.date, initials: '绩效' });
  text.split('\n').forEach((line, i) => {
    const p = wElement(comments, 'p');
    if (i === 0) {
      const mark = wElement(comments, 'r');
      mark.appendChild(wElement(comments, 'annotationRef'));
      p.appendChild(mark);
    }
    const run = wElement(comments, 'r');
    run.appendChild(wText(comments, line));
    p.appendChild(run);
    comment.appendChild(p);
  });
  return comment;
}

/** An empty comments part, for a document that has none yet. */
export function emptyCommentsPart(create: (xml: string) => Document): Document {
  return create(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}"/>`);
}

/**
 * Anchors each comment on its cell (located by `elements`, refKey → w:tc) and adds its text to `comments`; a cell
 * the document no longer has gets none, never a guessed one. Returns how many were written.
 */
export function addCellComments(
  elements: ReadonlyMap<string, Element>,
  comments: Document,
  wanted: readonly CellComment[],
  revision: Revision,
): number {
  let id = nextCommentId(comments);
  let written = 0;
  for (const comment of wanted) {
    const tc = elements.get(refKey(comment.cell));
    if (!tc) continue;
    const key = String(id++);
    anchor(tc, key);
    comments.documentElement.appendChild(commentElement(comments, key, comment.text, revision));
    written++;
  }
  return written;
}
