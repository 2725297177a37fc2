import { PROVISIONAL_AUDIT, writeAuditHeader, type AuditRecord } from '../office/audit-header';
import { deferDelivery, deferMinutes } from '../office/defer-delivery';
import { supportsMailbox, type ComposeItemLike } from '../office/mailbox';
import { withDeadline } from '../office/office-call';
import { clearStaleReceipt, receiptHeaders } from '../office/receipt-header';
import { runCheck, SEND_CHECK, type CheckEnvironment, type CheckOutcome } from '../office/run-check';
import { safely } from '../office/safely';
import { sendDecision, type SendOutcome } from '../office/send-decision';
import { TIMING } from '../office/timing';

/**
 * OnMessageSend: checks under the send budget, decides, stamps the audit header, and returns the
 * answer for `event.completed`. Never throws: a failure lets the message go (unless the policy
 * fails closed) and the header records why.
 */
export async function decideSend(env: CheckEnvironment): Promise<SendOutcome> {
  const item = env.context.mailbox.item;
  const deadline = Date.now() + TIMING.sendBudgetMs;
  // In the first round, beside the reads: when every call is slow, this one lands even if the
  // final header cannot, so the message never goes without a record.
  const provisional = item ? writeAuditHeader(item, PROVISIONAL_AUDIT, TIMING.sendBudgetMs) : Promise.resolve();
  const checked = await runCheck(env, SEND_CHECK);
  const outcome = sendDecision(checked, supportsMailbox(env.context, '1.14'));
  if (item) {
    // Delayed delivery shares the last round, and its deadline, with the header. What it and the
    // receipt read of the draft may throw as a failed rule did: the decision stands without them.
    const minutes = supportsMailbox(env.context, '1.13') ? safely(() => deferMinutes(checked, outcome.completion)) || 0 : 0;
    await Promise.all([writeFinalHeader(item, provisional, outcome.audit, checked, deadline), deferDelivery(item, minutes, Math.max(0, deadline - Date.now()))]);
  }
  return outcome;
}

/**
 * The result replaces the provisional header: written after it (so it lands last), in what is
 * left of the budget, with the read receipt the policy asks for on [重要] mail (in monitor mode
 * too: it is the organisation's request, not a stop).
 */
function writeFinalHeader(item: ComposeItemLike, provisional: Promise<void>, audit: AuditRecord, checked: CheckOutcome, deadline: number): Promise<void> {
  const left = () => Math.max(0, deadline - Date.now());
  const receipt = safely(() => receiptHeaders(checked)) || {};
  return withDeadline(
    Promise.all([provisional.then(() => writeAuditHeader(item, audit, left(), receipt)), clearStaleReceipt(item, checked, receipt, left())]).then(() => undefined),
    left(),
    () => undefined,
  );
}
