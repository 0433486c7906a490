// `jixiao suggest … --report FILE.xlsx`: the suggestions as a workbook for the finance staff who send them to the
// units — one row per form (its type and what it lacks), one row per suggested indicator with its typical target,
// unit and 指标解释, ready to copy into a form.
import type { Lang } from '../core/rules';
import type { Direction } from '../library/schema';
import type { Column, Row } from './report-xlsx';
import { addSheet, formLabel, newWorkbook, noFormNote, pick } from './report-xlsx';
import type { FormSuggestions, SuggestFileReport, SuggestReport } from './suggest';
import { CHOSEN_BY, KIND } from './suggest';

const FORM_COLUMNS = {
  file: { zh: '文件', en: 'File', width: 40, wrap: true },
  project: { zh: '项目名称', en: 'Project', width: 30, wrap: true },
  type: { zh: '项目类型', en: 'Project type', width: 24, wrap: true },
  evidence: { zh: '判断依据', en: 'Decided by', width: 40, wrap: true },
  missing: { zh: '缺少的维度', en: 'Dimensions missing', width: 40, wrap: true },
  suggestions: { zh: '推荐指标数', en: 'Suggestions', width: 10 },
  note: { zh: '说明', en: 'Note', width: 40, wrap: true },
} satisfies Record<string, Column>;

const SUGGESTION_COLUMNS = {
  file: { zh: '文件', en: 'File', width: 36, wrap: true },
  project: { zh: '项目名称', en: 'Project', width: 26, wrap: true },
  rank: { zh: '序号', en: 'Rank', width: 6 },
  kind: { zh: '类别', en: 'Kind', width: 12 },
  level1: { zh: '一级指标', en: 'Level 1', width: 12 },
  level2: { zh: '二级指标', en: 'Level 2', width: 16 },
  name: { zh: '三级指标', en: 'Indicator', width: 28, wrap: true },
  target: { zh: '参考指标值', en: 'Typical target', width: 16, wrap: true },
  unit: { zh: '计量单位', en: 'Unit', width: 9 },
  direction: { zh: '指标方向', en: 'Direction', width: 14 },
  definition: { zh: '指标解释', en: 'Definition', width: 44, wrap: true },
  reason: { zh: '推荐理由', en: 'Why', width: 44, wrap: true },
  aliases: { zh: '其他写法', en: 'Also written', width: 24, wrap: true },
} satisfies Record<string, Column>;

const SHEETS = {
  forms: { zh: '推荐汇总', en: 'Forms' },
  suggestions: { zh: '推荐指标', en: 'Suggestions' },
} as const;

const DIRECTION_TEXT: Readonly<Record<Direction, { zh: string; en: string }>> = {
  higher: { zh: '正向（越大越好）', en: 'Higher is better' },
  lower: { zh: '反向（越小越好）', en: 'Lower is better' },
  qualitative: { zh: '定性', en: 'Qualitative' },
};

const projectOf = (form: FormSuggestions) => form.projectName ?? form.title;
const list = (items: readonly string[], lang: Lang) => items.join(lang === 'en' ? '; ' : '；');

function typeText(form: FormSuggestions, lang: Lang): string | null {
  if (form.projectType.length === 0) return null;
  const label = (t: FormSuggestions['projectType'][number]) => (lang === 'en' ? t.labelEn : t.label);
  // A type named with --type or chosen in the pane is the person's decision, not a reading with a confidence.
  if (form.typeChosen) return list(form.projectType.map(label), lang);
  return list(
    form.projectType.map((t) => `${label(t)} ${Math.round(t.confidence * 100)}%`),
    lang,
  );
}

function evidenceText(form: FormSuggestions, lang: Lang): string | null {
  if (form.typeChosen) return pick(CHOSEN_BY[form.typeSource], lang);
  return form.projectType.length ? list([...new Set(form.projectType.flatMap((t) => t.words))], lang) : null;
}

function formRows(files: readonly SuggestFileReport[], lang: Lang): Row<typeof FORM_COLUMNS>[] {
  return files.flatMap((file): Row<typeof FORM_COLUMNS>[] => {
    if (file.status === 'error' || file.forms.length === 0) {
      const none = { project: null, type: null, evidence: null, missing: null, suggestions: null };
      return [{ file: file.path, ...none, note: noFormNote(file, lang) }];
    }
    return file.forms.map((form) => ({
      file: formLabel({ path: file.path, index: form.index }, lang),
      project: projectOf(form),
      type: typeText(form, lang),
      evidence: evidenceText(form, lang),
      missing: form.lacking.length ? list(form.lacking, lang) : null,
      suggestions: form.suggestions.length,
      note:
        form.projectType.length === 0
          ? lang === 'en'
            ? 'No project type recognised: common indicators only.'
            : '未能判断项目类型，只推荐共性指标。'
          : null,
    }));
  });
}

function suggestionRows(files: readonly SuggestFileReport[], lang: Lang): Row<typeof SUGGESTION_COLUMNS>[] {
  return files.flatMap((file) =>
    file.forms.flatMap((form) =>
      form.suggestions.map((s) => ({
        file: formLabel({ path: file.path, index: form.index }, lang),
        project: projectOf(form),
        rank: s.rank,
        kind: KIND[lang][s.kind],
        level1: s.level1,
        level2: s.level2,
        name: s.name,
        target: s.target,
        unit: s.unit,
        direction: pick(DIRECTION_TEXT[s.direction], lang),
        definition: s.definition,
        reason: s.reason,
        aliases: s.aliases.length ? s.aliases.join(lang === 'en' ? ', ' : '、') : null,
      })),
    ),
  );
}

/** The suggest report as .xlsx bytes: 推荐汇总 (one row per form, or per file that could not be read) and 推荐指标. */
export async function suggestWorkbook(report: SuggestReport, lang: Lang, when: Date): Promise<Uint8Array> {
  const workbook = newWorkbook(when);
  addSheet(workbook, pick(SHEETS.forms, lang), FORM_COLUMNS, formRows(report.files, lang), lang);
  addSheet(workbook, pick(SHEETS.suggestions, lang), SUGGESTION_COLUMNS, suggestionRows(report.files, lang), lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
