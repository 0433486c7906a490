// The task pane: header, notes on switched-off features, the last notice, and the 检查/指标建议/历史 tabs.
import type { Theme } from '@fluentui/react-components';
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Lang } from '../../core/rules/rule';
import type { Session } from '../session';
import { CheckTab } from './CheckTab';
import { HistoryTab } from './HistoryTab';
import { PaneContext, usePane } from './pane-context';

const useStyles = makeStyles({
  root: { minHeight: '100%', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
});

type TabId = 'check' | 'suggest' | 'history';

export interface AppProps {
  readonly session: Session;
  readonly lang: Lang;
  readonly theme: Theme;
}

// The library and the suggestion engine load when the tab is first opened, keeping the first screen light.
const SuggestTab = lazy(() => import('./SuggestTab'));

export function App({ session, lang, theme }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.root} lang={lang}>
      <PaneContext.Provider value={{ session, lang }}>
        <Pane />
      </PaneContext.Provider>
    </FluentProvider>
  );
}

function Pane() {
  const styles = useStyles();
  const { session, state, lang, t } = usePane();
  const [tab, setTab] = useState<TabId>('check');
  const notes = session.host.capabilities.notes;
  const pick = (zhText: string, enText: string) => (lang === 'en' ? enText : zhText);
  return (
    <main className={styles.main}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {t('appTitle')}
      </Text>
      {notes.map((note) => (
        <MessageBar key={note.feature} intent="info">
          <MessageBarBody>{pick(note.zh, note.en)}</MessageBarBody>
        </MessageBar>
      ))}
      <div aria-live="polite">
        {state.notice && (
          <MessageBar intent={state.notice.kind}>
            <MessageBarBody>{pick(state.notice.zh, state.notice.en)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <TabList selectedValue={tab} onTabSelect={(_e, data) => setTab(data.value as TabId)}>
        <Tab value="check" id="tab-check">
          {t('tabCheck')}
        </Tab>
        <Tab value="suggest" id="tab-suggest">
          {t('tabSuggest')}
        </Tab>
        <Tab value="history" id="tab-history">
          {state.history.length > 0
            ? t('paren', { text: t('tabHistory'), inner: state.history.length })
            : t('tabHistory')}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'check' && <CheckTab />}
        {tab === 'suggest' && (
          <Suspense fallback={<Spinner size="tiny" label={t('loading')} />}>
            <SuggestTab />
          </Suspense>
        )}
        {tab === 'history' && <HistoryTab />}
      </div>
    </main>
  );
}
