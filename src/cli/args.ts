// Command-line arguments of `jixiao`: parsed strictly, so a typo is a usage error (exit 2), never a silent default.
import type { Lang } from '../core/rules';

export interface CheckOptions {
  readonly command: 'check';
  readonly paths: string[];
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  /** With --fix and/or --comments: the folder that receives the copies (inputs are never written). */
  readonly out: string | null;
  /** --fix: the safe fixes go into the copies. */
  readonly fix: boolean;
  /** --comments: every finding goes into the copies as a comment (审核意见) on its cell. */
  readonly comments: boolean;
  /** --library: an organisation's library file (.json or .xlsx), merged over the bundled one. */
  readonly library: string | null;
  /** --settings: an organisation's review settings (jixiao-settings.json): rule levels and its library. */
  readonly settings: string | null;
  /** --report: the .xlsx workbook that receives the report (one row per form, one per finding). */
  readonly report: string | null;
  /** --include-ignored: findings ignored in the pane (kept in the document) are reported like the others. */
  readonly includeIgnored: boolean;
  /** --no-last-year: the last year's form a document keeps (the pane's 与上年比较) is not compared. */
  readonly lastYear: boolean;
}

export interface SuggestCommand {
  readonly command: 'suggest';
  readonly paths: string[];
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  readonly library: string | null;
  readonly settings: string | null;
  /** How many suggestions per form (--top, default 10). */
  readonly top: number;
  /** --report: the suggestions as an .xlsx workbook too. */
  readonly report: string | null;
  /** --type: the project types named in place of the classifier's reading (ids or labels, as written). */
  readonly types: string[];
}

export interface CompareCommand {
  readonly command: 'compare';
  /** Last year's file or folder; null: each of this year's documents against last year's form it keeps. */
  readonly previous: string | null;
  /** This year's file or folder. */
  readonly current: string;
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  readonly library: string | null;
  readonly settings: string | null;
  /** --report: the comparison as an .xlsx workbook too. */
  readonly report: string | null;
  /** --include-ignored: findings ignored in the pane of this year's documents are reported like the others. */
  readonly includeIgnored: boolean;
}

/** `jixiao rules`: every rule, with its level under --settings when given. */
export interface RulesCommand {
  readonly command: 'rules';
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  readonly settings: string | null;
}

export type Parsed =
  | CheckOptions
  | SuggestCommand
  | CompareCommand
  | RulesCommand
  | { readonly command: 'help'; readonly lang: Lang }
  | { readonly command: 'version' };

export const DEFAULT_TOP = 10;
/** More than this is the whole library, not a suggestion. */
const MAX_TOP = 100;
/** A form is at most two types (信息化运维 + 政府购买服务), as the classifier reads it too. */
const MAX_TYPES = 2;

export class UsageError extends Error {}

