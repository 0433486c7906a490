// `jixiao suggest`: each form's project type and the indicators to add, as JSON (schemaVersion 1) or text.
import type { Form } from '../core/form';
import { recognize } from '../core/recognize';
import type { RuleSettings } from '../core/rule-settings';
import type { Lang } from '../core/rules';
import { SCHEMA_VERSION } from '../core/report';
import type { ChosenTypes } from '../core/chosen-types';
import { CHOSEN_TYPES_KEY, chosenTypeIds, chosenTypesIn, formKey, readChosenTypes } from '../core/chosen-types';
import { chosenClassification, classify, evidenceText } from '../core/suggest/classify';
import type { SuggestionKind } from '../core/suggest/suggest';
import { lackingDimensions, suggestIndicators } from '../core/suggest/suggest';
import type { Direction, Library, ProjectType } from '../library/schema';
import type { AddinSettings } from '../hosts/file/addin-settings';
import { readDocument } from '../hosts/file/read-file';
import { FileError } from '../hosts/file/file-errors';
import { fileErrorOf } from './report';

export interface FormSuggestions {
  index: number;
  template: string;
  title: string | null;
  projectName: string | null;
  /**
   * The types were named (with --type, or in the document's pane), not read from the form's words (confidence 1, no
   * words).
   */
  typeChosen: boolean;
  /** Where the types come from: the form's words, --type, or the choice kept in the document by the pane. */
  typeSource: TypeSource;
  /** Best first; empty when no type fits (only 共性 indicators are suggested then). */
  projectType: { id: string; label: string; labelEn: string; confidence: number; words: string[] }[];
  /**
   * The dimensions the form lacks, in the report's language (本表没有满意度指标); empty when it has them all. Cost from
   * the year `check` asks for it (2025, or the settings' costFrom).
   */
  lacking: string[];
  suggestions: {
    rank: number;
    kind: SuggestionKind;
    /** Why, in the report's language. */
    reason: string;
    id: string;
    types: string[];
    level1: string;
    level2: string;
    name: string;
    /** Other names forms write for it (empty when none). */
    aliases: string[];
    target: string;
    unit: string;
    direction: Direction;
    definition: string;
    score: number;
  }[];
}

export type TypeSource = 'form' | 'option' | 'document';

export interface SuggestFileReport {
  path: string;
  status: 'ok' | 'error';
  error?: { code: string; message: string };
  forms: FormSuggestions[];
}

export interface SuggestReport {
  schemaVersion: typeof SCHEMA_VERSION;
  files: SuggestFileReport[];
  summary: { files: number; forms: number; suggestions: number };
}

export interface SuggestRun {
  readonly library: Library;
  readonly lang: Lang;
  readonly top: number;
  /** The types named with --type, for every form in place of the classifier's reading; empty: read each form. */
  readonly types: readonly ProjectType[];
  /** --settings: from which year a form lacks a cost indicator, as `check` says it (`lacking`). */
  readonly settings?: RuleSettings | null;
}

/**
 * The form's suggestions; --type comes first, then the type chosen for it in the document's pane
 * (`chosenInDocument`), then the classifier's reading of its words.
 */
export function suggestForm(
  form: Form,
  { library, lang, top, types, settings = null }: SuggestRun,
  chosenInDocument: readonly ProjectType[] = [],
): FormSuggestions {
  const named = types.length ? types : chosenInDocument;
  const typeSource: TypeSource = types.length ? 'option' : chosenInDocument.length ? 'document' : 'form';
  const classification = named.length ? chosenClassification(named) : classify(form, library);
  const suggestions = suggestIndicators(form, library, { classification, limit: top, settings });
  return {
    index: form.index,
    template: form.template,
    title: form.title,
    projectName: form.fields.projectName?.text.trim() || null,
    typeChosen: typeSource !== 'form',
    typeSource,
    projectType: classification.types.map((t) => ({
      id: t.id,
      label: t.label,
      labelEn: t.labelEn,
      confidence: t.confidence,
      words: t.evidence.map((e) => evidenceText(e, lang)),
    })),
    lacking: lackingDimensions(form, settings).map((l) => (lang === 'en' ? l.en : l.zh)),
    suggestions: suggestions.map((s, i) => ({
      rank: i + 1,
      kind: s.reason.kind,
      reason: lang === 'en' ? s.reason.en : s.reason.zh,
      id: s.indicator.id,
      types: [...s.indicator.types],
      level1: s.indicator.level1,
      level2: s.indicator.level2,
      name: s.indicator.name,
      aliases: [...(s.indicator.aliases ?? [])],
      target: s.indicator.target,
      unit: s.indicator.unit,
      direction: s.indicator.direction,
      definition: s.indicator.definition,
      score: s.score,
    })),
  };
}

export async function suggestFile(path: string, run: SuggestRun): Promise<SuggestFileReport> {
  try {
    const document = await readDocument(path);
    const chosen = documentChoices(document.settings, run.library);
    const recognised = recognize(document.grids);
    // Tables but no form among them: an empty list of suggestions would pass it off as a form needing none.
    if (recognised.length === 0) throw new FileError(document.grids.length ? 'no-forms-recognised' : 'no-tables');
    const forms = recognised.map((form) => suggestForm(form, run, chosen(form)));
    return { path, status: 'ok', forms };
  } catch (e) {
    return { path, status: 'error', error: fileErrorOf(e, run.lang), forms: [] };
  }
}

