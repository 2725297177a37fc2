import { composeTypeOfSubject, createDraft, type ComposeType, type Draft, type DraftPart, type RecipientType } from '../engine';
import { cachedAttachments, MAX_ENTRY_CHARS } from './attachment-cache';
import type { AttachmentDetailsLike, ComposeItemLike, EmailAddressDetailsLike, OfficeContextLike, SensitivityLabelsCatalogLike } from './mailbox';
import { officeCall, settle, type OfficeCallback, type Settled } from './office-call';
import { safely } from './safely';
import { readSession, type SessionSnapshot } from './session';
import { TIMING } from './timing';

/** A part of the draft that could not be read: the client lacks the API, or the call failed or hung. */
export interface UnreadPart {
  readonly part: DraftPart;
  readonly cause: 'unsupported' | 'failed';
  /** Header-safe, for the audit record: `timeout:subject.getAsync`, `error:to.getAsync`, `unsupported:…`. */
  readonly reason: string;
}

/** Parts every client can read: one that could not be read makes the check incomplete. */
const ESSENTIAL_PARTS: readonly DraftPart[] = ['subject', 'body', 'to', 'cc', 'bcc'];

export interface DraftRead {
  readonly draft: Draft;
  /** Why essential reads (subject, body, recipients) failed or timed out: a check without them is incomplete, and Send records the first. */
  readonly failures: readonly string[];
  /** Every part of the draft that is unknown (also in `draft.unavailable`), for telling the user in plain words. */
  readonly unread: readonly UnreadPart[];
  /** Where the compose type came from. */
  readonly composeTypeSource: 'session' | 'office' | 'subject' | 'default';
  /** What was cut to `limits` (`body:524288`): the rest was not checked. */
  readonly truncated: readonly string[];
  /** Attachments whose text should have been read and was not (no result the task pane cached). */
  readonly unscanned?: number;
}

/** How much of a draft is checked, in UTF-16 code units and entries. */
export interface ReadLimits {
  readonly subject: number;
  readonly body: number;
  readonly attachments: number;
  readonly attachmentName: number;
}

/** Of a body past its limit, this much of the end is kept too: the closing, the signature and the quoted history's tail. */
const BODY_END_KEPT = 65_536;

/**
 * What the event handlers check of a draft, as Purview scans the first 4 MB of a message. The
 * engine runs synchronously, so this bounds the time Send can take on any draft: the slowest
 * hostile body (密码 repeated) takes about 2 s at 512 KiB on a 6× slower CPU, 3.6–3.9 s at 1 MiB.
 * What lies past it is recorded (`truncated=`); the task pane, which keeps no one waiting,
 * checks all of it.
 */
export const SEND_LIMITS: ReadLimits = { subject: 4096, body: 512 * 1024, attachments: 1000, attachmentName: 1024 };

const RECIPIENT_TYPES: readonly RecipientType[] = ['user', 'distributionList', 'externalUser', 'other'];

/**
 * Reads everything the engine needs from the item being composed. Every call starts at once
 * (one parallel round trip), each under its own time limit; a missing API or a failed optional
 * read degrades the rules that use it instead of failing the check.
 */
