import { applyNotifications, planNotifications } from '../office/notifications';
import type { DraftRead } from '../office/read-draft';
import { NUDGE_CHECK, runCheck, type CheckEnvironment, type CheckResult } from '../office/run-check';
import { recordComposeOpened, recordPolicyConfirmation, type ComposeOpened } from '../office/session';
import type { AttachmentScan } from './page-scan';

/**
 * OnMessageCompose: a new mail, reply or forward, and also a saved draft opened again (which
 * OnNewMessageCompose misses). Shows the first nudges (a reply that goes to a whole group) and
 * records, once, what the window opened with while Office still reports it reliably; a draft
 * opened again keeps what its first opening recorded.
 */
export async function onComposeOpened(env: CheckEnvironment, scan?: AttachmentScan): Promise<void> {
  await nudge(env, scan, (check) => {
    const item = env.context.mailbox.item;
    return item ? recordComposeOpened(item, check.session, composeOpened(check.read)) : Promise.resolve();
  });
}

/**
 * Office's compose type when the reading of the draft took it. Not recorded when Office did not
 * answer, or called a reply (by its subject prefix and conversation) a new mail: Send reads the
 * draft the same way and decides then. The subject as read, unless the read failed.
 */
function composeOpened(read: DraftRead): ComposeOpened {
  return {
    composeType: read.composeTypeSource === 'office' ? read.draft.composeType : null,
    originalSubject: read.draft.unavailable.includes('subject') ? null : read.draft.subject,
  };
}

/** OnMessageRecipientsChanged / OnMessageAttachmentsChanged: re-check and update the bars (NUDGE_CHECK says how long they wait). */
export function refreshNudges(env: CheckEnvironment, scan?: AttachmentScan): Promise<void> {
  return nudge(env, scan);
}

/** A check that could not finish leaves the bars as they are: the next event rewrites them. */
async function nudge(env: CheckEnvironment, scan: AttachmentScan | undefined, record?: (check: CheckResult) => Promise<void>): Promise<void> {
  const item = env.context.mailbox.item;
  if (!item) return;
  const check = await runCheck(env, NUDGE_CHECK);
  if (!check.ok) return;
  // No bar is about attachment contents: the bars and records do not wait for the scan.
  await Promise.all([applyNotifications(item, planNotifications(check.evaluation.findings, check.locale)), record?.(check).catch(() => undefined), scan?.(item, check).catch(() => undefined)]);
  await recordPolicyConfirmation(item, await check.loaded.confirmation).catch(() => undefined);
}
