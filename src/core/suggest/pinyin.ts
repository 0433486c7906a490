// Pinyin initials of Chinese text (系统可用率 → xtkyl), so the library can be searched by typing them.
import { INITIAL_RUNS } from './pinyin-table';

let initials: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (!initials) {
    initials = new Map();
    for (const [letter, run] of Object.entries(INITIAL_RUNS)) for (const ch of run) initials.set(ch, letter);
  }
  return initials;
}

/** The first pinyin letter of a character, the character itself for ASCII letters and digits, '' otherwise. */
export function initialOf(ch: string): string {
  const half = ch.normalize('NFKC');
  if (/^[a-z0-9]$/i.test(half)) return half.toLowerCase();
  return table().get(ch) ?? '';
}

/**
 * Initials of a text, one per character that has one (punctuation and brackets are skipped; a rare character
 * without an initial becomes `_`, so that no query reads across it).
 */
export function pinyinInitials(text: string): string {
  let out = '';
  for (const ch of text) {
    const initial = initialOf(ch);
    if (initial) out += initial;
    else if (/\p{Script=Han}/u.test(ch)) out += '_';
  }
  return out;
}
