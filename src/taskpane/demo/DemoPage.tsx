// Demo outside Office: the real pane on the in-memory host, beside the document rendered as an HTML table,
// so applying a fix visibly changes the table.
import type { Theme } from '@fluentui/react-components';
import { FluentProvider, Label, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Grid } from '../../core/grid';
import { indexGrid, refKey } from '../../core/grid';
import type { Lang } from '../../core/rules/rule';
import type { SettingsStore } from '../../hosts/memory/memory-host';
import { MemoryHost } from '../../hosts/memory/memory-host';
import { App } from '../components/App';
import { fetchBesidePage, loadOrgSettings, settingsOfPage } from '../org-settings';
import { Session } from '../session';
import { text } from '../strings';
import { DEMO_EXAMPLES } from './examples';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    alignItems: 'flex-start',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  document: { flex: 1, overflow: 'auto', padding: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  pane: {
    width: '380px',
    flexShrink: 0,
    alignSelf: 'stretch',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: '13px',
    marginBottom: tokens.spacingVerticalL,
    backgroundColor: '#fff',
  },
  cell: {
    border: '1px solid #8a8a8a',
    padding: '4px 6px',
    verticalAlign: 'top',
    whiteSpace: 'pre-wrap',
    maxWidth: '420px',
    color: '#1b1b1b',
  },
  error: { backgroundColor: '#fde7e9' },
  warning: { backgroundColor: '#fff4ce' },
  info: { backgroundColor: '#eef4fb' },
  selected: { outline: '3px solid #0f6cbd', outlineOffset: '-2px' },
  // A comment shown in its cell, as a balloon would show it in Word's margin.
  comment: {
    marginTop: '4px',
    padding: '2px 4px',
    borderLeft: '3px solid #c19c00',
    backgroundColor: '#fffbe6',
    fontSize: '12px',
    color: '#3b3a39',
  },
  picker: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
});

export function DemoPage({ lang, theme }: { lang: Lang; theme: Theme }) {
  const styles = useStyles();
  const [exampleIndex, setExampleIndex] = useState(0);
  const [grids, setGrids] = useState<readonly Grid[]>([]);
  const [, setRevision] = useState(0);
  const { host, session } = useMemo(() => {
    const example = DEMO_EXAMPLES[exampleIndex]!;
    const host = new MemoryHost(
      example.grids(),
      (next) => {
        setGrids(next);
        setRevision((r) => r + 1);
      },
      documentStore(example.name),
    );
    return { host, session: new Session(host, lang) };
  }, [exampleIndex, lang]);
  useEffect(() => {
    void host.read().then(setGrids);
    // The demo reads the settings it was built with as the pane does, so an administrator can try them first.
    const settingsFile = settingsOfPage(document);
    if (settingsFile) void session.useOrgSettings(loadOrgSettings(fetchBesidePage(document.baseURI), settingsFile));
    void session.restore();
  }, [host, session]);
  const marks = new Map(host.marks.map((m) => [refKey(m.cell), m.severity]));
  const selected = host.selected ? refKey(host.selected) : null;
  const comments = new Map([...host.comments].map(([key, c]) => [key, c.text]));
  return (
    <FluentProvider theme={theme} lang={lang}>
      <div className={styles.page}>
        <section className={styles.document} aria-label={text(lang, 'demoTitle')}>
          <Text as="h1" size={500} weight="semibold">
            {text(lang, 'demoTitle')}
          </Text>
          <div className={styles.picker}>
            <Label htmlFor="example">{text(lang, 'demoPick')}</Label>
            <Select
              id="example"
              value={String(exampleIndex)}
              onChange={(_e, data) => setExampleIndex(Number(data.value))}
            >
              {DEMO_EXAMPLES.map((example, i) => (
                <option key={example.name} value={i}>
                  {example.name}
                </option>
              ))}
            </Select>
          </div>
          {grids.map((grid) => (
            <DocumentTable
              key={grid.id}
              grid={grid}
              marks={marks}
              comments={comments}
              selected={selected}
              styles={styles}
            />
          ))}
        </section>
        {/* Not a landmark: the pane's own <main> stays top-level, as it is inside Office. */}
        <div className={styles.pane} id="pane">
          <App key={exampleIndex} session={session} lang={lang} theme={theme} />
        </div>
      </div>
    </FluentProvider>
  );
}

interface TableProps {
  grid: Grid;
  marks: ReadonlyMap<string, 'error' | 'warning' | 'info'>;
  comments: ReadonlyMap<string, string>;
  selected: string | null;
  styles: ReturnType<typeof useStyles>;
}

function DocumentTable({ grid, marks, comments, selected, styles }: TableProps) {
  const index = indexGrid(grid);
  const rows = Array.from({ length: grid.rowCount }, (_, r) => r);
  return (
    <table className={styles.table} data-grid={grid.id}>
      <tbody>
        {rows.map((r) => (
          <tr key={r}>
            {index
              .slots(r)
              .filter((slot) => slot.starts)
              .map(({ cell }) => {
                const key = refKey(cell.ref);
                const mark = marks.get(key);
                const classes = [styles.cell, mark ? styles[mark] : '', key === selected ? styles.selected : ''];
                return (
                  <td
                    key={key}
                    rowSpan={cell.rowSpan}
                    colSpan={cell.colSpan}
                    className={classes.join(' ')}
                    data-cell={key}
                    aria-current={key === selected ? 'true' : undefined}
                  >
                    {cell.text}
                    {comments.has(key) && (
                      <div className={styles.comment} data-comment={key}>
                        {comments.get(key)}
                      </div>
                    )}
                  </td>
                );
              })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per-example settings in local storage, as Office keeps them per document (the ignore list survives a reload). */
function documentStore(documentName: string): SettingsStore {
  const prefix = `jixiao-demo:${documentName}:`;
  return {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
  };
}
