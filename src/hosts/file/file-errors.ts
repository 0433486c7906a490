// Why a file could not be read, as a stable code (the CLI's JSON report) and a zh-CN/English message.
export type FileErrorCode =
  | 'not-found'
  | 'empty'
  | 'too-large'
  | 'unsupported-type'
  | 'encrypted'
  | 'not-office'
  | 'corrupt'
  | 'doctype'
  | 'no-tables'
  /** Tables were read, but none is a form: nothing was checked, which must not pass for a clean file. */
  | 'no-forms-recognised'
  /** The file or folder is there but cannot be read (no permission, a read error). */
  | 'unreadable'
  /** The CLI's copy under --out could not be written (the input was checked; its report stands). */
  | 'write-failed';

const MESSAGES: Record<FileErrorCode, { zh: string; en: string }> = {
  // Also a mistyped folder name: a path that is not there is not found, whatever it looks like.
  'not-found': { zh: '找不到文件或文件夹', en: 'no such file or folder' },
  empty: { zh: '文件为空（0 字节）', en: 'the file is empty (0 bytes)' },
  'too-large': { zh: '文件超过大小上限', en: 'the file is over the size limit' },
  'unsupported-type': {
    zh: '只支持 .docx 和 .xlsx 文件：.doc、.xls、.wps、.et 或带宏的文件请先另存为 .docx/.xlsx',
    en: 'only .docx and .xlsx files are supported: save a .doc, .xls, .wps, .et or macro-enabled file as .docx/.xlsx first',
  },
  encrypted: {
    zh: '文件已加密或是旧版 .doc/.xls 格式：请在 Office 中取消密码或另存为 .docx/.xlsx 后再检查',
    en: 'the file is encrypted or an old .doc/.xls: remove the password or save it as .docx/.xlsx in Office first',
  },
  'not-office': {
    zh: '不是有效的 Office 文件（可能是改了扩展名的其他文件）',
    en: 'not a valid Office file (perhaps another file renamed)',
  },
  corrupt: { zh: '文件已损坏或不完整，无法打开', en: 'the file is damaged or incomplete and cannot be opened' },
  doctype: {
    zh: '文件包含 DOCTYPE 或实体声明，出于安全原因拒绝读取',
    en: 'the file contains DOCTYPE or entity declarations and is refused for safety',
  },
  'no-tables': { zh: '文档中没有表格，找不到申报表', en: 'the document has no tables, so no form can be found' },
  'no-forms-recognised': {
    zh: '文档中的表格都未能识别为绩效目标申报表，未作检查',
    en: 'no table in the document was recognised as a performance-target form, so nothing was checked',
  },
  unreadable: {
    zh: '无法读取：没有读取权限或读取出错，请检查文件或文件夹的权限',
    en: 'cannot be read: no permission or a read error; check the permissions of the file or folder',
  },
  'write-failed': { zh: '无法写入副本', en: 'the copy could not be written' },
};

export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly detail = '',
  ) {
    super(`${MESSAGES[code].en}${detail ? ` (${detail})` : ''}`);
  }

  text(lang: 'zh-CN' | 'en'): string {
    const base = lang === 'en' ? MESSAGES[this.code].en : MESSAGES[this.code].zh;
    return this.detail ? `${base}（${this.detail}）` : base;
  }
}

/**
 * A failed file-system call on an input, as a FileError: a path that is not there is `not-found`; one that is there
 * but cannot be read (no permission: EACCES, EPERM; a read error) is `unreadable`, with the system's code as detail.
 */
export function fileSystemError(e: unknown, path: string): FileError {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileError('not-found', path);
  return new FileError('unreadable', typeof code === 'string' ? code : e instanceof Error ? e.message : String(e));
}
