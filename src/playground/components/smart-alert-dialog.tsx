import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useId } from 'react';
import type { Locale } from '../../engine';
import type { SendCompletion } from '../../launchevent/on-send';
import { t } from '../strings';
import { MarkdownView } from './markdown-view';

export interface SmartAlertDialogProps {
  readonly completion: SendCompletion | null;
  readonly locale: Locale;
  onSendAnyway(): void;
  onDontSend(): void;
  onOpenPane(): void;
}

/**
 * What Outlook shows when the on-send handler answers `allowEvent: false`: the add-in's message,
 * "Send anyway" only for `sendModeOverride: 'promptUser'`, and the button named by `cancelLabel`
 * that opens the add-in's task pane (`commandId`).
 */
export function SmartAlertDialog({ completion, locale, onSendAnyway, onDontSend, onOpenPane }: SmartAlertDialogProps) {
  const contentId = useId();
  const mayOverride = completion?.sendModeOverride === 'promptUser';
  return (
    <Dialog open={completion !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onDontSend()}>
      <DialogSurface aria-describedby={contentId} data-testid="smart-alert">
        <DialogBody>
          <DialogTitle>Preflight</DialogTitle>
          <DialogContent id={contentId}>
            {completion?.errorMessageMarkdown ? <MarkdownView text={completion.errorMessageMarkdown} /> : <p>{completion?.errorMessage ?? ''}</p>}
          </DialogContent>
          <DialogActions>
            {mayOverride && (
              <Button appearance="primary" onClick={onSendAnyway}>
                {t('sendAnyway', locale)}
              </Button>
            )}
            <Button appearance={mayOverride ? 'secondary' : 'primary'} onClick={onDontSend}>
              {t('dontSend', locale)}
            </Button>
            {completion?.cancelLabel && completion.commandId && <Button onClick={onOpenPane}>{completion.cancelLabel}</Button>}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
