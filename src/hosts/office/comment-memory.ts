// The 审核意见 comments this pane left in a document, kept in its settings so that the next press (or a reloaded
// pane) replaces them instead of adding a second set, and never touches a comment a person wrote or answered.
import type { CommentResult } from '../host';
import type { SettingsStore } from './settings';

export const COMMENTS_SETTING = 'jixiao.comments';

export interface RememberedComment {
  /** Word: the comment's id; Excel: the cell, `Sheet!A1` (a cell holds one note or thread). */
  readonly id: string;
  /** The text as written: a comment whose text changed since is a person's now. */
  readonly text: string;
}

const isRemembered = (v: unknown): v is RememberedComment =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as RememberedComment).id === 'string' &&
  typeof (v as RememberedComment).text === 'string';

export async function rememberedComments(settings: SettingsStore): Promise<RememberedComment[]> {
  const saved = await settings.load(COMMENTS_SETTING).catch(() => null);
  try {
    const list: unknown = saved ? JSON.parse(saved) : [];
    return Array.isArray(list) ? list.filter(isRemembered) : [];
  } catch {
    return [];
  }
}

/** Whether an earlier comment may be taken away: still exactly as this pane wrote it, and unanswered. */
export const stillOurs = (remembered: RememberedComment, content: string, replies: number) =>
  replies === 0 && content === remembered.text;

/** Remembers what a press wrote (only those: earlier ones left in place are a person's now) and sums it up. */
export async function settleComments(
  settings: SettingsStore,
  asked: number,
  outcome: { written: readonly RememberedComment[]; removed: number; kept: number },
): Promise<CommentResult> {
  await settings.save(COMMENTS_SETTING, JSON.stringify(outcome.written));
  const { written, removed, kept } = outcome;
  return { written: written.length, removed, kept, skipped: asked - written.length };
}