export async function readDraft(
  item: ComposeItemLike,
  options: { timeoutMs?: number; userAddress?: string; labelsCatalog?: SensitivityLabelsCatalogLike; session?: Promise<SessionSnapshot>; limits?: ReadLimits } = {},
): Promise<DraftRead> {
  const timeoutMs = options.timeoutMs ?? TIMING.readMs;
  const optional = <T>(name: string, start: ((cb: OfficeCallback<T>) => void) | undefined): Promise<Settled<T>> =>
    start ? settle(officeCall<T>(name, start, timeoutMs)) : Promise.resolve({ ok: false as const, reason: `unsupported:${name}` });

  const catalog = item.sensitivityLabel ? options.labelsCatalog : undefined;
  const [subject, body, to, cc, bcc, attachments, composeType, from, label, session, labels] = await Promise.all([
    settle(officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb), timeoutMs)),
    settle(officeCall<string>('body.getAsync', (cb) => item.body.getAsync('text', cb), timeoutMs)),
    settle(officeCall<EmailAddressDetailsLike[]>('to.getAsync', (cb) => item.to.getAsync(cb), timeoutMs)),
    settle(officeCall<EmailAddressDetailsLike[]>('cc.getAsync', (cb) => item.cc.getAsync(cb), timeoutMs)),
    settle(officeCall<EmailAddressDetailsLike[]>('bcc.getAsync', (cb) => item.bcc.getAsync(cb), timeoutMs)),
    optional<AttachmentDetailsLike[]>('getAttachmentsAsync', item.getAttachmentsAsync && ((cb) => item.getAttachmentsAsync!(cb))),
    optional<{ composeType: string }>('getComposeTypeAsync', item.getComposeTypeAsync && ((cb) => item.getComposeTypeAsync!(cb))),
    optional<EmailAddressDetailsLike>('from.getAsync', item.from && ((cb) => item.from!.getAsync(cb))),
    optional<string>('sensitivityLabel.getAsync', item.sensitivityLabel && ((cb) => item.sensitivityLabel!.getAsync(cb))),
    options.session ?? readSession(item),
    optional<unknown>('sensitivityLabelsCatalog.getAsync', catalog && ((cb) => catalog.getAsync(cb))),
  ]);

  const unread: UnreadPart[] = [];
  /** Office.js answers are data from outside: a value `clean` rejects (undefined), or a list entry it drops, leaves the part unknown. */
  const read = <T>(part: DraftPart, settled: Settled<unknown>, clean: (value: unknown, lost: () => void) => T | undefined, fallback: T, call = `${part}.getAsync`): T => {
    let reason = settled.ok ? '' : settled.reason;
    const value = settled.ok ? clean(settled.value, () => (reason = `invalid:${call}`)) : undefined;
    if (settled.ok && value === undefined) reason = `invalid:${call}`;
    if (reason) unread.push({ part, cause: causeOf(reason), reason });
    return value === undefined ? fallback : value;
  };
  const subjectText = read('subject', subject, text, '');
  const bodyText = read('body', body, text, '');
  const recipients = [read('to', to, listOf(toRecipient), []), read('cc', cc, listOf(toRecipient), []), read('bcc', bcc, listOf(toRecipient), [])];
  const files = read('attachments', attachments, listOf(toAttachment), [], 'getAttachmentsAsync');
  const labelId = read('sensitivityLabel', label, (value) => (value == null ? '' : text(value)), '') || null;
  const known = unread.length;
  const fromAddress = read('from', from, (value) => text(value && (value as EmailAddressDetailsLike).emailAddress), '') || options.userAddress || '';
  // The user's own address stands in for a sender the client could not give.
  if (fromAddress) unread.length = known;
  const failures = unread.filter(({ part }) => ESSENTIAL_PARTS.includes(part)).map(({ reason }) => reason);
  const resolved = resolveComposeType({
    session: session.composeType,
    office: composeType.ok && composeType.value ? (composeType.value as { composeType?: string }).composeType : undefined,
    subject: subjectText,
    conversationId: item.conversationId || null,
  });

  const limits = options.limits;
  const truncated: string[] = [];
  const note = (what: keyof ReadLimits, over: boolean): boolean => {
    const entry = `${what}:${limits![what]}`;
    if (over && !truncated.includes(entry)) truncated.push(entry);
    return over;
  };
  /** The first `max - end` characters and the last `end`: a body keeps its closing and signature, a file name its extension. */
  const cut = (text: string, what: keyof ReadLimits, end = 0): string => {
    if (!limits || !note(what, text.length > limits[what])) return text;
    const head = text.slice(0, limits[what] - end);
    return end ? `${head}${head && '\n'}${text.slice(-end)}` : head;
  };
  const kept = limits && note('attachments', files.length > limits.attachments) ? files.slice(0, limits.attachments) : files;
  const draft = createDraft({
    subject: cut(subjectText, 'subject'),
    body: cut(bodyText, 'body', BODY_END_KEPT),
    from: fromAddress,
    to: recipients[0],
    cc: recipients[1],
    bcc: recipients[2],
    attachments: kept.map((file) => ({ name: cut(file.name, 'attachmentName', limits ? limits.attachmentName : 0), size: file.size, inline: file.inline })),
    composeType: resolved.type,
    sensitivityLabel: labelId,
    sensitivityLabelName: labelId && labels.ok ? labelName(labels.value, labelId) : null,
    originalSubject: session.originalSubject,
    unavailable: unread.map(({ part }) => part),
  });
  // What the task pane read from the attachments' content: the extractors do not fit at Send.
  const cached = cachedAttachments(session.attachments, kept);
  if (cached.cut) truncated.push(`attachmentText:${MAX_ENTRY_CHARS}`);
  // Not withAttachmentContents: Send has no use for `scan`, and every byte counts there.
  const withText = { ...draft, attachments: draft.attachments.map((attachment, i) => ({ ...attachment, text: cached.texts[i] })) };
  return { draft: withText, failures, unread, composeTypeSource: resolved.source, truncated, unscanned: cached.unscanned };
}

