// 检查: one button checks the whole document; findings grouped by form, then by severity, with a fund card each.
import { Button, Caption1, Link, makeStyles, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import type { CheckedForm } from '../../core/lint';
import type { Finding, Severity } from '../../core/rules/rule';
import { FindingCard } from './FindingCard';
import { FundCard } from './FundCard';
import { LastYearCard, LastYearLine } from './LastYearCard';
import { useListStyles } from './list-styles';
import { OrgSettingsNote } from './OrgSettingsNote';
import { usePane } from './pane-context';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  options: { display: 'flex', flexDirection: 'column' },
  comments: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function CheckTab() {
  const styles = useStyles();
  const { session, state, busy, t } = usePane();
  const { capabilities } = session.host;
  const checked = state.generation > 0;
  const visible = state.forms.map((f) => session.visible(f.findings));
  const count = (severity: Severity) => visible.flat().filter((f) => f.severity === severity).length;
  return (
    <div className={styles.tab} data-focus-list>
      {!checked && <Text>{t('intro')}</Text>}
      <Button appearance="primary" onClick={() => void session.check()} disabledFocusable={busy}>
        {checked ? t('recheckButton') : t('checkButton')}
      </Button>
      <div className={styles.options}>
        {capabilities.trackChanges && (
          <Switch
            checked={state.trackChanges}
            onChange={(_e, data) => session.setTrackChanges(data.checked)}
            label={t('trackChanges')}
          />
        )}
        {capabilities.marks && (
          <Switch
            checked={state.marking}
            onChange={(_e, data) => void session.setMarking(data.checked)}
            label={t('markCells')}
          />
        )}
      </div>
      {checked && capabilities.comments && (
        <div className={styles.comments}>
          <Button
            onClick={() => void session.writeReviewComments()}
            disabledFocusable={busy || visible.flat().length === 0}
            title={t('reviewCommentsHint')}
          >
            {t('reviewComments')}
          </Button>
          <Link as="button" onClick={() => void session.removeReviewComments()} disabled={busy}>
            {t('removeReviewComments')}
          </Link>
        </div>
      )}
      <OrgSettingsNote />
      {state.status === 'checking' && <Spinner size="tiny" label={t('checking')} />}
      {checked && (
        // Where focus goes once the last finding is fixed or ignored (keep-focus.ts).
        <Text role="status" weight="semibold" tabIndex={-1} data-focus-fallback>
          {state.forms.length === 0
            ? t('noForms')
            : t('summary', {
                forms: state.forms.length,
                errors: count('error'),
                warnings: count('warning'),
                infos: count('info'),
              })}
        </Text>
      )}
      {state.ignored.size > 0 && checked && (
        <Caption1>
          {t('ignoredCount', { n: state.ignored.size })}{' '}
          <Link as="button" onClick={() => void session.unignoreAll()}>
            {t('showIgnored')}
          </Link>
        </Caption1>
      )}
      {checked && <LastYearCard />}
      {state.forms.map((checkedForm, i) => (
        <FormSection key={i} index={i} checkedForm={checkedForm} findings={visible[i]!} />
      ))}
    </div>
  );
}

function FormSection({
  index,
  checkedForm,
  findings,
}: {
  index: number;
  checkedForm: CheckedForm;
  findings: Finding[];
}) {
  const styles = useStyles();
  const lists = useListStyles();
  const { state, t } = usePane();
  const { form } = checkedForm;
  const name = form.fields.projectName?.text || t('untitled');
  const headingId = `form-${index}`;
  return (
    <section className={styles.form} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t('form', { n: index + 1 })} · {name}
      </Text>
      <LastYearLine comparison={state.comparisons[index] ?? null} />
      <FundCard form={form} headingId={`${headingId}-funds`} />
      {findings.length === 0 && <Text>{t('noProblems')}</Text>}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const groupId = `${headingId}-${severity}`;
        return (
          <section key={severity} aria-labelledby={groupId}>
            <Text as="h3" size={300} weight="semibold" id={groupId}>
              {t('paren', { text: t(severity), inner: group.length })}
            </Text>
            <ul className={lists.list}>
              {group.map((finding, j) => (
                <li key={j}>
                  <FindingCard finding={finding} id={`${groupId}-${j}`} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
