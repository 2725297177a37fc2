import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from '@fluentui/react-components';
import { useId } from 'react';
import type { Locale } from '../../engine';
import type { SmartAlertView } from '../client-capabilities';
import { t } from '../strings';
import { MarkdownView } from './markdown-view';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-wrap', margin: 0 },
});

export interface SmartAlertDialogProps {
  readonly dialog: SmartAlertView | null;
  readonly locale: Locale;
  onSendAnyway(): void;
  onDontSend(): void;
  onOpenPane(): void;
}

/**
 * What Outlook shows when the on-send handler answers `allowEvent: false`, as the simulated
 * client version shows it: the add-in's message (Markdown from Mailbox 1.15), "Send anyway" and
 * the button that opens the add-in's task pane only where the client has them (1.14).
 */
export function SmartAlertDialog({ dialog, locale, onSendAnyway, onDontSend, onOpenPane }: SmartAlertDialogProps) {
  const styles = useStyles();
  const contentId = useId();
  return (
    <Dialog open={dialog !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onDontSend()}>
      <DialogSurface aria-describedby={contentId} data-testid="smart-alert">
        <DialogBody>
          <DialogTitle>Preflight</DialogTitle>
          <DialogContent id={contentId}>
            {dialog?.markdown ? (
              <MarkdownView text={dialog.markdown} />
            ) : (
              <p className={styles.text} data-testid="smart-alert-text">
                {dialog?.text ?? ''}
              </p>
            )}
          </DialogContent>
          <DialogActions>
            {dialog?.sendAnyway && (
              <Button appearance="primary" onClick={onSendAnyway}>
                {t('sendAnyway', locale)}
              </Button>
            )}
            <Button appearance={dialog?.sendAnyway ? 'secondary' : 'primary'} onClick={onDontSend}>
              {t('dontSend', locale)}
            </Button>
            {dialog?.actionLabel && <Button onClick={onOpenPane}>{dialog.actionLabel}</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
