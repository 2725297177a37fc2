import { applyNotifications, planNotifications } from '../office/notifications';
import { officeCall } from '../office/office-call';
import { recordComposeType, recordPolicyConfirmation } from '../office/session';
import { BACKGROUND_POLICY_FETCH_TIMEOUT_MS, POLICY_FETCH_TIMEOUT_MS } from '../office/policy-source';
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
 * OnMessageRecipientsChanged / OnMessageAttachmentsChanged: re-check and update the bars. The bars
 * wait for the policy as long as Send would; the request itself may run longer, and what the
 * server says is then remembered for this message, so Send need not ask again.
 */
export async function refreshNudges(env: HandlerEnvironment): Promise<void> {
  const item = env.context.mailbox.item;
  if (!item) return;
  const policy = loadEnvironmentPolicy(env, { timeoutMs: BACKGROUND_POLICY_FETCH_TIMEOUT_MS, answerWithinMs: POLICY_FETCH_TIMEOUT_MS });
  const { evaluation, loaded } = await checkCurrentItem(env, policy);
  await applyNotifications(item, planNotifications(evaluation.findings));
  await recordPolicyConfirmation(item, await loaded.confirmation).catch(() => undefined);
}
