import type { ComposeItemLike } from './mailbox';
import { officeCall } from './office-call';

/**
 * The internet header that records what Preflight let through, for Exchange message trace and
 * transport rules. It is rewritten on every send attempt, so a sent message's header says what
 * happened on the attempt that actually went out.
 */
export const AUDIT_HEADER = 'X-Preflight';
export const AUDIT_HEADER_VERSION = 1;

export type AuditOutcome =
  | { readonly kind: 'clean' }
  | { readonly kind: 'prompted'; readonly rules: readonly string[] }
  | { readonly kind: 'warned'; readonly rules: readonly string[] }
  | { readonly kind: 'blocked'; readonly rules: readonly string[] }
  /** Every finding was acknowledged in the task pane; `AuditRecord.acknowledged` says which. */
  | { readonly kind: 'acknowledged' }
  /** Monitor mode: what Send would have done (prompt or block), and for which rules; the mail went. */
  | { readonly kind: 'monitored'; readonly decision: 'prompt' | 'block'; readonly rules: readonly string[] }
  | { readonly kind: 'failed-open'; readonly reason: string };

export interface AuditRecord {
  readonly policyVersion: string;
  readonly outcome: AuditOutcome;
  /** What the user acknowledged in the task pane: warnings read, review steps with their reference. */
  readonly acknowledged?: readonly Acknowledged[];
  /** Set when the policy came from the cache or the defaults. */
  readonly policyOrigin?: 'cache' | 'default';
  /** The policy's scopes that applied to the sender. */
  readonly scopes?: readonly string[];
  /**
   * What Send did not check past its size ceiling (`body:524288`: 524,288 characters of the body
   * were checked, its start and its end; `patterns:3000000`: the admin patterns used up their
   * steps, and those after were not matched).
   */
  readonly truncated?: readonly string[];
  /** Attachments whose text should have been read and was not (RULES.md «Attachment contents»). */
  readonly unscanned?: number;
}

export interface Acknowledged {
  readonly rule: string;
  /** The reference given for a review step (审批编号); absent when it asks for none. */
  readonly reference?: string;
}

/** RULES.md «Review steps»: the reference with `;`, `,` and line breaks removed, at most 40 characters. */
export const MAX_REFERENCE_CHARS = 40;

/**
 * Written the moment Send is pressed, in the same round as the reads, and replaced by the
 * result: a message that still carries it went out before the check could record one (Outlook's
 * own "send anyway" after its "taking longer than expected" notice, or a final write that did
 * not finish in time). Nothing was known yet, not even the policy.
 */
export const PROVISIONAL_AUDIT: AuditRecord = { policyVersion: 'unknown', outcome: { kind: 'failed-open', reason: 'unfinished' } };

/**
 * `v=1; policy=2026.11; prompted=subject-vague,cc-excessive`: `key=value` fields joined by `; `,
 * in this order: `v`, `policy`, `policy-source` (cache or default), `scope=` with the scopes
 * that applied, the outcome (`clean`, `prompted=`, `warned=`, `blocked=`, `monitored=<prompt|block>:<rule ids>` in monitor mode, or `failed-open=<reason>`:
 * `timeout:<call>`, `error:<call or name>`, `invalid:<call>` for an answer of the wrong shape,
 * `engine:<name>` when the engine itself threw; nothing when every finding was acknowledged),
 * `acknowledged=` with the rules acknowledged in the pane (`mass-mail:QF-118` with a review
 * step's reference), and `truncated=` with what
 * lay past Send's size ceiling (`body:524288`, `patterns:3000000`), and `unscanned=` with the
 * number of attachments whose text was not read.
 */
export function formatAuditHeader(record: AuditRecord): string {
  const parts = [`v=${AUDIT_HEADER_VERSION}`, `policy=${token(record.policyVersion)}`];
  if (record.policyOrigin) parts.push(`policy-source=${record.policyOrigin}`);
  if (record.scopes && record.scopes.length > 0) parts.push(`scope=${record.scopes.map(token).join(',')}`);
  const { outcome } = record;
  if (outcome.kind === 'clean') parts.push('clean');
  else if (outcome.kind === 'failed-open') parts.push(`failed-open=${token(outcome.reason)}`);
  else if (outcome.kind === 'monitored') parts.push(`monitored=${outcome.decision}:${outcome.rules.map(token).join(',')}`);
  else if (outcome.kind !== 'acknowledged') parts.push(`${outcome.kind}=${outcome.rules.map(token).join(',')}`);
  if (record.acknowledged && record.acknowledged.length > 0) parts.push(`acknowledged=${record.acknowledged.map(acknowledgedEntry).join(',')}`);
  if (record.truncated && record.truncated.length > 0) parts.push(`truncated=${record.truncated.map(token).join(',')}`);
  if (record.unscanned) parts.push(`unscanned=${record.unscanned}`);
  return parts.join('; ');
}

/**
 * A review step's reference as the header carries it (RULES.md «Review steps»): `;`, `,` and line
 * breaks removed, and the other control characters a header cannot hold; full-width forms folded
 * (`ＱＦ－０１８` → `QF-018`); at most 40 characters. Chinese stays as typed. Empty when nothing
 * is left: such a reference does not count as given.
 */
export function cleanReference(reference: string): string {
  // Ranges rather than \p{Cc}: Unicode property escapes are ES2018, past Send's runtime floor.
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const kept = reference.normalize('NFKC').replace(/[;,\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, '').trim();
  return Array.from(kept).slice(0, MAX_REFERENCE_CHARS).join('').trim();
}

/** `mass-mail:QF-2026-118`: the rule, and its reference when the step asked for one. */
function acknowledgedEntry({ rule, reference }: Acknowledged): string {
  const kept = cleanReference(reference || '');
  return kept ? `${token(rule)}:${kept}` : token(rule);
}

/** Header values are ASCII without `;` or `,` inside a field. */
function token(value: string): string {
  return value.replace(/[^A-Za-z0-9._:@/+-]/gu, '_').slice(0, 120) || '_';
}

/**
 * Never rejects: a header that cannot be written leaves the send as decided. `extra` headers
 * (the read-receipt request) go in the same call; should the call fail with them, the record is
 * written again alone, so a header the client refuses never costs the record.
 */
export function writeAuditHeader(item: ComposeItemLike, record: AuditRecord, timeoutMs: number, extra?: Readonly<Record<string, string>>): Promise<void> {
  if (!item.internetHeaders) return Promise.resolve();
  const headers = { ...extra, [AUDIT_HEADER]: formatAuditHeader(record) };
  return officeCall<void>('internetHeaders.setAsync', (cb) => item.internetHeaders!.setAsync(headers, cb), timeoutMs).catch(() =>
    extra && Object.keys(extra).length > 0 ? writeAuditHeader(item, record, timeoutMs) : undefined,
  );
}