/**
 * The types chosen for each form in the pane's 按哪类项目建议 (one or two), as kept in the document; a type this
 * run's library does not have (chosen from another organisation's library) is left out, and a form left with none
 * goes to the classifier.
 */
function documentChoices(settings: AddinSettings, library: Library): (form: Form) => ProjectType[] {
  const chosen = Object.assign({}, ...(settings.get(CHOSEN_TYPES_KEY) ?? []).map(readChosenTypes)) as ChosenTypes;
  return (form) => chosenTypesIn(chosenTypeIds(chosen, formKey(form)), library.types);
}

export function summariseSuggestions(files: SuggestFileReport[]): SuggestReport {
  const forms = files.flatMap((f) => f.forms);
  return {
    schemaVersion: SCHEMA_VERSION,
    files,
    summary: {
      files: files.length,
      forms: forms.length,
      suggestions: forms.reduce((n, f) => n + f.suggestions.length, 0),
    },
  };
}

export const KIND: Record<Lang, Record<SuggestionKind, string>> = {
  'zh-CN': { 'missing-dimension': '补缺维度', 'open-row': '填空行', 'type-core': '类型常用', common: '共性' },
  en: { 'missing-dimension': 'missing dimension', 'open-row': 'empty row', 'type-core': 'type core', common: 'common' },
};

/** How a named type was named, for the text report and the workbook. */
export const CHOSEN_BY: Readonly<Record<TypeSource, { zh: string; en: string }>> = {
  form: { zh: '按表中文字判断', en: "read from the form's words" },
  option: { zh: '按 --type 指定', en: 'as named with --type' },
  document: { zh: '按文档中选定的类型', en: 'as chosen in the document' },
};

/** How many deciding words the text report shows per type (the JSON has them all). */
const WORDS_SHOWN = 4;

/** `file 第2张表《项目》`: a form as the text reports name it. */
export function formHeading(path: string, form: { index: number; projectName: string | null }, lang: Lang): string {
  const name = form.projectName ?? (lang === 'en' ? '(no project name)' : '（未填项目名称）');
  return lang === 'en' ? `${path} form ${form.index + 1} "${name}"` : `${path} 第${form.index + 1}张表《${name}》`;
}

function typeLine(form: FormSuggestions, lang: Lang): string {
  if (form.typeChosen) {
    const labels = form.projectType.map((t) => (lang === 'en' ? t.labelEn : t.label));
    return lang === 'en'
      ? `  Project type: ${labels.join('; ')} (${CHOSEN_BY[form.typeSource].en})`
      : `  项目类型：${labels.join('；')}（${CHOSEN_BY[form.typeSource].zh}）`;
  }
  if (form.projectType.length === 0)
    return lang === 'en'
      ? '  Project type: none recognised (common indicators only)'
      : '  项目类型：未能判断（只推荐共性指标）';
  const types = form.projectType.map((t) => {
    const words = t.words.slice(0, WORDS_SHOWN).join(lang === 'en' ? ', ' : '、');
    const pct = Math.round(t.confidence * 100);
    return lang === 'en' ? `${t.labelEn} ${pct}% (from: ${words})` : `${t.label} ${pct}%（依据：${words}）`;
  });
  return lang === 'en' ? `  Project type: ${types.join('; ')}` : `  项目类型：${types.join('；')}`;
}

export function renderSuggestText(report: SuggestReport, lang: Lang): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.error)
      lines.push(`${file.path}: ${lang === 'en' ? 'error' : '错误'} ${file.error.message} [${file.error.code}]`);
    for (const form of file.forms) {
      lines.push(formHeading(file.path, form, lang), typeLine(form, lang));
      if (form.lacking.length)
        lines.push(
          lang === 'en' ? `  Lacking: ${form.lacking.join('; ')}` : `  缺少的维度：${form.lacking.join('；')}`,
        );
      if (form.suggestions.length === 0) lines.push(lang === 'en' ? '  No suggestions.' : '  没有可推荐的指标。');
      for (const s of form.suggestions)
        lines.push(
          `  ${String(s.rank).padStart(2)}. ${s.level1} › ${s.level2} › ${s.name}  ${s.target}  [${KIND[lang][s.kind]}] ${s.reason}`,
        );
    }
  }
  const s = report.summary;
  // As in check's summary: a file read whole in which no form was recognised is counted apart.
  const unrecognised = report.files.filter((f) => f.error?.code === 'no-forms-recognised').length;
  const unread = report.files.filter((f) => f.status === 'error').length - unrecognised;
  lines.push(
    lang === 'en'
      ? `${s.files} files, ${s.forms} forms: ${s.suggestions} suggestions${unread ? `; ${unread} files could not be read` : ''}${unrecognised ? `; ${unrecognised} files with no form recognised` : ''}`
      : `共 ${s.files} 个文件、${s.forms} 张申报表：推荐指标 ${s.suggestions} 条${unread ? `；${unread} 个文件无法读取` : ''}${unrecognised ? `；${unrecognised} 个文件未识别出申报表` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
