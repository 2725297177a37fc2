import { applyNotifications, planNotifications } from '../office/notifications';
import { officeCall } from '../office/office-call';
import { recordComposeType, recordPolicyConfirmation } from '../office/session';
import { BACKGROUND_POLICY_FETCH_TIMEOUT_MS } from '../office/policy-source';
import { checkCurrentItem, loadEnvironmentPolicy, type HandlerEnvironment } from './check';

const COMPOSE_TYPE_TIMEOUT_MS = 1500;

/**
 * OnNewMessageCompose: remember whether this is a new mail, a reply or a forward while Office
 * still reports it reliably, then show the first nudges (a reply that goes to a whole group).
 */
export async function onComposeOpened(env: HandlerEnvironment): Promise<void> {
  const item = env.context.mailbox.item;
  if (!item) return;
  if (item.getComposeTypeAsync) {
    try {
      const { composeType } = await officeCall<{ composeType: string }>('getComposeTypeAsync', (cb) => item.getComposeTypeAsync!(cb), COMPOSE_TYPE_TIMEOUT_MS);
      await recordComposeType(item, composeType);
    } catch {
      // The subject prefix and conversation id stand in at send time.
    }
  }
  await refreshNudges(env);
}

/**
 * OnMessageRecipientsChanged / OnMessageAttachmentsChanged: re-check and update the bars. Nobody
 * waits on these, so a slow policy server gets longer than at Send, and the policy it confirms is
 * remembered for this message, so Send need not wait for it.
 */
export async function refreshNudges(env: HandlerEnvironment): Promise<void> {
  const item = env.context.mailbox.item;
  if (!item) return;
  const { evaluation, loaded } = await checkCurrentItem(env, loadEnvironmentPolicy(env, { timeoutMs: BACKGROUND_POLICY_FETCH_TIMEOUT_MS }));
  await Promise.all([
    applyNotifications(item, planNotifications(evaluation.findings)),
    recordPolicyConfirmation(item, loaded.confirmation).catch(() => undefined),
  ]);
}
