// The task pane: header, notes on switched-off features, the last notice, and the 检查/指标建议/历史 tabs.
import type { Theme } from '@fluentui/react-components';
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Lang } from '../../core/rules/rule';
import type { Notice, Session } from '../session';
import type { SuggestView } from './SuggestTab';
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
  // 通知固定在窗格可见区域顶部：在长列表底部操作（插入、导入指标库）时，结果不会出现在几千像素之外。
  // The notice stays at the top of the visible pane: after an action far down a long list (插入, importing a
  // library) its outcome is not thousands of pixels above, where the button seemed to do nothing.
  notice: { position: 'sticky', top: tokens.spacingVerticalS, zIndex: 1 },
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
  // The notice put away (关闭, or another tab opened): it is about what was done there. A new one shows again.
  const [putAway, setPutAway] = useState<Notice | null>(null);
  const notice = state.notice === putAway ? null : state.notice;
  // 指标建议's search, filters and pages, kept here while another tab is open (SuggestTab unmounts).
  const [suggestView, setSuggestView] = useState<SuggestView | null>(null);
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
      <div aria-live="polite" className={styles.notice}>
        {notice && (
          <MessageBar intent={notice.kind}>
            <MessageBarBody>{pick(notice.zh, notice.en)}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  size="small"
                  onClick={() => {
                    setPutAway(notice);
                    // The button goes with the notice: focus the open tab rather than let it fall to the page,
                    // without scrolling a person who clicked from far down the list.
                    document.getElementById(`tab-${tab}`)?.focus({ preventScroll: true });
                  }}
                >
                  {t('dismiss')}
                </Button>
              }
            />
          </MessageBar>
        )}
      </div>
      <TabList
        selectedValue={tab}
        onTabSelect={(_e, data) => {
          setTab(data.value as TabId);
          setPutAway(state.notice);
        }}
      >
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
            <SuggestTab view={suggestView} setView={setSuggestView} />
          </Suspense>
        )}
        {tab === 'history' && <HistoryTab />}
      </div>
    </main>
  );
}
