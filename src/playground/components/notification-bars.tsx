import { MessageBar, MessageBarBody, MessageBarGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../engine';
import type { NotificationDetailsLike } from '../../office/mailbox';
import { t } from '../strings';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

const INTENT: Readonly<Record<string, 'info' | 'error' | 'warning'>> = { informationalMessage: 'info', insightMessage: 'info', errorMessage: 'error', progressIndicator: 'info' };

export interface NotificationBarsProps {
  readonly notifications: ReadonlyMap<string, NotificationDetailsLike>;
  readonly locale: Locale;
}

/** The info bars an add-in puts above the message (`item.notificationMessages`), as Outlook shows them. */
export function NotificationBars({ notifications, locale }: NotificationBarsProps) {
  const styles = useStyles();
  return (
    <section aria-label={t('notifications', locale)} data-testid="notification-bars">
      <MessageBarGroup className={styles.group}>
        {[...notifications].map(([key, details]) => (
          <MessageBar key={key} intent={INTENT[details.type] ?? 'info'} data-key={key}>
            <MessageBarBody>{details.message}</MessageBarBody>
          </MessageBar>
        ))}
      </MessageBarGroup>
    </section>
  );
}
