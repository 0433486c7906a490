// Which review settings (审核口径) the check ran under: the organisation's name and the rules it set, or why its
// settings file could not be used (the check then runs with the engine's own rules).
import { Caption1, makeStyles, MessageBar, MessageBarBody, tokens, typographyStyles } from '@fluentui/react-components';
import { LEVEL_TEXT, optionText, settingChanges } from '../../core/rule-catalog';
import type { Text } from '../../core/rules/rule';
import { renderText } from '../../core/rules/rule';
import { usePane } from './pane-context';

const useStyles = makeStyles({
  note: typographyStyles.caption1,
  rules: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  options: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
});

/** Enough to act on; the administrator sees the rest with `jixiao rules --settings`. */
const SHOWN_PROBLEMS = 5;

export function OrgSettingsNote() {
  const styles = useStyles();
  const { state, lang, t } = usePane();
  const settings = state.orgSettings;
  const pick = (text: Text) => renderText(text, lang);
  if (settings.status === 'invalid')
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {t('orgSettingsInvalid', { file: settings.file })}
          <ul className={styles.problems}>
            {settings.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>{pick(p)}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  if (settings.status !== 'ok') return null;
  const set = settingChanges(settings);
  const named = t('orgSettings', { name: settings.name });
  const name = settings.library ? t('paren', { text: named, inner: t('orgSettingsLibrary') }) : named;
  if (set.length === 0) return <Caption1>{name}</Caption1>;
  return (
    <div className={styles.note}>
      <details>
        <summary>
          {name} · {t('orgSettingsRules', { n: set.length })}
        </summary>
        <ul className={styles.rules}>
          {set.map(({ meta, level, options }) => (
            <li key={meta.id}>
              {level !== undefined
                ? t('orgSettingsRule', {
                    description: pick(meta.description),
                    from: pick(LEVEL_TEXT[meta.severity]),
                    to: pick(LEVEL_TEXT[level]),
                  })
                : pick(meta.description)}
              {options.length > 0 && (
                <ul className={styles.options}>
                  {options.map((o) => (
                    <li key={o.name}>{optionText(o, lang)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
