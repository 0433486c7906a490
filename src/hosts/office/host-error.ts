// An operation the Office hosts refuse, with the reason in Chinese and English for the pane's notice.
export class HostError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}（${en}）`);
    this.name = 'HostError';
  }
}

/** Office.js rejects a batch with `OfficeExtension.Error`, whose `code` names the cause (`ItemNotFound`, …). */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
