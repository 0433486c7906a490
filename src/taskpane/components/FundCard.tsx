// A form's fund identities with their amounts and whether each adds up (the sums finance staff re-add).
import { Badge, Caption1, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Form } from '../../core/form';
import type { FundIdentity } from '../../core/fund-identities';
import { fundIdentities, identityStatus } from '../../core/fund-identities';
import { showMoney } from '../../core/rules/support';
import type { StringKey } from '../strings';
import { usePane } from './pane-context';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  identity: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  terms: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  amount: { fontVariantNumeric: 'tabular-nums' },
  // 徽标默认高 20px：“不符”一句在窄窗格中折成两三行，溢出徽标框，边线像删除线。让它随文字长高。
  // A Badge is 20px high: the sentence of a sum that does not add up wraps in a narrow pane and overflows it, its
  // border striking the text through. This one grows with its lines.
  status: {
    height: 'auto',
    minHeight: '20px',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    textAlign: 'start',
    overflowWrap: 'anywhere',
  },
});

const TITLE: Record<FundIdentity['id'], StringKey> = {
  'F-1': 'identityF1',
  'F-2': 'identityF2',
  components: 'identityComponents',
};

export function FundCard({ form, headingId }: { form: Form; headingId: string }) {
  const styles = useStyles();
  const { t } = usePane();
  const identities = fundIdentities(form);
  if (identities.length === 0) return null;
  return (
    <Card className={styles.card} role="group" aria-labelledby={headingId}>
      <Text weight="semibold" id={headingId} as="h3">
        {t('paren', { text: t('funds'), inner: form.funds.unit })}
      </Text>
      {identities.map((identity) => {
        const status = identityStatus(identity);
        return (
          <div key={identity.id} className={styles.identity}>
            <Text>
              {t(TITLE[identity.id])}{' '}
              {status.kind === 'holds' ? (
                <Badge appearance="tint" color="success" className={styles.status}>
                  {t('holds')}
                </Badge>
              ) : status.kind === 'differs' ? (
                <Badge appearance="tint" color="danger" shape="rounded" className={styles.status}>
                  {t('differs', {
                    // Written like the total's own cell, as the finding's message writes them.
                    sum: showMoney(status.sum, identity.whole.amount!, form),
                    diff: showMoney(Math.abs(status.whole - status.sum), identity.whole.amount!, form),
                  })}
                </Badge>
              ) : (
                <Badge appearance="tint" color="informative" className={styles.status}>
                  {t('unchecked')}
                </Badge>
              )}
            </Text>
            <ul className={styles.terms}>
              {[identity.whole, ...identity.parts].map((term, i) => (
                <li key={i}>
                  <Caption1>
                    {term.label}
                    {t('colon')}
                    <span className={styles.amount}>{term.amount?.text || '—'}</span>
                  </Caption1>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Card>
  );
}
