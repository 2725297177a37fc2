/**
 * An Outlook message from a `.pst` export as the engine's draft: the same shape an `.eml` file
 * gives (`MessageDraft`), so both are checked alike.
 */
import type { PSTAttachment, PSTMessage } from 'pst-extractor';
import { composeTypeOfSubject, quotedSubject, splitSubjectPrefixes, type ComposeType } from '../../../engine';
import type { MessageAttachment, MessageDraft, MessageRecipient } from '../../eml';
import { htmlToText } from '../../html-to-text';
import { extractableKind, MAX_FILE_BYTES } from '../../../attachments';

/** MAPI's PR_RECIPIENT_TYPE values (MS-OXOMSG 2.2.3.1). */
const RECIPIENT_TYPE = { to: 1, cc: 2, bcc: 3 } as const;

export function pstMessageToDraft(message: PSTMessage): MessageDraft {
  const subject = message.subject ?? '';
  const body = bodyOf(message);
  const opened = openedWith(message, subject, body);
  const recipients = recipientsOf(message);
  return {
    subject,
    body,
    from: senderOf(message),
    to: recipients.to,
    cc: recipients.cc,
    bcc: recipients.bcc,
    attachments: attachmentsOf(message),
    composeType: opened.composeType,
    sensitivityLabel: null,
    originalSubject: opened.originalSubject,
  };
}

/** The plain body, else the HTML body's text: what `.eml` reading prefers too. */
function bodyOf(message: PSTMessage): string {
  const plain = message.body ?? '';
  const text = plain.trim() !== '' ? plain : htmlToText(message.bodyHTML ?? '');
  return text.replace(/\r\n?/gu, '\n');
}

/** MAPI's PR_SENDER_SMTP_ADDRESS and PR_SENT_REPRESENTING_SMTP_ADDRESS (MS-OXOMSG 2.2.1.49, 2.2.1.59). */
const SMTP_ADDRESS_TAGS = [0x5d01, 0x5d02] as const;

/**
 * The sender's SMTP address. Exchange mail exported to PST (Purview eDiscovery, Outlook over an
 * Exchange mailbox) names internal senders by X.500 DN; their SMTP address is in its own property,
 * which pst-extractor reads but does not expose.
 */
function senderOf(message: PSTMessage): string {
  const read: unknown = Reflect.get(message, 'getStringItem');
  const smtp = typeof read === 'function' ? SMTP_ADDRESS_TAGS.map((tag): unknown => read.call(message, tag)) : [];
  const candidates = [message.senderEmailAddress, message.sentRepresentingEmailAddress, ...smtp.filter((value): value is string => typeof value === 'string')];
  return candidates.find(isSmtpAddress)?.trim() ?? '';
}

/** Exchange keeps X.500 names (`/O=ENRON/OU=NA/CN=…`) for its own users: only SMTP addresses are addresses. */
function isSmtpAddress(value: string | undefined): value is string {
  return typeof value === 'string' && value.includes('@');
}

function recipientsOf(message: PSTMessage): Record<'to' | 'cc' | 'bcc', MessageRecipient[]> {
  const found: Record<'to' | 'cc' | 'bcc', MessageRecipient[]> = { to: [], cc: [], bcc: [] };
  for (let i = 0; i < message.numberOfRecipients; i++) {
    const recipient = message.getRecipient(i);
    if (!recipient) continue;
    const address = [recipient.smtpAddress, recipient.emailAddress].find(isSmtpAddress)?.trim() ?? '';
    if (address === '') continue;
    const field = recipient.recipientType === RECIPIENT_TYPE.cc ? 'cc' : recipient.recipientType === RECIPIENT_TYPE.bcc ? 'bcc' : 'to';
    found[field].push({ address, name: recipient.displayName ?? '' });
  }
  return found;
}

function attachmentsOf(message: PSTMessage): MessageAttachment[] {
  const html = message.bodyHTML ?? '';
  const attachments: MessageAttachment[] = [];
  for (let i = 0; i < message.numberOfAttachments; i++) {
    const attachment = message.getAttachment(i);
    const name = attachmentName(attachment);
    attachments.push({ name, size: Math.max(0, attachment.filesize || attachment.size || 0), inline: isInline(attachment, html), ...attachmentBytes(attachment, name) });
  }
  return attachments;
}

/** MAPI's PR_ATTACH_METHOD for a file whose bytes the message holds (MS-OXCMSG 2.2.2.9); others are links, embedded mail or OLE objects. */
const ATTACH_BY_VALUE = 1;

/**
 * A file attachment's bytes, for the audit to read its text (RULES.md «Attachment contents»), or
 * what it is when they are not read: past the size the extractors take, or unreadable in the PST.
 * Only kinds whose text is read are loaded: a PST holds gigabytes of pictures.
 */
function attachmentBytes(attachment: PSTAttachment, name: string): Pick<MessageAttachment, 'bytes' | 'read'> {
  if (attachment.attachMethod !== ATTACH_BY_VALUE || extractableKind(name) === null) return {};
  try {
    const stream = attachment.fileInputStream;
    const length = stream ? stream.length.toNumber() : 0;
    if (!stream || length > MAX_FILE_BYTES) return { read: { scan: 'unscanned' } };
    const bytes = Buffer.alloc(length);
    stream.readCompletely(bytes);
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, length) };
  } catch {
    return { read: { scan: 'unscanned' } };
  }
}

function attachmentName(attachment: PSTAttachment): string {
  return attachment.longFilename || attachment.filename || attachment.displayName || attachment.mimeTag || 'attachment';
}

/** A picture the HTML body shows by its content id is part of the body, as in `.eml` reading. */
function isInline(attachment: PSTAttachment, html: string): boolean {
  const id = (attachment.contentId ?? '').trim().replace(/^<|>$/gu, '');
  return id !== '' && html.toLowerCase().includes(`cid:${id.toLowerCase()}`);
}

/** As for `.eml` files: `In-Reply-To` makes a reply; else the subject's prefix, a reply only with the quoted mail it answers. */
function openedWith(message: PSTMessage, subject: string, body: string): { composeType: ComposeType; originalSubject: string | null } {
  const fromSubject = composeTypeOfSubject(subject);
  const quoted = quotedSubject(body);
  const bare = fromSubject !== undefined && splitSubjectPrefixes(subject.normalize('NFKC')).rest.trim() === '';
  let composeType: ComposeType = 'newMail';
  if ((message.inReplyToId ?? '').trim() !== '') composeType = 'reply';
  else if (fromSubject === 'forward') composeType = 'forward';
  else if (fromSubject === 'reply' && (quoted !== null || bare)) composeType = 'reply';
  return { composeType, originalSubject: composeType === 'newMail' ? null : quoted ?? (bare ? '' : null) };
}