/** `settle` reasons read `unsupported:<call>` for an API the client lacks, else `timeout:…` or `error:…`. */
function causeOf(reason: string): UnreadPart['cause'] {
  return reason.startsWith('unsupported:') ? 'unsupported' : 'failed';
}

/**
 * `readDraft` with what the context adds: the user's address (for clients without `from`) and the
 * label catalogue. A caller that needs the rest of sessionData passes the one read it made.
 */
export function readItemDraft(context: OfficeContextLike, item: ComposeItemLike, session?: Promise<SessionSnapshot>, limits?: ReadLimits): Promise<DraftRead> {
  return readDraft(item, {
    limits,
    userAddress: text(safely(() => context.mailbox.userProfile!.emailAddress)),
    labelsCatalog: safely(() => context.sensitivityLabelsCatalog) || undefined,
    session,
  });
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The entries `entry` accepts; it returns undefined for a malformed one (dropped and reported) and null for one to skip. */
function listOf<T>(entry: (value: Record<string, unknown>) => T | null | undefined) {
  return (value: unknown, lost: () => void): T[] | undefined => {
    if (!Array.isArray(value)) return undefined;
    const kept: T[] = [];
    for (const item of value) {
      const cleaned = entry(Object(item) as Record<string, unknown>);
      if (cleaned === undefined) lost();
      else if (cleaned !== null) kept.push(cleaned);
    }
    return kept;
  };
}

/** An entry without an address (an unresolved name) is unknown: it may be anyone. */
function toRecipient(entry: Record<string, unknown>) {
  const address = entry.emailAddress;
  if (typeof address !== 'string' || !address.trim()) return undefined;
  return { address, name: text(entry.displayName) || '', type: RECIPIENT_TYPES.find((t) => t === entry.recipientType) || ('other' as const) };
}

function toAttachment(entry: Record<string, unknown>) {
  // Cloud attachments are links: they add no bytes to the message.
  if (entry.attachmentType === 'cloud') return null;
  const { name, size } = entry;
  if (typeof name !== 'string' || typeof size !== 'number' || !(size >= 0 && size < Infinity)) return undefined;
  return { id: text(entry.id) || '', name, size, inline: entry.isInline === true };
}

/**
 * The display name of label `id` in the catalog (sub-labels included), or null. Breadth-first
 * over a bounded number of entries: a catalogue of the wrong shape, or one that contains itself,
 * gives no name rather than a stack overflow or a loop.
 */
function labelName(catalog: unknown, id: string): string | null {
  const queue: unknown[] = Array.isArray(catalog) ? catalog.slice() : [];
  for (let i = 0; i < queue.length && i < 10_000; i++) {
    const entry = (queue[i] || {}) as { id?: unknown; name?: unknown; children?: unknown };
    if (entry.id === id && typeof entry.name === 'string') return entry.name;
    if (Array.isArray(entry.children)) for (const child of entry.children as unknown[]) queue.push(child);
  }
  return null;
}

const COMPOSE_TYPES: readonly ComposeType[] = ['newMail', 'reply', 'forward'];

/**
 * Some clients report `newMail` for replies at send time, so the type recorded when the compose
 * window opened wins; then Office's answer, corrected by the subject prefix when the item
 * belongs to a conversation; then the subject prefix alone.
 */
export function resolveComposeType(input: {
  session?: string | null | undefined;
  office?: string | null | undefined;
  subject: string;
  conversationId: string | null;
}): { type: ComposeType; source: DraftRead['composeTypeSource'] } {
  const fromSession = COMPOSE_TYPES.find((t) => t === input.session);
  if (fromSession) return { type: fromSession, source: 'session' };
  const fromSubject = composeTypeOfSubject(input.subject);
  const fromOffice = COMPOSE_TYPES.find((t) => t === input.office);
  if (fromOffice && !(fromOffice === 'newMail' && fromSubject && input.conversationId)) return { type: fromOffice, source: 'office' };
  if (fromSubject) return { type: fromSubject, source: 'subject' };
  return { type: 'newMail', source: 'default' };
}
