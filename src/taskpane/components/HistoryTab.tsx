// 历史: the changes applied from this pane, newest first, each undoable while its cells still hold the new text.
import { Button, Caption1, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { location } from '../../core/location';
import { keepFocus } from './keep-focus';
import { useListStyles } from './list-styles';
import { usePane } from './pane-context';

const useStyles = makeStyles({
  change: { margin: 0, fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
});

export function HistoryTab() {
  const styles = useStyles();
  const lists = useListStyles();
  const { session, state, busy, lang, t } = usePane();
  if (state.history.length === 0) return <Text>{t('historyEmpty')}</Text>;
  return (
    <ul className={lists.list} data-focus-list>
      {state.history.map((entry) => (
        <li key={entry.id}>
          {/* Focusable from script only: where focus stays when no 撤销 is left (keep-focus.ts). */}
          <Card className={lists.card} data-focus-card tabIndex={-1}>
            <Text>{entry.label}</Text>
            {entry.edits.map((edit, i) => (
              <p key={i} className={styles.change}>
                {location(edit.cell, lang)}
                {t('colon')}
                {edit.before || '—'} → {edit.text || '—'}
              </p>
            ))}
            <Caption1>{entry.at.toLocaleTimeString(lang)}</Caption1>
            {entry.kind === 'insert' ? (
              <Caption1>{t('insertedNoUndo')}</Caption1>
            ) : entry.undone ? (
              <Caption1>{t('undone')}</Caption1>
            ) : entry.stale ? (
              <Caption1>{t('staleNoUndo')}</Caption1>
            ) : (
              <Button
                size="small"
                onClick={(e) => void keepFocus(e.currentTarget, () => session.undo(entry.id))}
                disabledFocusable={busy}
              >
                {t('undo')}
              </Button>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
