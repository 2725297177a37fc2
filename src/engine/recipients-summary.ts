import { calendarDateOf, maskPersonalNumbers } from './detectors';
import type { Draft } from './draft';
import { DraftFacts } from './facts';
import type { Policy } from './policy/policy';
import { normalizeAddress } from './text/address';
import type { RecipientField } from './types';

/** One recipient entry as the summary lists it, in the draft's order (To, then CC, then BCC). */
export interface SummaryEntry {
  readonly field: RecipientField;
  readonly address: string;
  /** The display name, personal numbers masked as in every text the engine gives people; `''` when it is only the address. */
  readonly name: string;
  /** A distribution list by Office's type or by the policy's group addresses. */
  readonly group: boolean;
}

/** The recipients of one domain. */
export interface DomainSummary {
  /** Lower case; `''` for addresses without a domain (an Exchange alias). */
  readonly domain: string;
  readonly internal: boolean;
  /** Entries per field: the same address in To and in CC counts in both. */
  readonly counts: Readonly<Record<RecipientField, number>>;
  readonly total: number;
  readonly entries: readonly SummaryEntry[];
}

export interface RecipientsSummary {
  /** External domains first, then the most entries first, then by name. */
  readonly domains: readonly DomainSummary[];
  readonly total: number;
  readonly external: number;
}

export interface SummaryOptions {
  /** The moment of the check, for masking (a date of birth in the future is no ID). */
  readonly now?: Date;
}

const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/**
 * A draft's recipients grouped by domain, with what the policy makes of each (internal or not,
 * as the rules judge it): the pane's «recipients at a glance». Pure; not part of the on-send
 * bundle (the pane imports it by its own path).
 */
export function summarizeRecipients(draft: Draft, policy: Policy, options: SummaryOptions = {}): RecipientsSummary {
  const today = calendarDateOf(options.now ?? new Date());
  const byDomain = new Map<string, { internal: boolean; counts: Record<RecipientField, number>; entries: SummaryEntry[] }>();
  const recipients = new DraftFacts(draft, policy).recipients;
  for (const recipient of recipients) {
    let group = byDomain.get(recipient.domain);
    if (!group) byDomain.set(recipient.domain, (group = { internal: recipient.internal, counts: { to: 0, cc: 0, bcc: 0 }, entries: [] }));
    group.counts[recipient.field] += 1;
    // Outlook names an entry it did not resolve by its address: no name to show beside it.
    const name = normalizeAddress(recipient.name) === recipient.key ? '' : maskPersonalNumbers(recipient.name, today);
    group.entries.push({ field: recipient.field, address: recipient.address, name, group: recipient.group });
  }
  const domains = [...byDomain].map(([domain, group]): DomainSummary => ({ domain, ...group, total: FIELDS.reduce((sum, field) => sum + group.counts[field], 0) }));
  domains.sort((a, b) => Number(a.internal) - Number(b.internal) || b.total - a.total || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  return { domains, total: recipients.length, external: recipients.filter((r) => !r.internal).length };
}
