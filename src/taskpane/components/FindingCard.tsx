// One finding: what is wrong and why, the current and the proposed text, and what the person can do about it.
import { Button, Caption1, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Edit } from '../../core/edits';
import { location } from '../../core/location';
import { allRules } from '../../core/rules';
import type { Finding, Lang } from '../../core/rules/rule';
import { renderText } from '../../core/rules/rule';
import { keepFocus } from './keep-focus';
import { usePane } from './pane-context';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}` },
  texts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, margin: 0 },
  value: { margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  suggestion: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function FindingCard({ finding, id }: { finding: Finding; id: string }) {
  const styles = useStyles();
  const { session, busy, lang, t } = usePane();
  const apply = (from: Element, edits: readonly Edit[], label: string) =>
    keepFocus(from, () => session.apply(edits, label, finding.ruleId, { explanation: finding.message }));
  const sameRule = session.fixesOf(finding.ruleId).length;
  const sameKind = session.findingsOf(finding.ruleId).length;
  const proposed = finding.fix?.map((e) => e.text).join(' / ');
  return (
    <Card
      className={`${styles.card} ${styles[finding.severity]}`}
      role="article"
      aria-labelledby={`${id}-msg`}
      data-focus-card
    >
      <Text id={`${id}-msg`}>{finding.message}</Text>
      <dl className={styles.texts}>
        <dt>
          <Caption1>{t('current')}</Caption1>
        </dt>
        <dd className={styles.value}>{finding.actual || '—'}</dd>
        {proposed !== undefined && (
          <>
            <dt>
              <Caption1>{t('proposed')}</Caption1>
            </dt>
            <dd className={styles.value}>{proposed}</dd>
          </>
        )}
      </dl>
      {finding.suggestions?.map((s, i) => (
        <div key={i} className={styles.suggestion}>
          <Text size={200}>{s.message}</Text>
          <Button
            size="small"
            disabledFocusable={busy}
            aria-describedby={`${id}-msg`}
            onClick={(e) => void apply(e.currentTarget, s.edits, s.message)}
          >
            {t('apply')}
          </Button>
        </div>
      ))}
      <div className={styles.actions}>
        <Button size="small" aria-describedby={`${id}-msg`} onClick={() => void session.reveal(finding)}>
          {t('reveal')}
        </Button>
        {finding.fix && (
          <Button
            size="small"
            appearance="primary"
            disabledFocusable={busy}
            aria-describedby={`${id}-msg`}
            onClick={(e) => void apply(e.currentTarget, finding.fix!, finding.message)}
          >
            {t('apply')}
          </Button>
        )}
        {finding.fix && sameRule > 1 && (
          <Button
            size="small"
            disabledFocusable={busy}
            aria-describedby={`${id}-msg`}
            title={t('applyAllHint')}
            onClick={(e) =>
              void apply(
                e.currentTarget,
                session.fixesOf(finding.ruleId),
                `${ruleDescription(finding.ruleId, lang)} × ${sameRule}`,
              )
            }
          >
            {t('applyAll', { n: sameRule })}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          aria-describedby={`${id}-msg`}
          onClick={(e) => void keepFocus(e.currentTarget, () => session.ignore(finding))}
        >
          {t('ignore')}
        </Button>
        {sameKind > 1 && (
          <Button
            size="small"
            appearance="subtle"
            aria-describedby={`${id}-msg`}
            title={t('ignoreAllHint')}
            onClick={(e) => void keepFocus(e.currentTarget, () => session.ignoreAll(finding.ruleId))}
          >
            {t('ignoreAll', { n: sameKind })}
          </Button>
        )}
      </div>
      <Caption1 className={styles.meta}>
        {location(finding.cell, lang)} · {finding.ruleId}
      </Caption1>
    </Card>
  );
}

function ruleDescription(ruleId: string, lang: Lang): string {
  const rule = allRules.find((r) => r.meta.id === ruleId);
  return rule ? renderText(rule.meta.description, lang) : ruleId;
}
