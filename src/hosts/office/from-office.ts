// The Office globals the hosts need, read in one place: only the task pane's entry calls this, tests never do.
import type { RequirementSets } from './requirements';
import type { LocalStore, SettingsStore } from './settings';
import { settingsStore } from './settings';

export function officeRequirements(): RequirementSets {
  return Office.context.requirements;
}

/** Document settings where Office has them, else local storage (which a locked-down webview may refuse). */
export function officeSettings(): SettingsStore {
  let local: LocalStore | null = null;
  try {
    local = window.localStorage;
  } catch {
    local = null;
  }
  const document = Office.context.document;
  const settings = document?.settings;
  return settingsStore({
    document: settings
      ? {
          get: (name) => settings.get(name),
          set: (name, value) => settings.set(name, value),
          saveAsync: (callback) => settings.saveAsync(callback),
        }
      : null,
    local,
    scope: document?.url ?? '',
  });
}