/** The default language follows the environment: Chinese unless LANG says otherwise. */
export function defaultLang(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return locale === '' || /^zh/i.test(locale) || /^(C|POSIX)(\.|$)/.test(locale) ? 'zh-CN' : 'en';
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): Parsed {
  let lang = defaultLang(env);
  let format: 'text' | 'json' = 'text';
  const rest: string[] = [];
  let help = false;
  let fix = false;
  let comments = false;
  let out: string | null = null;
  let library: string | null = null;
  let settings: string | null = null;
  let report: string | null = null;
  let top: number | null = null;
  let types: string[] | null = null;
  let includeIgnored = false;
  let lastYear = true;
  let optionsEnd = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const inline = arg.includes('=');
      const v = inline ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${arg.split('=')[0]} needs a value`);
      // `--out --format json` is an --out whose value was forgotten, not a folder named --format.
      if (!inline && v.startsWith('--'))
        throw new UsageError(`${arg} needs a value, not the option ${v} (write ${arg}=${v} if that is the name)`);
      return v;
    };
    const name = arg.split('=')[0];
    // After `--` every argument is a file or folder, even one named like an option (-name.docx).
    if (optionsEnd) rest.push(arg);
    else if (arg === '--') optionsEnd = true;
    else if (name === '--help' || name === '-h') help = true;
    else if (name === '--version' || name === '-v') return { command: 'version' };
    else if (name === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not ${v}`);
      format = v;
    } else if (name === '--lang') {
      const v = value();
      if (v !== 'zh-CN' && v !== 'en') throw new UsageError(`--lang must be zh-CN or en, not ${v}`);
      lang = v;
    } else if (name === '--fix') fix = true;
    else if (name === '--comments') comments = true;
    else if (name === '--include-ignored') includeIgnored = true;
    else if (name === '--no-last-year') lastYear = false;
    else if (name === '--out') out = value();
    else if (name === '--library') library = value();
    else if (name === '--settings') settings = value();
    else if (name === '--report') {
      report = value();
      if (!/\.xlsx$/i.test(report))
        throw new UsageError(`--report writes an .xlsx workbook: name it ….xlsx, not ${report}`);
    } else if (name === '--top') {
      const v = value();
      top = Number(v);
      if (!/^\d+$/.test(v) || top < 1 || top > MAX_TOP)
        throw new UsageError(`--top must be a whole number from 1 to ${MAX_TOP}, not ${v}`);
    } else if (name === '--type') {
      const v = value();
      types = v.split(/[,，、]/).map((t) => t.trim());
      if (types.some((t) => t === '') || types.length > MAX_TYPES)
        throw new UsageError(`--type names one project type, or two joined by a comma (运维,政府购买服务), not ${v}`);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else rest.push(arg);
  }
  if (help || rest.length === 0 || rest[0] === 'help') return { command: 'help', lang };
  const [command, ...paths] = rest;
  if (command !== 'check' && command !== 'suggest' && command !== 'compare' && command !== 'rules')
    throw new UsageError(`unknown command ${command}`);
  if (command === 'rules') {
    if (paths.length > 0) throw new UsageError('rules lists the rules: it takes no files (use check for them)');
    if (
      fix ||
      comments ||
      includeIgnored ||
      !lastYear ||
      out !== null ||
      report !== null ||
      top !== null ||
      library !== null ||
      types !== null
    )
      throw new UsageError('rules takes only --settings, --format and --lang');
    return { command, format, lang, settings };
  }
  if (command === 'compare') {
    if (paths.length !== 1 && paths.length !== 2)
      throw new UsageError(
        "compare needs last year's file or folder, then this year's; or only this year's, to compare each document with last year's form it keeps",
      );
    if (fix || comments || out !== null || top !== null || types !== null)
      throw new UsageError(
        '--fix, --comments and --out belong to check, --top and --type to suggest: compare never changes a form',
      );
    if (!lastYear) throw new UsageError('--no-last-year belongs to check: compare is given last year’s files');
    return {
      command,
      previous: paths.length === 2 ? paths[0]! : null,
      current: paths[paths.length - 1]!,
      format,
      lang,
      library,
      settings,
      report,
      includeIgnored,
    };
  }
  if (paths.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  if (command === 'suggest') {
    if (fix || comments || out !== null)
      throw new UsageError('--fix, --comments and --out belong to check: suggest never changes a form');
    if (includeIgnored || !lastYear)
      throw new UsageError(
        '--include-ignored belongs to check and compare, --no-last-year to check: suggest reports no findings',
      );
    return { command, paths, format, lang, library, settings, top: top ?? DEFAULT_TOP, report, types: types ?? [] };
  }
  if (top !== null || types !== null) throw new UsageError('--top and --type belong to suggest');
  if ((fix || comments) !== (out !== null))
    throw new UsageError(
      '--fix or --comments and --out DIR go together: the copies with fixes or comments are written to DIR',
    );
  return {
    command: 'check',
    paths,
    format,
    lang,
    out,
    fix,
    comments,
    library,
    settings,
    report,
    includeIgnored,
    lastYear,
  };
}

