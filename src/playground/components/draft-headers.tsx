import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../engine';
import { t } from '../strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  headers: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
});

/** The headers the on-send handler stamped on the draft at the last Send, as an admin's message trace would see them. */
export function DraftHeaders({ headers, locale }: { readonly headers: Readonly<Record<string, string>>; readonly locale: Locale }) {
  const styles = useStyles();
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return (
    <section className={styles.section} aria-label={t('draftHeaders', locale)}>
      <Text weight="semibold">{t('draftHeaders', locale)}</Text>
      <pre className={styles.headers} data-testid="draft-headers">
        {lines.length > 0 ? lines.join('\n') : t('noHeaders', locale)}
      </pre>
    </section>
  );
}
