import { Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { Locale } from '../../engine';
import type { EmailAddressDetailsLike } from '../../office/mailbox';
import { formatRecipient, formatSize } from '../format';
import type { SentMessage } from '../session';
import { t, type UiKey } from '../strings';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  icon: { color: tokens.colorPaletteGreenForeground1, fontSize: '24px' },
  fields: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  row: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  headers: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
});

export interface SentMessageViewProps {
  readonly message: SentMessage;
  readonly locale: Locale;
  onBack(): void;
}

const recipients = (list: readonly EmailAddressDetailsLike[]) => list.map(formatRecipient).join('; ');

/** A delayed delivery's date and time, in the reader's language and time zone. */
function deliveryTime(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** The message as it went out, with the internet headers the add-in stamped on it. */
export function SentMessageView({ message, locale, onBack }: SentMessageViewProps) {
  const styles = useStyles();
  const rows: ReadonlyArray<[UiKey, string]> = [
    ['from', formatRecipient(message.from)],
    ['to', recipients(message.to)],
    ['cc', recipients(message.cc)],
    ['bcc', recipients(message.bcc)],
    ['subject', message.subject || t('noSubject', locale)],
    ['attachments', message.attachments.map((a) => `${a.name} (${formatSize(a.size)}${a.isInline ? `, ${t('inline', locale)}` : ''})`).join('; ') || t('noAttachments', locale)],
    ...(message.deliverAt ? [['deliveryTime', t('deliveryDelayed', locale, { time: deliveryTime(message.deliverAt, locale) })] as [UiKey, string]] : []),
  ];
  const headers = Object.entries(message.headers).map(([name, value]) => `${name}: ${value}`);
  return (
    <Card className={styles.card} data-testid="sent-message" role="region" aria-label={t('sentTitle', locale)}>
      <CardHeader image={<CheckmarkCircleRegular className={styles.icon} aria-hidden />} header={<Text as="h2" weight="semibold" size={500}>{t('sentTitle', locale)}</Text>} />
      <dl className={styles.fields}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.row} data-testid={`sent-${label}`}>
            <dt className={styles.term}>{t(label, locale)}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <pre className={styles.body} data-testid="sent-body">
        {message.body}
      </pre>
      <section aria-label={t('sentHeaders', locale)}>
        <Text weight="semibold">{t('sentHeaders', locale)}</Text>
        <pre className={styles.headers} data-testid="sent-headers">
          {headers.length > 0 ? headers.join('\n') : t('noHeaders', locale)}
        </pre>
      </section>
      <div>
        <Button onClick={onBack}>{t('editAgain', locale)}</Button>
      </div>
    </Card>
  );
}
