import type { ComposeItemLike } from './mailbox';
import { officeCall } from './office-call';
import type { Finding } from '../engine';
import type { PolicyConfirmation } from './policy-source';

/** `item.sessionData` keys shared by the compose-event handlers, the task pane and the on-send handler. */
export const SESSION_KEYS = {
  composeType: 'preflight.composeType',
  acknowledged: 'preflight.acknowledged',
  policyConfirmation: 'preflight.policyConfirmed',
} as const;

const SESSION_TIMEOUT_MS = 1500;

/** Records the compose type seen when the compose window opened (reliable there, not at send time). */
export async function recordComposeType(item: ComposeItemLike, composeType: string): Promise<void> {
  if (!item.sessionData) return;
  await officeCall<void>('sessionData.setAsync', (cb) => item.sessionData!.setAsync(SESSION_KEYS.composeType, composeType, cb), SESSION_TIMEOUT_MS);
}

/**
 * A finding's identity across re-checks: the rule, the message and its data. A user who
 * acknowledges "3 external domains" is asked again when a fourth appears.
 */
export function fingerprint(finding: Pick<Finding, 'rule' | 'messageId' | 'data'>): string {
  const data = Object.keys(finding.data)
    .sort()
    .map((key) => `${key}=${String(finding.data[key])}`)
    .join('&');
  return `${finding.rule}:${finding.messageId}:${data}`;
}

export async function readAcknowledged(item: ComposeItemLike): Promise<string[]> {
  if (!item.sessionData) return [];
  try {
    const raw = await officeCall<string>('sessionData.getAsync', (cb) => item.sessionData!.getAsync(SESSION_KEYS.acknowledged, cb), SESSION_TIMEOUT_MS);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/** Remembers that the user has read these warnings in the task pane, so Send does not ask again. */
export async function writeAcknowledged(item: ComposeItemLike, fingerprints: readonly string[]): Promise<void> {
  if (!item.sessionData) return;
  await officeCall<void>('sessionData.setAsync', (cb) => item.sessionData!.setAsync(SESSION_KEYS.acknowledged, JSON.stringify([...new Set(fingerprints)]), cb), SESSION_TIMEOUT_MS);
}

/**
 * Remembers, for this message's Send, what the server said just now: the policy it confirmed, or
 * null when it did not answer with a valid one (a confirmation from before must not outlive that).
 */
export async function recordPolicyConfirmation(item: ComposeItemLike, confirmation: PolicyConfirmation | null): Promise<void> {
  if (!item.sessionData) return;
  await officeCall<void>('sessionData.setAsync', (cb) => item.sessionData!.setAsync(SESSION_KEYS.policyConfirmation, JSON.stringify(confirmation), cb), SESSION_TIMEOUT_MS);
}

/** The confirmation recorded for this message, or null (none, withdrawn, unreadable, or no sessionData on this client). */
export async function readPolicyConfirmation(item: ComposeItemLike): Promise<PolicyConfirmation | null> {
  try {
    if (!item.sessionData) return null;
    const raw = await officeCall<string>('sessionData.getAsync', (cb) => item.sessionData!.getAsync(SESSION_KEYS.policyConfirmation, cb), SESSION_TIMEOUT_MS);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isConfirmation(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isConfirmation(value: unknown): value is PolicyConfirmation {
  const candidate = value as Partial<PolicyConfirmation> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.hash === 'string' && typeof candidate.at === 'number' && Number.isFinite(candidate.at);
}
