// `jixiao rules`: every rule an organisation can set, with its default level and its level under --settings — the
// list a bureau writes its jixiao-settings.json from.
import type { CatalogEntry } from '../core/rule-catalog';
import { LEVEL_TEXT, ruleCatalog } from '../core/rule-catalog';
import type { RuleLevel } from '../core/rule-settings';
import type { Lang, Severity } from '../core/rules/rule';
import { renderText } from '../core/rules/rule';
import { SCHEMA_VERSION } from '../core/report';
import type { SettingsRef } from './settings';
import { settingsLine } from './settings';

export interface RuleEntry {
  id: string;
  /** domain-rules.md entries the rule implements (R-05, F-2 …). */
  catalog: readonly string[];
  runs: CatalogEntry['runs'];
  severity: Severity;
  /** What the settings set it to; the default severity when they do not name it. */
  level: RuleLevel;
  description: { zh: string; en: string };
  /** The thresholds settings may set (`options` in jixiao-settings.json); empty for a rule without any. */
  options: OptionEntry[];
}

export interface OptionEntry {
  name: string;
  default: number;
  min: number;
  max: number;
  integer: boolean;
  /** What the settings set it to; the default when they do not. */
  value: number;
  description: { zh: string; en: string };
}

export interface RulesReport {
  schemaVersion: typeof SCHEMA_VERSION;
  rules: RuleEntry[];
  settings?: SettingsRef;
}

export function rulesReport(settings: SettingsRef | null): RulesReport {
  const entry = ({ meta, runs }: CatalogEntry): RuleEntry => ({
    id: meta.id,
    catalog: meta.catalog,
    runs,
    severity: meta.severity,
    level: settings?.rules[meta.id] ?? meta.severity,
    description: { zh: meta.description.zh, en: meta.description.en },
    options: Object.entries(meta.options ?? {}).map(([name, spec]) => ({
      name,
      default: spec.default,
      min: spec.min,
      max: spec.max,
      integer: spec.integer ?? false,
      value: settings?.options[meta.id]?.[name] ?? spec.default,
      description: { zh: spec.description.zh, en: spec.description.en },
    })),
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    rules: ruleCatalog.map(entry),
    ...(settings ? { settings } : {}),
  };
}

const levelText = (level: RuleLevel, lang: Lang) => renderText(LEVEL_TEXT[level], lang);

/** `· min = 85（默认 80，可设 0–99）满意度目标最低值（%）` */
function optionLine(o: OptionEntry, lang: Lang): string {
  const range = `${o.min}–${o.max}`;
  const set = o.value !== o.default;
  return lang === 'en'
    ? `· ${o.name} = ${o.value} (${set ? `default ${o.default}, ` : ''}${range}) ${o.description.en}`
    : `· ${o.name} = ${o.value}（${set ? `默认 ${o.default}，` : ''}可设 ${range}）${o.description.zh}`;
}

export function renderRulesText(report: RulesReport, lang: Lang): string {
  const en = lang === 'en';
  const width = Math.max(...report.rules.map((r) => r.id.length));
  const line = (r: RuleEntry) => {
    const changed = r.level !== r.severity;
    const level = changed
      ? en
        ? `${r.level} (default ${r.severity})`
        : `${levelText(r.level, lang)}（默认${levelText(r.severity, lang)}）`
      : levelText(r.level, lang);
    const catalog = r.catalog.length ? ` [${r.catalog.join(', ')}]` : '';
    return [
      `${r.id.padEnd(width)}  ${level}  ${en ? r.description.en : r.description.zh}${catalog}`,
      ...r.options.map((o) => `${' '.repeat(width + 2)}${optionLine(o, lang)}`),
    ];
  };
  const group = (runs: RuleEntry['runs'], heading: string) => [
    heading,
    ...report.rules.filter((r) => r.runs === runs).flatMap(line),
  ];
  return `${[
    ...group(
      'check',
      en ? 'Checks of every form (jixiao check, 检查 in the pane):' : '每张表的检查（jixiao check、任务窗格“检查”）：',
    ),
    '',
    ...group(
      'compare',
      en
        ? "Against last year's form (jixiao compare, 与上年比较):"
        : '与上年的表比较（jixiao compare、“与上年比较”）：',
    ),
    '',
    ...(report.settings ? [settingsLine(report.settings, lang)] : []),
    en
      ? 'Set a rule in jixiao-settings.json: "rules": { "<id>": "off" | "info" | "warning" | "error" }'
      : '在 jixiao-settings.json 中设置：“rules”: { "规则编号": "关闭" | "提示" | "警告" | "错误" }（也可写 off、info、warning、error）',
    en
      ? 'Set an option: "options": { "<id>": { "<option>": <number> } }'
      : '设置参数：“options”: { "规则编号": { "参数名": 数值 } }',
  ].join('\n')}\n`;
}