export const HELP: Record<Lang, string> = {
  'zh-CN': `jixiao — 绩效目标申报助手（命令行）

用法：
  jixiao check <文件或文件夹...> [--format text|json] [--lang zh-CN|en] [--settings 口径] [--library 文件]
               [--fix] [--comments] [--out 目录] [--report 报告.xlsx] [--include-ignored] [--no-last-year]
  jixiao suggest <文件或文件夹...> [--format text|json] [--lang zh-CN|en] [--settings 口径] [--library 文件] [--top N]
                 [--type 类型] [--report 报告.xlsx]
  jixiao compare [上年文件或文件夹] <本年文件或文件夹> [--format text|json] [--lang zh-CN|en] [--settings 口径]
                 [--library 文件] [--report 报告.xlsx] [--include-ignored]
  jixiao rules [--settings 口径] [--format text|json] [--lang zh-CN|en]

check    检查 .docx / .xlsx 中的财政项目支出绩效目标申报表：指标值写法、资金勾稽、指标设置。
suggest  判断每张申报表的项目类型（列出判断依据），并按类型推荐本表尚未设置的指标：先补缺少的维度
         （成本、数量、质量、时效、效益、满意度），再为表中的空行（三级指标和指标值未填）推荐其二级指标下的
         指标，然后是该类型的常用指标，最后是共性指标。
compare  按项目名称和单位把本年的申报表与上年同一项目的表对应起来：列出沿用、取消、新增的指标，当年申请资金
         的增减；指标值低于上年、定量改为定性、“同名项目上年预算额”与上年表不符时给出提示。也可用于比较同一
         张表的两个版本（如一上、二上）。只给本年文件时，每个文档与其中保存的上年申报表（加载项“与上年比较”
         选定的）比较。
rules    列出全部检查规则（编号、默认级别、说明、可设置的参数）；给出 --settings 时列出按该口径的级别和参数。
文件夹会递归查找其中的 .docx 和 .xlsx（跟随链接；其中的 .doc、.xls、.wps、.et 等列为无法读取，请另存为
.docx/.xlsx）；同一文件无论路径怎样写只检查一次。输入文件只读，不会被修改。
在加载项中“忽略”的问题、“按哪类项目建议”的选择和“与上年比较”选定的上年申报表随文档保存，命令行同样遵循：
check、compare 不列出已忽略的问题（另计条数），check 与随文档保存的上年申报表比较，suggest 按文档中选定的类型
推荐（--type 优先）。

选项：
  --format text|json   输出格式：text 便于阅读（默认），json 为完整报告（schemaVersion 1）
  --lang zh-CN|en      提示语言（默认按系统语言）
  --settings 口径       本单位的审核口径文件（jixiao-settings.json，格式见 docs/examples/）：关闭某些规则、
                       调整其级别或参数（如满意度最低值），并可指定本单位的指标库；suggest 按其中的成本指标
                       起始年度（costFrom）判断表中是否缺少成本指标
  --library 文件        本单位的指标库（.json 或 .xlsx，格式见 docs/examples/），与内置指标库合并使用
  --top N              suggest：每张表推荐的指标数（默认 10）
  --type 类型           suggest：按指定的项目类型推荐（如 培训、运维、training；两个类型用逗号分隔），
                       不按表中文字判断；用于表中文字看不出类型或判断有误的情况
  --fix --out 目录      check：把可自动修正的问题写入副本，保存到该目录（原文件不变）：.docx 中为修订
                       （可逐条接受或拒绝），.xlsx 中写入新值，原值保留在批注和“修订记录”工作表中
  --comments --out 目录 check：把每条问题作为审核意见批注写在副本中对应的单元格上（同一单元格的问题合为一条），
                       便于退回修改；可与 --fix 同用。副本只覆盖 jixiao 以前写入且未经改动的副本，
                       不覆盖原件或目录中的其他文件
  --report 报告.xlsx    check：另把检查结果写成 Excel 工作簿：“汇总”每张表一行（单位、类型、资金、各级问题数），
                       “问题清单”每条问题一行，可筛选排序；compare：“比较汇总”每对表一行（两年申请资金、沿用、
                       取消、新增），“指标变化”每项指标一行（上年与本年的指标值），“问题清单”；suggest：“推荐汇总”
                       每张表一行（项目类型、缺少的维度），“推荐指标”每条建议一行（参考指标值、单位、指标解释）；
                       只覆盖 jixiao 以前写的报告，不覆盖其他文件
  --include-ignored    check、compare：在加载项中已忽略的问题也照常列出、计数（审核填报人忽略了哪些问题时使用）
  --no-last-year       check：不与文档中保存的上年申报表（加载项“与上年比较”所选）比较，只检查本年表
  --                   其后的参数都是文件或文件夹（名称以 - 开头时使用）
  -h, --help           显示本帮助
  -v, --version        显示版本

退出状态：0 无错误级问题；1 至少一个错误级问题（check、compare）；2 有文件无法读取或 check 未从中识别出申报表、
审核口径或指标库文件有误或用法错误
（其余文件照常处理）。
`,
  en: `jixiao — performance-target form assistant (command line)

Usage:
  jixiao check <files or folders...> [--format text|json] [--lang zh-CN|en] [--settings FILE] [--library FILE]
               [--fix] [--comments] [--out DIR] [--report REPORT.xlsx] [--include-ignored] [--no-last-year]
  jixiao suggest <files or folders...> [--format text|json] [--lang zh-CN|en] [--settings FILE] [--library FILE]
                 [--top N] [--type TYPE] [--report REPORT.xlsx]
  jixiao compare [last year's file or folder] <this year's file or folder> [--format text|json]
                 [--lang zh-CN|en] [--settings FILE] [--library FILE] [--report REPORT.xlsx] [--include-ignored]
  jixiao rules [--settings FILE] [--format text|json] [--lang zh-CN|en]

check    Checks 财政项目支出绩效目标申报表 forms in .docx / .xlsx files: target syntax, fund arithmetic,
         indicators.
suggest  Tells each form's project type (with the words that decided it) and suggests indicators it does not
         have yet: first for missing dimensions (cost, quantity, quality, timeliness, outcome, satisfaction),
         then for the form's empty indicator rows (their 二级), then the type's core indicators, then common
         ones.
compare  Pairs each form of this year with last year's form of the same project (by name and unit) and lists
         the indicators kept, dropped and added and the change in money asked for; it flags targets below
         last year's, numbers turned into words, and a 同名项目上年预算额 that differs from last year's form.
         Also for two versions of one form. Given only this year's files, each document is compared with last
         year's form it keeps (chosen under Compare with last year in the add-in).
rules    Lists every rule (id, default level, what it checks, the options it has); with --settings, its level
         and options under them.
Folders are searched recursively for .docx and .xlsx files, links followed (a .doc, .xls, .wps, .et … found
there is listed as unreadable: save it as .docx/.xlsx); a file is checked once however its path is spelt. Inputs
are only read, never modified.
What the add-in's pane decided is kept in the document and followed here too: check and compare leave out the
findings ignored in the pane (and count them), check compares with last year's form kept by Compare with last year, suggest
follows the type chosen there (--type comes first).

Options:
  --format text|json   text: for reading (default); json: the full report (schemaVersion 1)
  --lang zh-CN|en      message language (default: from the system locale)
  --settings FILE      your organisation's review settings (jixiao-settings.json, see docs/examples/): rules
                       switched off, set to another level or given other thresholds, and the organisation's library;
                       suggest asks for a cost indicator from its costFrom year, as check does
  --library FILE       your organisation's indicator library (.json or .xlsx, see docs/examples/), used
                       together with the bundled one
  --top N              suggest: how many indicators per form (default 10)
  --type TYPE          suggest: suggest for this project type (培训, 运维, training …; two joined by a comma)
                       instead of reading it from the form, where its words do not show the type or mislead
  --fix --out DIR      check: write the safe fixes into copies under DIR (inputs are never changed): tracked
                       changes in .docx; in .xlsx the new value, the old one kept in a note and a 修订记录 sheet
  --comments --out DIR check: write every finding into copies under DIR as a review comment (审核意见) on its
                       cell (one comment per cell), to return a form for correction; combines with --fix.
                       A copy replaces only a copy jixiao wrote there and nobody changed, never another file
  --report FILE.xlsx   check: also write the results as an Excel workbook: Summary, one row per form (unit,
                       type, funds, findings by severity), and Findings, one row per finding, to filter and sort;
                       compare: Comparison, one row per pair (money asked both years, kept, dropped, added),
                       Indicator changes, one row per indicator (last year's and this year's target), Findings;
                       suggest: Forms, one row per form (type, dimensions missing), and Suggestions, one row per
                       indicator suggested (typical target, unit, definition);
                       it replaces only a report jixiao wrote before, never another file
  --include-ignored    check, compare: list and count the findings ignored in the pane like any other (to
                       review what a form's authors set aside)
  --no-last-year       check: do not compare with the last year's form a document keeps (chosen in the pane's
                       与上年比较); check this year's forms alone
  --                   every argument after it is a file or folder (for a name beginning with -)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no error-severity finding; 1 at least one (check, compare); 2 a file could not be read (or, for
check, held no form it recognised), the settings or library file is wrong, or bad usage (the other files are still
processed).
`,
};
