// The pane's words in both languages (zh-CN first); Office's display language picks one.
import type { Lang } from '../core/rules/rule';
import { renderText } from '../core/rules/rule';

export const STRINGS = {
  appTitle: { zh: '绩效目标申报助手', en: 'Performance target assistant' },
  tabCheck: { zh: '检查', en: 'Check' },
  tabSuggest: { zh: '指标建议', en: 'Indicators' },
  tabHistory: { zh: '历史', en: 'History' },
  // Brackets and colons around other words: full-width in Chinese, half-width with a space in English.
  paren: { zh: '{text}（{inner}）', en: '{text} ({inner})' },
  colon: { zh: '：', en: ': ' },
  checkButton: { zh: '检查整个文档', en: 'Check the whole document' },
  recheckButton: { zh: '重新检查', en: 'Check again' },
  checking: { zh: '正在检查…', en: 'Checking…' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  intro: {
    zh: '读取文档中的申报表，检查指标值写法、一级/二级指标和资金合计，并给出改法。检查全部在本机完成，文档内容不会发送到任何服务器。',
    en: 'Reads the declaration forms in this document and checks target values, indicator levels and fund sums. Everything runs on this computer: nothing in the document is sent to any server.',
  },
  noForms: {
    zh: '没有找到绩效目标申报表：表格中应有“项目名称”“三级指标”“指标值”等栏目。',
    en: 'No declaration form found: the table should have columns such as 项目名称, 三级指标 and 指标值.',
  },
  noProblems: { zh: '没有发现问题。', en: 'No problems found.' },
  summary: {
    zh: '{forms} 张表：{errors} 个错误，{warnings} 个警告，{infos} 个提示',
    en: '{forms} form(s): {errors} error(s), {warnings} warning(s), {infos} note(s)',
  },
  form: { zh: '表 {n}', en: 'Form {n}' },
  untitled: { zh: '（未填项目名称）', en: '(no project name)' },
  error: { zh: '错误', en: 'Errors' },
  warning: { zh: '警告', en: 'Warnings' },
  info: { zh: '提示', en: 'Notes' },
  current: { zh: '现在', en: 'Now' },
  proposed: { zh: '改为', en: 'Change to' },
  reveal: { zh: '定位', en: 'Go to' },
  apply: { zh: '应用', en: 'Apply' },
  ignore: { zh: '忽略', en: 'Ignore' },
  applyAll: { zh: '全部应用（{n} 处）', en: 'Apply all ({n})' },
  applyAllHint: {
    zh: '应用本规则在整个文档中的全部安全修改',
    en: "Apply all of this rule's safe fixes in the document",
  },
  ignoreAll: { zh: '全部忽略（{n} 处）', en: 'Ignore all ({n})' },
  ignoreAllHint: {
    zh: '忽略本文档中这一类的全部问题；单元格内容改变（合计：其组成项改变）或新增同类问题时会重新提示',
    en: 'Ignore every finding of this kind in the document; a changed cell (for a total, changed parts) or a new finding of the kind shows again',
  },
  ignoredCount: { zh: '已忽略 {n} 项', en: '{n} ignored' },
  showIgnored: { zh: '恢复显示', en: 'Show again' },
  funds: { zh: '资金核对', en: 'Fund check' },
  holds: { zh: '相符', en: 'adds up' },
  differs: { zh: '不符：合计 {sum}，相差 {diff}', en: 'does not add up: parts sum to {sum}, off by {diff}' },
  unchecked: { zh: '未填或无法核对', en: 'blank or not checkable' },
  identityF1: { zh: '项目资金总额 = 财政资金 + 其他资金', en: 'Total = fiscal + other funds' },
  identityF2: {
    zh: '年度资金申请总额 = 当年财政拨款 + 上年结转 + 其他资金',
    en: 'This year = appropriation + carry-over + other',
  },
  identityComponents: { zh: '项目当年预算 = 各子项目之和', en: "This year's budget = sum of sub-items" },
  trackChanges: {
    zh: '以修订方式写入（关闭时按文档自己的修订设置）',
    en: "Write as tracked changes (off: follow the document's own setting)",
  },
  markCells: { zh: '在文档中标出问题单元格', en: 'Shade problem cells in the document' },
  reviewComments: { zh: '写入审核意见批注', en: 'Add review comments' },
  reviewCommentsHint: {
    zh: '把下列每条问题作为批注写在对应单元格上，便于退回修改；再次写入时替换上次的批注。',
    en: 'Puts each finding below on its cell as a comment, to return the form for correction; a second press replaces the earlier ones.',
  },
  removeReviewComments: { zh: '删除审核意见批注', en: 'Remove review comments' },
  historyEmpty: {
    zh: '还没有修改。应用的修改会列在这里，可逐条撤销。',
    en: 'No changes yet. Applied changes are listed here and can be undone one by one.',
  },
  undo: { zh: '撤销', en: 'Undo' },
  undone: { zh: '已撤销', en: 'Undone' },
  insertedNoUndo: {
    zh: '插入的行如需去掉，请在文档中删除该行。',
    en: 'To take an inserted row out, delete it in the document.',
  },
  staleNoUndo: {
    zh: '之后在该表中插入了行，单元格位置已变化，无法从这里撤销；请在文档中修改。',
    en: 'Rows were inserted into this table since, so its cells moved; change it in the document instead.',
  },
  dismiss: { zh: '关闭', en: 'Dismiss' },
  demoTitle: {
    zh: '演示（未连接 Office）：左侧是示例申报表，不是您的文档',
    en: 'Demo (not connected to Office): the form on the left is an example, not your document',
  },
  demoPick: { zh: '示例', en: 'Example' },
  ruleLabel: { zh: '规则', en: 'Rule' },
  projectType: { zh: '项目类型：{label}（把握 {pct}%）', en: 'Project type: {label} ({pct}% sure)' },
  projectTypeUnknown: {
    zh: '项目类型：未能判断（可在下面选择项目类型）',
    en: 'Project type: not recognised (choose one below)',
  },
  decidedBy: { zh: '依据：{words}', en: 'from: {words}' },
  projectTypeChosen: { zh: '项目类型：{label}（您选择的）', en: 'Project type: {label} (your choice)' },
  suggestAsType: { zh: '按哪类项目建议', en: 'Suggest as' },
  suggestAsTypeHint: {
    zh: '表中文字看不出类型或判断有误时，选择项目类型；选择随文档保存。',
    en: 'Choose the project type where the form’s words do not show it or mislead; the choice is saved with the document.',
  },
  suggestAsRead: { zh: '按表中文字判断', en: 'As the form reads' },
  suggestAlsoType: { zh: '兼属类型（可选）', en: 'Also of type (optional)' },
  suggestAlsoNone: { zh: '无', en: 'None' },
  suggestIntro: {
    zh: '先检查文档，再按项目类型给出缺少的指标。',
    en: 'Check the document first; then the pane suggests the indicators it lacks for its project type.',
  },
  suggestForm: { zh: '为哪张表建议', en: 'Suggest for' },
  suggestTitle: { zh: '建议补充的指标', en: 'Suggested indicators' },
  suggestMore: { zh: '再显示 {n} 条建议', en: 'Show {n} more suggestions' },
  suggestNone: { zh: '这张表已包含本类型的常用指标。', en: 'This form already has the usual indicators of its type.' },
  browseTitle: { zh: '指标库', en: 'Indicator library' },
  browseSearch: { zh: '搜索（中文或拼音首字母）', en: 'Search (Chinese or pinyin initials)' },
  // The library's names are Chinese: the English example still searches in Chinese or pinyin.
  browseSearchPlaceholder: { zh: '可用率 / xtkyl', en: 'e.g. 可用率 or xtkyl' },
  listSeparator: { zh: '、', en: ', ' },
  browseType: { zh: '项目类型', en: 'Project type' },
  browseLevel1: { zh: '一级指标', en: 'Level 1' },
  all: { zh: '全部', en: 'All' },
  browseCount: { zh: '找到 {n} 个指标', en: '{n} indicator(s) found' },
  browseMore: { zh: '再显示 {n} 个（还有 {left} 个未显示）', en: 'Show {n} more ({left} not shown yet)' },
  insert: { zh: '插入到表中', en: 'Insert into the form' },
  fill: { zh: '填入表中空行', en: 'Fill in the empty row' },
  aliases: { zh: '也写作：{names}', en: 'Also written: {names}' },
  libraryImport: { zh: '导入本单位指标库', en: "Import your organisation's library" },
  libraryImportHint: {
    zh: 'JSON 文件（格式同内置指标库）或每行一个指标的 .xlsx（见 docs/examples/）；导入后与内置库合并，并保存在本文档中。',
    en: 'A JSON file in the bundled library format, or an .xlsx with one indicator per row (see docs/examples/); merged with the bundled library and saved with this document.',
  },
  // The library's own name, kept with it in the document (an .xlsx library is named after its file).
  libraryImported: { zh: '已使用导入的指标库“{name}”', en: 'Using the imported library "{name}"' },
  libraryImportDone: {
    zh: '已导入指标库“{file}”，并保存在本文档中。',
    en: 'Imported the library "{file}" and saved it with this document.',
  },
  libraryImportFailed: { zh: '指标库“{file}”未导入：{reasons}', en: 'Library "{file}" was not imported: {reasons}' },
  reasonSeparator: { zh: '；', en: '; ' },
  libraryNotSaved: {
    zh: '指标库“{file}”可在本次使用，但未能保存在本文档中（{reason}），下次打开时需重新导入。',
    en: 'The library "{file}" is used for now but could not be saved with this document ({reason}): import it again next time.',
  },
  libraryRemoveNotSaved: {
    zh: '已停止使用导入的指标库，但未能从本文档中删除（{reason}），下次打开时仍会使用。',
    en: 'The imported library is no longer used, but it could not be deleted from this document ({reason}): it is used again next time.',
  },
  libraryRemove: { zh: '移除', en: 'Remove' },
  libraryCount: {
    zh: '指标库：{types} 个项目类型，{indicators} 个指标',
    en: 'Library: {types} project types, {indicators} indicators',
  },
  lastYearTitle: { zh: '与上年比较', en: 'Compare with last year' },
  lastYearHint: {
    zh: '选择上年同一项目的申报表（.docx 或 .xlsx）：指标值低于上年、定量改为定性等问题会列入下面的检查结果。文件只在本机读取，不会上传。',
    en: "Choose last year's form of the same projects (.docx or .xlsx): targets below last year's and numbers turned into words join the results below. The file is read on this computer only, never uploaded.",
  },
  lastYearPick: { zh: '选择上年的申报表', en: "Choose last year's form" },
  lastYearLoaded: { zh: '上年：{name}（{n} 张表）', en: 'Last year: {name} ({n} form(s))' },
  lastYearKept: { zh: '，已随本文档保存', en: ', kept with this document' },
  lastYearRemove: { zh: '不再比较', en: 'Stop comparing' },
  lastYearUnreadable: { zh: '“{name}”未能读取：{reason}', en: '"{name}" could not be read: {reason}' },
  lastYearPair: {
    zh: '与 {year} 年的《{name}》相比：沿用 {kept} 项指标（目标降低 {weaker} 项），取消 {dropped} 项，新增 {added} 项',
    en: 'Against "{name}" of {year}: {kept} indicator(s) kept ({weaker} weaker), {dropped} dropped, {added} added',
  },
  lastYearPairUndated: {
    zh: '与上年的《{name}》相比：沿用 {kept} 项指标（目标降低 {weaker} 项），取消 {dropped} 项，新增 {added} 项',
    en: 'Against last year\'s "{name}": {kept} indicator(s) kept ({weaker} weaker), {dropped} dropped, {added} added',
  },
  lastYearMoney: {
    zh: '当年申请资金 {before} → {after}（{change}）',
    en: 'Asked for this year: {before} → {after} ({change})',
  },
  lastYearNone: {
    zh: '上年的文件中没有这个项目的表。',
    en: "Last year's file has no form of this project.",
  },
  orgSettings: { zh: '审核口径：{name}', en: 'Review settings: {name}' },
  orgSettingsRules: {
    zh: '本单位调整了 {n} 条规则',
    en: 'Your organisation set {n} rule(s)',
  },
  orgSettingsRule: { zh: '{description}：{from} → {to}', en: '{description}: {from} → {to}' },
  orgSettingsLibrary: { zh: '含本单位指标库', en: "with your organisation's indicator library" },
  orgSettingsInvalid: {
    zh: '本单位的审核口径（{file}）无法使用，本次按默认规则检查。请把以下内容告知部署本加载项的管理员：',
    en: "Your organisation's review settings ({file}) cannot be used; this check uses the default rules. Tell the administrator who deployed the add-in:",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof STRINGS;

export function text(lang: Lang, key: StringKey, data: Readonly<Record<string, string | number>> = {}): string {
  return renderText(STRINGS[key], lang, data);
}

/** Office's display language (`zh-CN`, `zh-TW`, `en-US` …) → the pane's language. */
export function langOf(displayLanguage: string | undefined): Lang {
  return !displayLanguage || /^zh/i.test(displayLanguage) ? 'zh-CN' : 'en';
}
