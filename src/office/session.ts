import type { ComposeItemLike } from './mailbox';
import { officeCall } from './office-call';
import { isLocale, type Finding, type Locale } from '../engine';
import { cleanReference } from './audit-header';
import type { PolicyConfirmation } from './policy-source';
import { TIMING } from './timing';

/** `item.sessionData` keys shared by the compose-event handlers, the task pane and the on-send handler. */
export const SESSION_KEYS = {
  composeType: 'preflight.composeType',
  /** The subject the compose window opened with (a reply's prefilled `RE: …`). */
  originalSubject: 'preflight.originalSubject',
  acknowledged: 'preflight.acknowledged',
  policyConfirmation: 'preflight.policyConfirmed',
  /** The language the task pane was switched to while this message was written. */
  locale: 'preflight.locale',
  /** '1': the user chose "send without delay" in the task pane for this message. */
  sendWithoutDelay: 'preflight.sendWithoutDelay',
  /** What the task pane read from the attachments' content (attachment-cache.ts). */
  attachments: 'preflight.attachments',
} as const;

/** What the compose-event handlers and the task pane left in the item's sessionData. */
export interface SessionSnapshot {
  /** False when sessionData could not be read (or this client has none): the rest is then unknown, not empty. */
  readonly readable: boolean;
  /** The compose type recorded when the compose window opened. */
  readonly composeType: string | null;
  /** The subject recorded when the compose window opened. */
  readonly originalSubject: string | null;
  /**
   * What the user acknowledged in the task pane: a finding's fingerprint, and the reference given
   * for a review step ('' for a warning read, or a step that asks for none).
   */
  readonly acknowledged: Acknowledgements;
  readonly policyConfirmation: PolicyConfirmation | null;
  /** The language the task pane was switched to, for this message's bars and Send dialog. */
  readonly locale: Locale | null;
  /** The user chose "send without delay": Send does not hold this external mail back. */
  readonly sendWithoutDelay?: boolean;
  /** The task pane's attachment cache, as stored (attachment-cache.ts reads it). */
  readonly attachments?: string;
}

/** Finding fingerprint → the reference the user gave ('' when none). */
export type Acknowledgements = Readonly<Record<string, string>>;

export const EMPTY_SESSION: SessionSnapshot = { readable: false, composeType: null, originalSubject: null, acknowledged: {}, policyConfirmation: null, locale: null };

/**
 * Everything the add-in keeps in the item's sessionData, in one call. No sessionData on this
 * client, a failed read or a malformed value give the empty answer for that part.
 */
export async function readSession(item: ComposeItemLike): Promise<SessionSnapshot> {
  try {
    if (!item.sessionData) return EMPTY_SESSION;
    const all = await officeCall<Record<string, string>>('sessionData.getAllAsync', (cb) => item.sessionData!.getAllAsync(cb), TIMING.sessionMs);
    // An answer that is no record says nothing of what is stored: unknown, so nothing is written over it.
    if (!all || typeof all !== 'object' || Array.isArray(all)) return EMPTY_SESSION;
    const acknowledged = parsed(all[SESSION_KEYS.acknowledged]);
    const confirmation = parsed(all[SESSION_KEYS.policyConfirmation]);
    const composeType = all[SESSION_KEYS.composeType];
    const originalSubject = all[SESSION_KEYS.originalSubject];
    const locale = all[SESSION_KEYS.locale];
    return {
      readable: true,
      composeType: typeof composeType === 'string' ? composeType : null,
      originalSubject: typeof originalSubject === 'string' ? originalSubject : null,
      acknowledged: acknowledgements(acknowledged),
      policyConfirmation: isConfirmation(confirmation) ? confirmation : null,
      locale: isLocale(locale) ? locale : null,
      ...(all[SESSION_KEYS.sendWithoutDelay] === '1' ? { sendWithoutDelay: true } : {}),
      attachments: all[SESSION_KEYS.attachments],
    };
  } catch {
    return EMPTY_SESSION;
  }
}

/** The stored acknowledgements; a list of fingerprints is what an earlier version wrote. */
function acknowledgements(stored: unknown): Acknowledgements {
  const entries: Record<string, string> = {};
  if (Array.isArray(stored)) for (const key of stored) if (typeof key === 'string') entries[key] = '';
  if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [key, reference] of Object.entries(stored)) if (typeof reference === 'string') entries[key] = reference;
  }
  return entries;
}

