// The pane's card lists (findings, history, suggestions) look alike: one set of styles.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useListStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  card: { padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
});
