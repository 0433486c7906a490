// Task pane entry and the one place a concrete host is chosen: Word or Excel inside Office, otherwise the demo
// (the real pane on the in-memory host beside an example form).
import { createRoot } from 'react-dom/client';
import type { Lang } from '../core/rules/rule';
import { excelHostFromOffice } from '../hosts/excel/from-office';
import type { Host } from '../hosts/host';
import { wordHostFromOffice } from '../hosts/word/from-office';
import { App } from './components/App';
import { fetchBesidePage, loadOrgSettings, settingsOfPage } from './org-settings';
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

/** Office opens the pane with `_host_Info` in its address: inside Office without office.js is a setup error. */
const insideOffice = () => /[?&]_host_Info=/i.test(location.search);

function showError(container: HTMLElement, zh: string, en: string): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = 'font-family:"Microsoft YaHei",sans-serif;padding:16px;line-height:1.6';
  for (const text of [zh, en]) box.appendChild(document.createElement('p')).textContent = text;
  container.replaceChildren(box);
}

async function boot(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const hostType = await officeInfo();
  if (!hostType && insideOffice()) {
    showError(
      container,
      '无法加载 office.js（Office 加载项接口），因此不能读取文档。请检查网络，或请信息化部门使用自行托管 office.js 的版本（见部署说明 OFFICE_JS）。',
      'office.js (the Office add-in API) could not be loaded, so the document cannot be read. Check the network, or ask IT for the build that hosts office.js itself (see the deployment guide, OFFICE_JS).',
    );
    return;
  }
  const host = hostType ? connect(hostType) : null;
  if (host) {
    const lang = langOf(Office.context.displayLanguage);
    const session = new Session(host, lang);
    const settingsFile = settingsOfPage(document);
    if (settingsFile) void session.useOrgSettings(loadOrgSettings(fetchBesidePage(document.baseURI), settingsFile));
    void session.restore();
    root.render(<App session={session} lang={lang} theme={themeFor(Office.context.officeTheme)} />);
    return;
  }
  // Chinese first: the demo is in Chinese unless `?lang=en` asks otherwise.
  const lang: Lang = langOf(new URLSearchParams(location.search).get('lang') ?? 'zh-CN');
  const { DemoPage } = await import('./demo/DemoPage');
  root.render(<DemoPage lang={lang} theme={themeFor(undefined)} />);
}

const container = document.getElementById('root');
if (container && !window.jixiaoUnsupportedBrowser)
  boot(container).catch((error: unknown) =>
    showError(
      container,
      `加载项启动失败：${String(error)}。请关闭后重新打开任务窗格；如仍失败，请联系信息化部门。`,
      `The add-in failed to start: ${String(error)}. Close and reopen the pane; if it still fails, contact IT.`,
    ),
  );