function parsed(raw: unknown): unknown {
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** What the compose window opened with, as the compose-open handler saw it (null: not known). */
export interface ComposeOpened {
  /** Reliable when the window opens, not at send time (some clients then say newMail for a reply). */
  readonly composeType: string | null;
  /** The subject as the window opened (null when it could not be read). */
  readonly originalSubject: string | null;
}

/**
 * Records what the compose window opened with, each part once. OnMessageCompose fires again
 * when a saved draft is reopened (or an inline reply pops out), when Office may report the
 * reply as a new mail: what the first opening recorded is kept. Nothing is written when
 * sessionData could not be read, since what it holds is then unknown.
 */
export async function recordComposeOpened(item: ComposeItemLike, recorded: SessionSnapshot, opened: ComposeOpened): Promise<void> {
  if (!item.sessionData || !recorded.readable) return;
  const writes: Array<[string, string]> = [];
  if (recorded.composeType === null && opened.composeType) writes.push([SESSION_KEYS.composeType, opened.composeType]);
  if (recorded.originalSubject === null && opened.originalSubject !== null) writes.push([SESSION_KEYS.originalSubject, opened.originalSubject]);
  await Promise.all(writes.map(([key, value]) => setSessionValue(item, key, value)));
}

function setSessionValue(item: ComposeItemLike, key: string, value: string): Promise<void> {
  return officeCall<void>('sessionData.setAsync', (cb) => item.sessionData!.setAsync(key, value, cb), TIMING.sessionMs);
}

/** Remembers the language the task pane was switched to, for this message's bars and Send dialog. */
export async function recordLocale(item: ComposeItemLike, locale: Locale): Promise<void> {
  if (!item.sessionData) return;
  await setSessionValue(item, SESSION_KEYS.locale, locale);
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

/**
 * Remembers what the user acknowledged in the task pane (warnings read, review steps confirmed with
 * their reference), so Send does not ask again.
 */
export async function writeAcknowledged(item: ComposeItemLike, acknowledged: Acknowledgements): Promise<void> {
  if (!item.sessionData) return;
  await setSessionValue(item, SESSION_KEYS.acknowledged, JSON.stringify(acknowledged));
}

/** Review steps are kept apart from warnings read: a "Got it" from before a step was added is no confirmation of it. */
const STEP_PREFIX = 'step:';

/** Where the pane records its acknowledgement of a finding, and Send looks for it. */
export function acknowledgementKey(finding: Pick<Finding, 'rule' | 'messageId' | 'data' | 'acknowledge'>): string {
  return finding.acknowledge ? STEP_PREFIX + fingerprint(finding) : fingerprint(finding);
}

/** The rule an acknowledgement key belongs to. */
export function acknowledgedRule(key: string): string {
  const fingerprinted = key.startsWith(STEP_PREFIX) ? key.slice(STEP_PREFIX.length) : key;
  return fingerprinted.slice(0, fingerprinted.indexOf(':'));
}

/**
 * What the user confirmed this finding with in the pane: '' for a warning read or a step that asks
 * for no reference, the cleaned reference for one that does; null when not confirmed (a step
 * that names a reference counts only with one). `loosely`: Send checked less of the draft than
 * the pane (a body past its size ceiling), so counts in the finding may differ; a confirmation of
 * the same rule and message then stands.
 */
export function confirmationOf(finding: Finding, acknowledged: Acknowledgements, loosely = false): string | null {
  const stored = storedFor(acknowledged, acknowledgementKey(finding)) ?? (loosely ? storedFor(acknowledged, acknowledgementKey({ ...finding, data: {} }), true) : null);
  if (stored === null || !finding.acknowledge?.reference) return stored === null ? null : '';
  const reference = cleanReference(stored);
  return reference === '' ? null : reference;
}

/** The value under `key`, or under the first key it begins (`step:mass-mail:tooMany:`). */
function storedFor(acknowledged: Acknowledgements, key: string, prefix = false): string | null {
  if (Object.hasOwn(acknowledged, key)) return acknowledged[key]!;
  const match = prefix ? Object.keys(acknowledged).find((stored) => stored.startsWith(key)) : undefined;
  return match === undefined ? null : acknowledged[match]!;
}

/**
 * Remembers, for this message's Send, what the server said just now: the policy it confirmed, or
 * null when it did not answer with a valid one (a confirmation from before must not outlive that).
 */
export async function recordPolicyConfirmation(item: ComposeItemLike, confirmation: PolicyConfirmation | null): Promise<void> {
  if (!item.sessionData) return;
  await setSessionValue(item, SESSION_KEYS.policyConfirmation, JSON.stringify(confirmation));
}

function isConfirmation(value: unknown): value is PolicyConfirmation {
  const candidate = value as Partial<PolicyConfirmation> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.hash === 'string' && typeof candidate.at === 'number' && Number.isFinite(candidate.at);
}
