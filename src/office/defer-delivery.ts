import type { Policy } from '../engine';
import { DraftFacts } from '../engine/facts';
import type { ComposeItemLike } from './mailbox';
import { officeCall, withDeadline } from './office-call';
import type { CheckOutcome } from './run-check';
import type { SendCompletion } from './send-decision';
import { SESSION_KEYS } from './session';
import { TIMING } from './timing';

/** Whether the draft has a recipient outside the policy's internal domains. */
export function hasExternalRecipient(draft: DraftFacts['draft'], policy: Policy): boolean {
  return DraftFacts.of(draft, policy).externalRecipients.length > 0;
}

/**
 * How many minutes Send holds this mail back (0: not at all): the policy's
 * `deferExternalMinutes` for mail with an external recipient that goes, or may go (a prompt's
 * "send anyway"), unless the user chose "send without delay" in the task pane.
 */
export function deferMinutes(checked: CheckOutcome, completion: SendCompletion): number {
  if (!checked.ok || !(completion.allowEvent || completion.sendModeOverride)) return 0;
  const minutes = checked.loaded.policy.deferExternalMinutes;
  if (minutes <= 0 || checked.session.sendWithoutDelay) return 0;
  return hasExternalRecipient(checked.read.draft, checked.loaded.policy) ? minutes : 0;
}

/**
 * Asks Outlook (Mailbox 1.13) to deliver the mail `minutes` from now, within `ms`. A later
 * delivery time already on the draft (the user's own scheduled send) is kept. Never rejects:
 * a failed, hung or missing call leaves the mail to go as decided.
 */
export function deferDelivery(item: ComposeItemLike, minutes: number, ms: number): Promise<void> {
  const delay = item.delayDeliveryTime;
  if (minutes <= 0 || !delay) return Promise.resolve();
  const at = new Date(Date.now() + minutes * 60_000);
  const set = officeCall<Date | 0>('delayDeliveryTime.getAsync', (cb) => delay.getAsync(cb), ms).then((current) => {
    if (current && +current >= +at) return;
    return officeCall<void>('delayDeliveryTime.setAsync', (cb) => delay.setAsync(at, cb), ms);
  });
  return withDeadline(set, ms, () => undefined);
}

/** The task pane's "send without delay" for this message, or (`on` false) its undoing. */
export async function recordSendWithoutDelay(item: ComposeItemLike, on: boolean): Promise<void> {
  if (!item.sessionData) return;
  await officeCall<void>('sessionData.setAsync', (cb) => item.sessionData!.setAsync(SESSION_KEYS.sendWithoutDelay, on ? '1' : '', cb), TIMING.sessionMs);
}
