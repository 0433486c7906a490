// Command-line arguments of `jixiao`: parsed strictly, so a typo is a usage error (exit 2), never a silent default.
import type { Lang } from '../core/rules';

export interface CheckOptions {
  readonly command: 'check';
  readonly paths: string[];
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  /** With --fix: the folder that receives corrected copies (inputs are never written). */
  readonly fixOut: string | null;
}

export type Parsed = CheckOptions | { readonly command: 'help'; readonly lang: Lang } | { readonly command: 'version' };

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
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${arg.split('=')[0]} needs a value`);
      return v;
    };
    const name = arg.split('=')[0];
    if (name === '--help' || name === '-h') help = true;
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
    else if (name === '--out') out = value();
    else if (name === '--library') {
      throw new UsageError(`${name} is not available in this version yet`);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else rest.push(arg);
  }
  if (help || rest.length === 0 || rest[0] === 'help') return { command: 'help', lang };
  const [command, ...paths] = rest;
  if (command !== 'check') throw new UsageError(`unknown command ${command}`);
  if (paths.length === 0) throw new UsageError('check needs at least one file or folder');
  if (fix !== (out !== null))
    throw new UsageError('--fix and --out DIR go together: corrected copies are written to DIR');
  return { command: 'check', paths, format, lang, fixOut: out };
}

export const HELP: Record<Lang, string> = {
  'zh-CN': `jixiao — 绩效目标申报助手（命令行）

用法：
  jixiao check <文件或文件夹...> [--format text|json] [--lang zh-CN|en] [--fix --out 目录]

检查 .docx / .xlsx 中的财政项目支出绩效目标申报表：指标值写法、资金勾稽、指标设置。
文件夹会递归查找其中的 .docx 和 .xlsx。输入文件只读，不会被修改。

选项：
  --format text|json   输出格式：text 每条问题一行（默认），json 为完整报告（schemaVersion 1）
  --lang zh-CN|en      提示语言（默认按系统语言）
  --fix --out 目录      把可自动修正的问题写入副本，保存到该目录（原文件不变）：.docx 中为修订
                       （可逐条接受或拒绝），.xlsx 中写入新值，原值保留在批注和“修订记录”工作表中
  -h, --help           显示本帮助
  -v, --version        显示版本

退出状态：0 无错误级问题；1 至少一个错误级问题；2 有文件无法读取或用法错误（其余文件照常检查）。
`,
  en: `jixiao — performance-target form assistant (command line)

Usage:
  jixiao check <files or folders...> [--format text|json] [--lang zh-CN|en] [--fix --out DIR]

Checks 财政项目支出绩效目标申报表 forms in .docx / .xlsx files: target syntax, fund arithmetic, indicators.
Folders are searched recursively for .docx and .xlsx files. Inputs are only read, never modified.

Options:
  --format text|json   text: one line per finding (default); json: the full report (schemaVersion 1)
  --lang zh-CN|en      message language (default: from the system locale)
  --fix --out DIR      write the safe fixes into copies under DIR (inputs are never changed): tracked
                       changes in .docx; in .xlsx the new value, the old one kept in a note and a 修订记录 sheet
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no error-severity finding; 1 at least one; 2 a file could not be read or bad usage
(the other files are still checked).
`,
};
