// The session and language every pane component reads, and a hook that re-renders on state changes.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Lang } from '../../core/rules/rule';
import type { PaneState, Session } from '../session';
import type { StringKey } from '../strings';
import { text } from '../strings';

export interface PaneContextValue {
  readonly session: Session;
  readonly lang: Lang;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue & {
  state: PaneState;
  /** Reading or writing the document: actions wait (their buttons stay focusable, so keyboard users keep their place). */
  busy: boolean;
  t: (key: StringKey, data?: Readonly<Record<string, string | number>>) => string;
} {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane outside <PaneContext.Provider>');
  const state = useSyncExternalStore(value.session.subscribe, value.session.getState);
  const busy = state.status === 'checking' || state.status === 'writing';
  return { ...value, state, busy, t: (key, data) => text(value.lang, key, data) };
}
