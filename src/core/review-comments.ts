// 审核意见 as comments: a check's findings turned into one comment per problem cell, the way a reviewer returns a
// form for correction (退回修改) with remarks on the spot. Shared by the pane (Word/Excel comments) and the CLI.
import type { CellRef } from './grid';
import { refKey } from './grid';
import type { Finding, Lang, Severity } from './rules';
import { LEVEL_TEXT } from './rule-catalog';

/** Starts every comment this tool writes, so a person can tell it from their own. */
const REVIEW_PREFIX = { zh: '【审核意见】', en: '[Review] ' } as const;

export interface ReviewComment {
  readonly cell: CellRef;
  /** The most severe finding on the cell. */
  readonly severity: Severity;
  readonly text: string;
  readonly ruleIds: readonly string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What to write instead, where the finding knows it and its message does not already quote it. */
function proposal(finding: Finding, lang: Lang): string | null {
  const zh = lang !== 'en';
  const fixed = finding.fix?.find((e) => refKey(e.cell) === refKey(finding.cell));
  if (fixed && !finding.message.includes(fixed.text))
    return zh ? `建议改为：“${fixed.text}”` : `Suggested: "${fixed.text}"`;
  const options = (finding.suggestions ?? []).map((s) => s.message).filter((m) => !finding.message.includes(m));
  if (options.length === 0) return null;
  return zh ? `可选改法：${options.join('；')}` : `Options: ${options.join('; ')}`;
}

function entry(finding: Finding, lang: Lang): string {
  const level = lang === 'en' ? LEVEL_TEXT[finding.severity].en : LEVEL_TEXT[finding.severity].zh;
  const head = lang === 'en' ? `${level[0]!.toUpperCase()}${level.slice(1)}: ` : `${level}：`;
  const more = proposal(finding, lang);
  return `${head}${finding.message}${more ? `\n${more}` : ''}`;
}

/**
 * One comment per cell, in the order the findings come (the check's order: down the form); several findings on one
 * cell are numbered in one comment, most severe first, since Word and Excel show one comment per spot best.
 */
export function reviewComments(findings: readonly Finding[], lang: Lang): ReviewComment[] {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = refKey(finding.cell);
    byCell.set(key, [...(byCell.get(key) ?? []), finding]);
  }
  return [...byCell.values()].map((group) => {
    const sorted = [...group].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const entries = sorted.map((f) => entry(f, lang));
    const body = entries.length === 1 ? entries[0]! : entries.map((e, i) => `${i + 1}. ${e}`).join('\n');
    return {
      cell: group[0]!.cell,
      severity: sorted[0]!.severity,
      text: `${lang === 'en' ? REVIEW_PREFIX.en : REVIEW_PREFIX.zh}${entries.length === 1 ? '' : '\n'}${body}`,
      ruleIds: [...new Set(sorted.map((f) => f.ruleId))],
    };
  });
}

/** Whether a comment's text is one this tool wrote (and nobody has rewritten its opening since). */
export const isReviewComment = (text: string) => text.startsWith(REVIEW_PREFIX.zh) || text.startsWith(REVIEW_PREFIX.en);
