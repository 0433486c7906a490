import { lintForm } from './lint';
import { configureRules, optionAsSet } from './rule-settings';
import type { RuleSettings } from './rule-settings';
import { allRules } from './rules';
import { buildForm, formGridText } from './testing/form-builder';

describe('configureRules', () => {
  const form = buildForm(
    formGridText({
      funds: { annual: '999.00' },
      indicators: [
        ['成本指标', '经济成本指标', '人均培训成本', '≥500(元)'],
        ['产出指标', '数量指标', '在线学习招生人数', '≤150000(人)'],
        ['产出指标', '质量指标', '培训出勤率', '>=95%'],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90(%)'],
      ],
    }),
  );
  const settings = (rules: RuleSettings['rules']): RuleSettings => ({ name: '某区财政局审核口径', rules });
  const byRule = (rules: RuleSettings['rules'], id: string) =>
    lintForm(form, { rules: configureRules(allRules, settings(rules)) }).filter((f) => f.ruleId === id);

  it('leaves the rules as they are without settings, and for rules the settings do not name', () => {
    expect(configureRules(allRules, null)).toEqual(allRules);
    const plain = lintForm(form);
    expect(plain.map((f) => f.ruleId)).toContain('fund-annual-sum');
    expect(lintForm(form, { rules: configureRules(allRules, settings({ 'target-format': 'off' })) })).toEqual(
      plain.filter((f) => f.ruleId !== 'target-format'),
    );
  });

  it('drops a rule set off', () => {
    expect(byRule({}, 'target-format').length).toBeGreaterThan(0);
    expect(byRule({ 'target-format': 'off' }, 'target-format')).toEqual([]);
    expect(configureRules(allRules, settings({ 'target-format': 'off' }))).toHaveLength(allRules.length - 1);
  });

  it('gives every finding of a rule the level set, even where the rule grades its own findings', () => {
    // R-05 grades: a cost floored with ≥ is an error, a count capped with ≤ a warning.
    expect(
      byRule({}, 'target-inverted-operator')
        .map((f) => f.severity)
        .sort(),
    ).toEqual(['error', 'warning']);
    expect(byRule({ 'target-inverted-operator': 'info' }, 'target-inverted-operator').map((f) => f.severity)).toEqual([
      'info',
      'info',
    ]);
    const raised = configureRules(allRules, settings({ 'fund-annual-sum': 'warning' })).find(
      (r) => r.meta.id === 'fund-annual-sum',
    )!;
    expect(raised.meta.severity).toBe('warning');
    expect(byRule({ 'fund-annual-sum': 'warning' }, 'fund-annual-sum').map((f) => f.severity)).toEqual(['warning']);
  });

  it("sets a rule's thresholds, in its findings and its messages, and keeps the defaults of options not set", () => {
    const lowForm = buildForm(
      formGridText({ indicators: [['满意度指标', '服务对象满意度指标', '学员满意度', '≥85(%)']] }),
    );
    const lint = (s: RuleSettings | null) =>
      lintForm(lowForm, { rules: configureRules(allRules, s) }).filter((f) => f.ruleId === 'target-satisfaction-value');
    expect(lint(null)).toEqual([]);
    const stricter = lint({ name: '某区', rules: {}, options: { 'target-satisfaction-value': { min: 88 } } });
    expect(stricter.map((f) => [f.severity, f.message, f.expected])).toEqual([
      [
        'warning',
        '“学员满意度”的目标值“≥85(%)”低于 88%：评审会认为目标不够积极。通常写“≥90(%)”；确有理由偏低时，请在绩效目标中说明依据。',
        ['≥90(%)'],
      ],
    ]);
    const asError = lint({
      name: '某区',
      rules: { 'target-satisfaction-value': 'error' },
      options: { 'target-satisfaction-value': { min: 88 } },
    });
    expect(asError.map((f) => f.severity)).toEqual(['error']);
    expect(
      lint({
        name: '某区',
        rules: { 'target-satisfaction-value': 'off' },
        options: { 'target-satisfaction-value': { min: 88 } },
      }),
    ).toEqual([]);
  });
});

describe('optionAsSet', () => {
  const rule = allRules.find((r) => r.meta.id === 'structure-missing-dimension')!;
  it('reads an option as the settings set it, else the rule’s default, and refuses one the rule lacks', () => {
    expect(optionAsSet(rule, 'costFrom', null)).toBe(2025);
    const set = { name: '口径', rules: {}, options: { 'structure-missing-dimension': { costFrom: 2024 } } };
    expect(optionAsSet(rule, 'costFrom', set)).toBe(2024);
    expect(() => optionAsSet(rule, 'min', set)).toThrow(/no option min/);
  });
});
