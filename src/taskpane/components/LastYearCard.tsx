// 与上年比较: the person picks last year's form; its findings join the check, and each form says what changed.
import { Caption1, Card, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import type { PickedFileError } from '../../hosts/office/picked-file';
import { browserXmlParser } from '../../hosts/office/xml';
import { formYear } from '../../core/rules/support';
import { annualChange } from '../../core/compare/compare';
import type { FormComparison } from '../../core/compare/with-last-year';
import { text } from '../strings';
import { useListStyles } from './list-styles';
import { usePane } from './pane-context';

const useStyles = makeStyles({
  heading: { margin: 0 },
  line: { color: tokens.colorNeutralForeground2 },
  lines: { display: 'flex', flexDirection: 'column' },
});

export function LastYearCard() {
  const styles = useStyles();
  const lists = useListStyles();
  const { session, state, t } = usePane();
  const pick = async (file: File) => {
    try {
      // The reader (fflate) is the 指标建议 tab's chunk: loaded when first needed, not with the pane.
      const { readPickedDocument } = await import('../../hosts/office/picked-file');
      const grids = readPickedDocument(file.name, new Uint8Array(await file.arrayBuffer()), browserXmlParser());
      await session.setLastYear(file.name, grids, await session.aliasLibrary());
    } catch (error) {
      const picked = error instanceof Error && error.name === 'PickedFileError' ? (error as PickedFileError) : null;
      const detail = error instanceof Error ? error.message : String(error);
      session.notify({
        kind: 'error',
        zh: text('zh-CN', 'lastYearUnreadable', { name: file.name, reason: picked?.zh ?? detail }),
        en: text('en', 'lastYearUnreadable', { name: file.name, reason: picked?.en ?? detail }),
      });
    }
  };
  return (
    <Card className={lists.card}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t('lastYearTitle')}
      </Text>
      <Caption1>{t('lastYearHint')}</Caption1>
      <input
        type="file"
        accept=".docx,.xlsx"
        aria-label={t('lastYearPick')}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void pick(file);
        }}
      />
      {state.lastYear && (
        <Caption1>
          {t('lastYearLoaded', { name: state.lastYear.name, n: state.lastYear.forms.length })}
          {state.lastYear.kept && t('lastYearKept')}{' '}
          <Link as="button" onClick={() => void session.clearLastYear()}>
            {t('lastYearRemove')}
          </Link>
        </Caption1>
      )}
    </Card>
  );
}

/** One form's line: what it kept, dropped and added against last year's form, and the money asked for. */
export function LastYearLine({ comparison }: { comparison: FormComparison | null }) {
  const styles = useStyles();
  const { state, t } = usePane();
  if (!state.lastYear) return null;
  if (!comparison) return <Caption1 className={styles.line}>{t('lastYearNone')}</Caption1>;
  const { previous, comparison: c } = comparison;
  const year = formYear(previous);
  const money = annualChange(c.annual);
  return (
    <div className={styles.lines}>
      <Caption1 className={styles.line}>
        {t(year === null ? 'lastYearPairUndated' : 'lastYearPair', {
          name: previous.fields.projectName?.text || t('untitled'),
          year: year ?? '',
          kept: c.kept.length,
          weaker: c.kept.filter((k) => k.change === 'weaker').length,
          dropped: c.dropped.length,
          added: c.added.length,
        })}
      </Caption1>
      {money && <Caption1 className={styles.line}>{t('lastYearMoney', money)}</Caption1>}
    </div>
  );
}
