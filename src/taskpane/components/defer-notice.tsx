import { Button } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Draft, Locale, Policy } from '../../engine';
import { hasExternalRecipient, recordSendWithoutDelay } from '../../office/defer-delivery';
import { supportsMailbox, type OfficeContextLike } from '../../office/mailbox';
import { safely } from '../../office/safely';
import { readSession } from '../../office/session';
import { t } from '../strings';
import { MessageBar, MessageBarActions, MessageBarBody } from './message-bar';

export interface DeferNoticeProps {
  readonly context: OfficeContextLike;
  readonly draft: Draft;
  readonly policy: Policy;
  readonly locale: Locale;
}

/**
 * Says that Send holds external mail back for the policy's `deferExternalMinutes`, and offers
 * "send without delay" for this message (undoable); on a client without delayed delivery
 * (Mailbox 1.13), that it cannot be held back there.
 */
export function DeferNotice({ context, draft, policy, locale }: DeferNoticeProps) {
  const item = context.mailbox.item;
  const [skipped, setSkipped] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    if (item) void readSession(item).then((session) => live && setSkipped(session.sendWithoutDelay === true));
    return () => void (live = false);
  }, [item]);

  const minutes = policy.deferExternalMinutes;
  // A draft whose recipients a rule could not read (it threw) shows no notice rather than no pane.
  if (minutes <= 0 || !item || !safely(() => hasExternalRecipient(draft, policy))) return null;
  if (!supportsMailbox(context, '1.13')) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="defer-notice">
        <MessageBarBody>{t('deferUnavailable', locale, { minutes })}</MessageBarBody>
      </MessageBar>
    );
  }
  const toggle = (on: boolean) => {
    setSkipped(on);
    setFailed(false);
    recordSendWithoutDelay(item, on).catch(() => {
      setSkipped(!on);
      setFailed(true);
    });
  };
  return (
    <MessageBar intent="info" layout="multiline" data-testid="defer-notice">
      <MessageBarBody>
        {skipped ? t('deferSkipped', locale) : t('deferNotice', locale, { minutes })}
        {failed && <div role="alert">{t('deferSaveFailed', locale)}</div>}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => toggle(!skipped)}>
          {skipped ? t('deferRestore', locale) : t('deferSkip', locale)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
