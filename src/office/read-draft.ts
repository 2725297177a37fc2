import { composeTypeOfSubject, createDraft, type ComposeType, type Draft, type DraftPart, type RecipientType } from '../engine';
import type { AttachmentDetailsLike, ComposeItemLike, EmailAddressDetailsLike, OfficeContextLike, SensitivityLabelsCatalogLike } from './mailbox';
import { officeCall, settle, type OfficeCallback, type Settled } from './office-call';
import { readSession, type SessionSnapshot } from './session';

/** Each read gets this long: Outlook shows "taking longer than expected" 5 s after Send. */
export const READ_TIMEOUT_MS = 2000;

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
}

const RECIPIENT_TYPES: readonly RecipientType[] = ['user', 'distributionList', 'externalUser', 'other'];

/**
 * Reads everything the engine needs from the item being composed. Every call starts at once
 * (one parallel round trip), each under its own time limit; a missing API or a failed optional
 * read degrades the rules that use it instead of failing the check.
 */
export async function readDraft(
  item: ComposeItemLike,
  options: { timeoutMs?: number; userAddress?: string; labelsCatalog?: SensitivityLabelsCatalogLike; session?: Promise<SessionSnapshot> } = {},
): Promise<DraftRead> {
  const timeoutMs = options.timeoutMs ?? READ_TIMEOUT_MS;
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
    optional<CatalogLabel[]>('sensitivityLabelsCatalog.getAsync', catalog && ((cb) => catalog.getAsync(cb))),
  ]);

  const fromAddress = (from.ok ? from.value?.emailAddress : undefined) ?? options.userAddress ?? '';
  const reads: ReadonlyArray<readonly [DraftPart, Settled<unknown>]> = [
    ['subject', subject],
    ['body', body],
    ['to', to],
    ['cc', cc],
    ['bcc', bcc],
    ['attachments', attachments],
    ['sensitivityLabel', label],
    // The user's own address stands in for a sender the client could not give.
    ...(fromAddress === '' ? [['from', from] as const] : []),
  ];
  const unread = reads.flatMap(([part, read]) => (read.ok ? [] : [{ part, cause: causeOf(read.reason), reason: read.reason }]));
  const failures = unread.filter(({ part }) => ESSENTIAL_PARTS.includes(part)).map(({ reason }) => reason);
  const subjectText = subject.ok ? subject.value ?? '' : '';
  const resolved = resolveComposeType({
    session: session.composeType,
    office: composeType.ok ? composeType.value?.composeType : undefined,
    subject: subjectText,
    conversationId: item.conversationId ?? null,
  });

  const draft = createDraft({
    subject: subjectText,
    body: body.ok ? body.value ?? '' : '',
    from: fromAddress,
    to: to.ok ? toRecipients(to.value) : [],
    cc: cc.ok ? toRecipients(cc.value) : [],
    bcc: bcc.ok ? toRecipients(bcc.value) : [],
    attachments: attachments.ok ? toAttachments(attachments.value) : [],
    composeType: resolved.type,
    sensitivityLabel: label.ok && label.value ? label.value : null,
    sensitivityLabelName: label.ok && label.value && labels.ok ? labelName(labels.value, label.value) : null,
    originalSubject: session.originalSubject,
    unavailable: unread.map(({ part }) => part),
  });
  return { draft, failures, unread, composeTypeSource: resolved.source };
}

/** `settle` reasons read `unsupported:<call>` for an API the client lacks, else `timeout:…` or `error:…`. */
function causeOf(reason: string): UnreadPart['cause'] {
  return reason.startsWith('unsupported:') ? 'unsupported' : 'failed';
}

/**
 * `readDraft` with what the context adds: the user's address (for clients without `from`) and the
 * label catalogue. A caller that needs the rest of sessionData passes the one read it made.
 */
export function readItemDraft(context: OfficeContextLike, item: ComposeItemLike, session?: Promise<SessionSnapshot>): Promise<DraftRead> {
  return readDraft(item, { userAddress: context.mailbox.userProfile?.emailAddress, labelsCatalog: context.sensitivityLabelsCatalog, ...(session ? { session } : {}) });
}

type CatalogLabel = { id: string; name: string; children?: CatalogLabel[] };

/** The display name of label `id` in the catalog (sub-labels included), or null. */
function labelName(catalog: readonly CatalogLabel[] | null | undefined, id: string): string | null {
  for (const entry of catalog ?? []) {
    if (entry.id === id) return entry.name;
    const child = labelName(entry.children, id);
    if (child) return child;
  }
  return null;
}

function toRecipients(list: readonly EmailAddressDetailsLike[] | null | undefined) {
  return (list ?? []).map((r) => ({
    address: r.emailAddress,
    name: r.displayName ?? '',
    type: RECIPIENT_TYPES.find((t) => t === r.recipientType) ?? ('other' as const),
  }));
}

function toAttachments(list: readonly AttachmentDetailsLike[] | null | undefined) {
  return (list ?? [])
    // Cloud attachments are links: they add no bytes to the message.
    .filter((a) => a.attachmentType !== 'cloud')
    .map((a) => ({ name: a.name, size: a.size ?? 0, inline: a.isInline === true }));
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
