import { cacheKey } from '../../src/office/attachment-cache';
import type { FetchText, PolicyCache } from '../../src/office/policy-source';
import { SESSION_KEYS } from '../../src/office/session';
import type { CheckEnvironment } from '../../src/office/run-check';
import { SimulatedMailbox, type SimulatedMessage, type SimulatorOptions } from '../../src/playground/simulated-mailbox';

export const POLICY_URL = 'https://localhost:3000/policy.json';

export function memoryCache(initial: string | null = null): PolicyCache & { text: string | null } {
  const cache = {
    text: initial,
    read: () => cache.text,
    write: (value: string) => {
      cache.text = value;
    },
  };
  return cache;
}

/** A policy server answering with `policy` (an object, raw text, an HTTP status, or never). */
export function serve(policy: unknown | { status: number } | 'hang' = {}): FetchText & { urls: string[] } {
  const urls: string[] = [];
  const fetchText = ((url: string) => {
    urls.push(url);
    if (policy === 'hang') return new Promise(() => undefined);
    if (policy && typeof policy === 'object' && 'status' in policy) return Promise.resolve({ ok: false, status: (policy as { status: number }).status, text: '' });
    const text = typeof policy === 'string' ? policy : JSON.stringify(policy);
    return Promise.resolve({ ok: true, status: 200, text });
  }) as unknown as FetchText & { urls: string[] };
  fetchText.urls = urls;
  return fetchText;
}

/**
 * A policy server that answers after `delayMs`, behind a fetch that honours its time limit the
 * way `fetchWithTimeout` does. Records the limit of every request.
 */
export function serveAfter(delayMs: number, policy: unknown): FetchText & { timeouts: number[] } {
  const timeouts: number[] = [];
  const fetchText = ((_url: string, timeoutMs: number) => {
    timeouts.push(timeoutMs);
    return new Promise((resolve, reject) => {
      if (delayMs <= timeoutMs) setTimeout(() => resolve({ ok: true, status: 200, text: JSON.stringify(policy) }), delayMs);
      else setTimeout(() => reject(new Error(`policy fetch timed out after ${timeoutMs} ms`)), timeoutMs);
    });
  }) as FetchText & { timeouts: number[] };
  fetchText.timeouts = timeouts;
  return fetchText;
}

/**
 * `scanned`: the task pane has read every attachment and found nothing (its cache in sessionData,
 * RULES.md «Attachment contents»), so that Send's header says nothing of unscanned attachments
 * unless a test asks for that.
 */
export function setup(message: Partial<SimulatedMessage>, options: SimulatorOptions = {}, policy: unknown = {}, scanned = true) {
  const mailbox = new SimulatedMailbox(message, { latencyMs: 5, ...options });
  if (scanned && mailbox.supports('1.11')) mailbox.sessionData.set(SESSION_KEYS.attachments, JSON.stringify(Object.fromEntries(mailbox.message.attachments.map((a) => [cacheKey(a.id, a.size), 't']))));
  const cache = memoryCache();
  const env: CheckEnvironment = { context: mailbox.context, policyUrl: POLICY_URL, fetchText: serve(policy), policyCache: cache };
  return { mailbox, env, cache };
}

export const to = (address: string, recipientType = 'user', displayName = address) => ({ emailAddress: address, displayName, recipientType });

/** A workbook attachment: a kind whose text Send takes from the task pane's cache in sessionData. */
export const WORKBOOK = { id: 'a1', name: '第三季度市场预算.xlsx', size: 48213, isInline: false };

/** A draft every rule is happy with. */
export const CLEAN: Partial<SimulatedMessage> = {
  subject: '第三季度市场预算审批',
  body: '李经理：\n\n第三季度市场预算表见附件，请于11月30日前确认。\n\n谢谢！\n张三',
  to: [to('li.si@contoso.com')],
  // A legacy workbook: not a kind whose text is read, so Send needs no task pane result for it (attachment-contents tests carry their own files).
  attachments: [{ id: 'a1', name: '第三季度市场预算.xls', size: 48213, isInline: false }],
};
