// Task pane entry. Until the Office hosts land, it runs the demo: the engine on the in-memory host over a
// seed form rendered as an HTML table, so applying a fix visibly changes the table.
import type { Grid } from '../core/grid';
import { indexGrid, refKey } from '../core/grid';
import { parseGridText } from '../core/grid-text';
import { check } from '../core/lint';
import type { Finding } from '../core/rules';
import { MemoryHost } from '../hosts/memory/memory-host';
import seed2018 from '../../test/fixtures/seeds/2018-units.grid';
import seed2020 from '../../test/fixtures/seeds/2020-dangjian-center.grid';
import seed2023 from '../../test/fixtures/seeds/2023-zuzhibu.grid';
import seed2024 from '../../test/fixtures/seeds/2024-dangjian-center.grid';
import seed2024xd from '../../test/fixtures/seeds/2024-xidu.grid';

const EXAMPLES: Record<string, string> = {
  '2024 西渡街道汇总表 (3 forms)': seed2024xd,
  '2024 党建服务中心汇总表 (5 forms)': seed2024,
  '2023 市委组织部 (6 forms)': seed2023,
  '2020 党建服务中心 (3 forms)': seed2020,
  '2018 各单位 (4 forms)': seed2018,
};

const SEVERITY_ZH = { error: '错误 error', warning: '警告 warning', info: '提示 info' } as const;

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderGrids(grids: readonly Grid[], flags: Map<string, Finding['severity']>, selected: string | null): void {
  const container = $('document');
  container.replaceChildren();
  for (const grid of grids) {
    const table = el('table');
    const index = indexGrid(grid);
    for (let r = 0; r < grid.rowCount; r++) {
      const tr = el('tr');
      for (const slot of index.slots(r)) {
        if (!slot.starts) continue;
        const cell = slot.cell;
        const td = el('td', cell.text);
        td.rowSpan = cell.rowSpan;
        td.colSpan = cell.colSpan;
        const key = refKey(cell.ref);
        const flag = flags.get(key);
        if (flag) td.classList.add(`flag-${flag}`);
        if (key === selected) td.classList.add('selected');
        tr.append(td);
      }
      table.append(tr);
    }
    container.append(table);
  }
}

async function run(host: MemoryHost): Promise<void> {
  const grids = await host.read();
  const checked = check(grids);
  const flags = new Map<string, Finding['severity']>();
  const list = $('findings');
  list.replaceChildren();
  for (const { form, findings } of checked) {
    list.append(
      el(
        'h2',
        `${form.index + 1}. ${form.fields.projectName?.text ?? '(未命名)'} — ${findings.length} 条`,
        'form-title',
      ),
    );
    for (const f of findings) {
      if (!flags.has(refKey(f.cell))) flags.set(refKey(f.cell), f.severity);
      const item = el('div', '', `finding ${f.severity}`);
      item.append(el('strong', `${SEVERITY_ZH[f.severity]} · ${f.ruleId}`), el('div', f.message));
      if (f.actual) item.append(el('div', `当前 Current: ${clip(f.actual, 120)}`));
      const locate = el('button', '定位 Locate');
      locate.onclick = async () => {
        await host.reveal(f.cell);
        renderGrids(await host.read(), flags, refKey(f.cell));
      };
      item.append(locate);
      if (f.fix) {
        const apply = el('button', `应用 Apply → ${clip(f.fix.map((e) => e.text).join('；'))}`);
        apply.onclick = async () => {
          await host.write(f.fix!);
          await run(host);
        };
        item.append(apply);
      }
      for (const s of f.suggestions ?? []) {
        const suggest = el('button', `建议 Suggest: ${clip(s.message)}`);
        suggest.onclick = async () => {
          await host.write(s.edits);
          await run(host);
        };
        item.append(suggest);
      }
      list.append(item);
    }
  }
  renderGrids(grids, flags, host.selected ? refKey(host.selected) : null);
}

function start(): void {
  const select = $<HTMLSelectElement>('example');
  for (const name of Object.keys(EXAMPLES)) select.append(new Option(name, name));
  let host = new MemoryHost(parseGridText(EXAMPLES[select.value]!));
  select.onchange = () => {
    host = new MemoryHost(parseGridText(EXAMPLES[select.value]!));
    void run(host);
  };
  $('check').onclick = () => void run(host);
  void run(host);
}

start();
