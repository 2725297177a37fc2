import { readReceiptAddress } from '../engine/rules/important-tag';
import type { ComposeItemLike } from './mailbox';
import { officeCall } from './office-call';
import type { CheckOutcome } from './run-check';

/**
 * RFC 3798's read-receipt request. Office.js has no read-receipt switch (office-js #2111), so
 * the policy's `readReceipt` on [重要] mail is asked for with this internet header.
 */
export const RECEIPT_HEADER = 'Disposition-Notification-To';

/** The header to write beside X-Preflight for a checked draft: the request, or none (a check that failed knows no draft). */
export function receiptHeaders(checked: CheckOutcome): Record<string, string> {
  const address = checked.ok ? readReceiptAddress(checked.read.draft, checked.loaded.policy) : null;
  return address ? { [RECEIPT_HEADER]: address } : {};
}

/**
 * Headers stay on the item between send attempts: when the policy asks for receipts and this
 * attempt `written` none (the tag was taken out after a stop), the request an earlier attempt
 * wrote is removed. Never rejects; clients without `removeAsync` keep it.
 */
export function clearStaleReceipt(item: ComposeItemLike, checked: CheckOutcome, written: Readonly<Record<string, string>>, timeoutMs: number): Promise<void> {
  const headers = item.internetHeaders;
  if (!checked.ok || !headers?.removeAsync || written[RECEIPT_HEADER]) return Promise.resolve();
  const options = checked.loaded.policy.rules['important-tag'].options as { readonly readReceipt?: boolean };
  if (!options.readReceipt) return Promise.resolve();
  return officeCall<void>('internetHeaders.removeAsync', (cb) => headers.removeAsync!([RECEIPT_HEADER], cb), timeoutMs).catch(() => undefined);
}
