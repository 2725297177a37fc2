import { applyNotifications, planNotifications } from '../office/notifications';
import type { DraftRead } from '../office/read-draft';
import { recordComposeOpened, recordPolicyConfirmation, type ComposeOpened } from '../office/session';
import { BACKGROUND_POLICY_FETCH_TIMEOUT_MS, POLICY_FETCH_TIMEOUT_MS } from '../office/policy-source';
import { checkCurrentItem, loadEnvironmentPolicy, type CheckResult, type HandlerEnvironment } from './check';

/**
 * OnMessageCompose: a new mail, reply or forward, and also a saved draft opened again (which
 * OnNewMessageCompose misses). Shows the first nudges (a reply that goes to a whole group) and
 * records, once, what the window opened with while Office still reports it reliably; a draft
 * opened again keeps what its first opening recorded.
 */
export async function onComposeOpened(env: HandlerEnvironment): Promise<void> {
  await nudge(env, (check) => {
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

/**
 * OnMessageRecipientsChanged / OnMessageAttachmentsChanged: re-check and update the bars. The bars
 * wait for the policy as long as Send would; the request itself may run longer, and what the
 * server says is then remembered for this message, so Send need not ask again.
 */
export function refreshNudges(env: HandlerEnvironment): Promise<void> {
  return nudge(env);
}

async function nudge(env: HandlerEnvironment, record?: (check: CheckResult) => Promise<void>): Promise<void> {
  const item = env.context.mailbox.item;
  if (!item) return;
  const policy = loadEnvironmentPolicy(env, { timeoutMs: BACKGROUND_POLICY_FETCH_TIMEOUT_MS, answerWithinMs: POLICY_FETCH_TIMEOUT_MS });
  const check = await checkCurrentItem(env, policy);
  await Promise.all([applyNotifications(item, planNotifications(check.evaluation.findings, check.locale)), record?.(check).catch(() => undefined)]);
  await recordPolicyConfirmation(item, await check.loaded.confirmation).catch(() => undefined);
}
