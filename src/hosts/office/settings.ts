// Per-document settings: Office's document settings (saved inside the .docx/.xlsx, so they travel with the file),
// else the browser's local storage keyed by the document's address (Office Online without settings, old hosts).

/** The part of `Office.context.document.settings` the hosts use. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  // `status` is Office.AsyncResultStatus, typed as a number but the string 'succeeded' / 'failed' at run time.
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

/** The part of `localStorage` the fallback uses. */
export interface LocalStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SettingsStore {
  load(key: string): Promise<string | null>;
  save(key: string, value: string): Promise<void>;
}

export interface SettingsSources {
  readonly document?: DocumentSettings | null;
  readonly local?: LocalStore | null;
  /** Distinguishes documents in local storage (the document URL where Office gives one). */
  readonly scope?: string;
}

const LOCAL_PREFIX = 'jixiao';

export function settingsStore({ document, local, scope = '' }: SettingsSources): SettingsStore {
  if (document) return documentStore(document);
  const memory = new Map<string, string>();
  const fallback: LocalStore = local ?? {
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
  };
  const localKey = (key: string) => `${LOCAL_PREFIX}:${scope}:${key}`;
  return {
    load: async (key) => fallback.getItem(localKey(key)),
    save: async (key, value) => fallback.setItem(localKey(key), value),
  };
}

function documentStore(settings: DocumentSettings): SettingsStore {
  return {
    async load(key) {
      const value = settings.get(key);
      return typeof value === 'string' ? value : null;
    },
    save(key, value) {
      settings.set(key, value);
      // Settings live in memory until saveAsync writes them into the document.
      return new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          String(result.status) === 'succeeded'
            ? resolve()
            : reject(new Error(result.error?.message ?? 'Office could not save the document settings')),
        ),
      );
    },
  };
}
