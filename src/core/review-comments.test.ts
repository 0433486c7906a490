import { refKey } from './grid';
import { check } from './lint';
import { reviewComments } from './review-comments';
import type { Finding } from './rules';
import { formGridText } from './testing/form-builder';
import { parseGridText } from './grid-text';

const cell = (row: number, col: number) => ({ table: 0, row, col });
const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'target-vague',
  messageId: 'm',
  severity: 'warning',
  message: '目标值“提升”只说了方向。请写成可考核的数值。',
  cell: cell(5, 4),
  actual: '提升',
  ...over,
});

describe('reviewComments', () => {
  it('writes one finding as the reviewer would: the mark, the level, the message', () => {
    expect(reviewComments([finding({})], 'zh-CN')).toEqual([
      {
        cell: cell(5, 4),
        severity: 'warning',
        text: '【审核意见】警告：目标值“提升”只说了方向。请写成可考核的数值。',
        ruleIds: ['target-vague'],
      },
    ]);
  });

  it('adds the fix or the options when the message does not already say them', () => {
    const fix = finding({ fix: [{ cell: cell(5, 4), before: '>=90%', text: '≥90(%)' }] });
    const quoted = finding({
      message: '可自动改为“≥90(%)”。',
      fix: [{ cell: cell(5, 4), before: '>=90%', text: '≥90(%)' }],
    });
    const options = finding({
      severity: 'error',
      message: '总额不等于各来源之和。',
      suggestions: [
        { message: '把总额改为 2,670,000.00', edits: [] },
        { message: '把其他资金改为 90,000.00', edits: [] },
      ],
    });
    expect(reviewComments([fix], 'zh-CN')[0]!.text).toBe(
      '【审核意见】警告：目标值“提升”只说了方向。请写成可考核的数值。\n建议改为：“≥90(%)”',
    );
    expect(reviewComments([quoted], 'zh-CN')[0]!.text).toBe('【审核意见】警告：可自动改为“≥90(%)”。');
    expect(reviewComments([options], 'zh-CN')[0]!.text).toBe(
      '【审核意见】错误：总额不等于各来源之和。\n可选改法：把总额改为 2,670,000.00；把其他资金改为 90,000.00',
    );
    expect(reviewComments([options], 'en')[0]!.text).toBe(
      '[Review] Error: 总额不等于各来源之和。\nOptions: 把总额改为 2,670,000.00; 把其他资金改为 90,000.00',
    );
  });

  it('numbers the findings of one cell in one comment, the most severe first and deciding its level', () => {
    const [comment, ...rest] = reviewComments(
      [
        finding({ ruleId: 'target-format', severity: 'info', message: '写法不一致。' }),
        finding({ ruleId: 'target-empty', severity: 'error', message: '指标值为空。' }),
        finding({ ruleId: 'target-vague', cell: cell(6, 4) }),
      ],
      'zh-CN',
    );
    expect(comment).toEqual({
      cell: cell(5, 4),
      severity: 'error',
      text: '【审核意见】\n1. 错误：指标值为空。\n2. 提示：写法不一致。',
      ruleIds: ['target-empty', 'target-format'],
    });
    expect(rest.map((c) => c.cell)).toEqual([cell(6, 4)]);
  });

  it('gives every finding of a real check a comment on its own cell', () => {
    const grids = parseGridText(
      formGridText({ funds: { total: '1,842,000.00' }, indicators: [['产出指标', '数量指标', '培训人数', '提升']] }),
    );
    const findings = check(grids).flatMap((f) => f.findings);
    const comments = reviewComments(findings, 'zh-CN');
    expect(findings.length).toBeGreaterThan(1);
    expect(new Set(comments.map((c) => refKey(c.cell)))).toEqual(new Set(findings.map((f) => refKey(f.cell))));
    for (const f of findings)
      expect(comments.find((c) => refKey(c.cell) === refKey(f.cell))!.text).toContain(f.message);
    expect(comments.every((c) => c.text.startsWith('【审核意见】'))).toBe(true);
  });
});
