// Task pane entry and the one place a concrete host is chosen: Word or Excel inside Office, otherwise the demo
// (the real pane on the in-memory host beside an example form).
import { createRoot } from 'react-dom/client';
import type { Lang } from '../core/rules/rule';
import { excelHostFromOffice } from '../hosts/excel/from-office';
import type { Host } from '../hosts/host';
import { wordHostFromOffice } from '../hosts/word/from-office';
import { App } from './components/App';
import { Session } from './session';
import { langOf } from './strings';
import { themeFor } from './theme';

declare global {
  interface Window {
    /** Set by taskpane.html's inline script when the webview is IE11 (Office 2016/2019 volume licence). */
    jixiaoUnsupportedBrowser?: boolean;
  }
}

async function officeInfo(): Promise<Office.HostType | null> {
  if (typeof Office === 'undefined') return null;
  const info = await Office.onReady();
  return info.host ?? null;
}

function connect(hostType: Office.HostType): Host | null {
  if (hostType === Office.HostType.Word) return wordHostFromOffice();
  if (hostType === Office.HostType.Excel) return excelHostFromOffice();
  return null;
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container || window.jixiaoUnsupportedBrowser) return;
  const root = createRoot(container);
  const hostType = await officeInfo();
  const host = hostType ? connect(hostType) : null;
  if (host) {
    const lang = langOf(Office.context.displayLanguage);
    const session = new Session(host, lang);
    void session.restore();
    root.render(<App session={session} lang={lang} theme={themeFor(Office.context.officeTheme)} />);
    return;
  }
  // Chinese first: the demo is in Chinese unless `?lang=en` asks otherwise.
  const lang: Lang = langOf(new URLSearchParams(location.search).get('lang') ?? 'zh-CN');
  const { DemoPage } = await import('./demo/DemoPage');
  root.render(<DemoPage lang={lang} theme={themeFor(undefined)} />);
}

void boot();
