import { FakeSettings } from '../../../test/support/fake-office/settings';
import { settingsStore } from './settings';

describe('settingsStore', () => {
  it('keeps values in the document settings, written by saveAsync so a reopened document has them', async () => {
    const document = new FakeSettings();
    await settingsStore({ document }).save('jixiao.ignored', '["a"]');
    expect(document.saves).toBe(1);
    expect(await settingsStore({ document: document.reopened() }).load('jixiao.ignored')).toBe('["a"]');
    expect(await settingsStore({ document }).load('missing')).toBeNull();
  });

  it('rejects when Office cannot save the settings', async () => {
    const store = settingsStore({
      document: {
        get: () => null,
        set: () => undefined,
        saveAsync: (callback) => callback?.({ status: 'failed', error: { message: 'read-only document' } }),
      },
    });
    await expect(store.save('k', 'v')).rejects.toThrow('read-only document');
  });

  it('falls back to local storage, one key space per document', async () => {
    const local = new Map<string, string>();
    const storage = {
      getItem: (k: string) => local.get(k) ?? null,
      setItem: (k: string, v: string) => void local.set(k, v),
    };
    await settingsStore({ local: storage, scope: 'https://x/a.docx' }).save('k', 'A');
    await settingsStore({ local: storage, scope: 'https://x/b.docx' }).save('k', 'B');
    expect(await settingsStore({ local: storage, scope: 'https://x/a.docx' }).load('k')).toBe('A');
    expect(await settingsStore({ local: storage, scope: 'https://x/b.docx' }).load('k')).toBe('B');
  });

  it('keeps values in memory when neither is available', async () => {
    const store = settingsStore({});
    await store.save('k', 'v');
    expect(await store.load('k')).toBe('v');
  });
});
