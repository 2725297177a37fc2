import { Button, Caption1, Divider, FluentProvider, MessageBar, MessageBarBody, Spinner, Title3, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { SaveSyncRegular, SendRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { CommandsFrame, TaskPaneFrame } from './components/add-in-frames';
import { ComposeForm } from './components/compose-form';
import { DraftHeaders } from './components/draft-headers';
import { ExamplesMenu } from './components/examples-menu';
import { NotificationBars } from './components/notification-bars';
import { PolicyPanel } from './components/policy-panel';
import { SentMessageView } from './components/sent-message';
import { SettingsPanel } from './components/settings-panel';
import { SmartAlertDialog } from './components/smart-alert-dialog';
import type { PlaygroundSession } from './session';
import { t } from './strings';
import { useSession } from './use-session';

const useStyles = makeStyles({
  app: { height: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  workspace: { display: 'flex', flexGrow: 1, minHeight: 0 },
  compose: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: 'auto',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  sheet: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '56rem',
  },
  pane: { flexShrink: 0, backgroundColor: tokens.colorNeutralBackground1, borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** The playground: a compose window, the real task pane beside it, and Outlook's Send with Smart Alerts. */
export function Playground({ session }: { readonly session: PlaygroundSession }) {
  useSession(session);
  const styles = useStyles();
  const { settings, sendState } = session;
  const locale = settings.displayLanguage;
  const theme = settings.theme === 'dark' ? webDarkTheme : webLightTheme;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('title', locale);
  }, [locale]);

  return (
    <FluentProvider theme={theme} lang={locale}>
      <div className={styles.app}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title3 as="h1">{t('title', locale)}</Title3>
            <Caption1 className={styles.subtitle}>{t('subtitle', locale)}</Caption1>
          </div>
          <ExamplesMenu session={session} locale={locale} />
          <Button
            icon={<SaveSyncRegular />}
            disabled={sendState.kind === 'checking' || sendState.kind === 'sent'}
            onClick={() => void session.reopenDraft()}
            title={t('reopenDraftHint', locale)}
            data-testid="reopen-draft"
          >
            {t('reopenDraft', locale)}
          </Button>
          <Button
            appearance="primary"
            icon={sendState.kind === 'checking' ? <Spinner size="tiny" /> : <SendRegular />}
            disabled={sendState.kind === 'checking' || sendState.kind === 'sent'}
            onClick={() => void session.startSend()}
            data-testid="send"
          >
            {sendState.kind === 'checking' ? t('sending', locale) : t('send', locale)}
          </Button>
        </header>
        <div className={styles.workspace}>
          <main className={styles.compose}>
            <NotificationBars notifications={session.mailbox.notifications} locale={locale} />
            {sendState.kind === 'failed' && (
              <MessageBar intent="error">
                <MessageBarBody>{t('sendFailed', locale, { reason: sendState.reason })}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.sheet}>
              {sendState.kind === 'sent' ? (
                <SentMessageView message={sendState.message} locale={locale} onBack={() => session.backToDraft()} />
              ) : (
                <ComposeForm session={session} locale={locale} />
              )}
            </div>
            <div className={styles.sheet}>
              <SettingsPanel session={session} locale={locale} />
              <Divider />
              <PolicyPanel session={session} locale={locale} />
              <Divider />
              <DraftHeaders headers={session.mailbox.headers} locale={locale} />
            </div>
          </main>
          <aside className={styles.pane}>
            <TaskPaneFrame session={session} locale={locale} />
          </aside>
        </div>
        <CommandsFrame pending={session.pendingEvents} />
        <SmartAlertDialog
          dialog={sendState.kind === 'alert' ? sendState.dialog : null}
          locale={locale}
          onSendAnyway={() => session.sendAnyway()}
          onDontSend={() => session.dontSend()}
          onOpenPane={() => session.openPaneFromAlert()}
        />
      </div>
    </FluentProvider>
  );
}
