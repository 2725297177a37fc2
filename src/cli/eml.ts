/**
 * An `.eml` message as a draft (RULES.md «An .eml file as a draft»). postal-mime parses the
 * message; the raw bytes are consulted where real mail defeats a strict parser: header text in
 * raw 8-bit GBK/Big5, text parts with a missing or wrong charset, and `multipart/*` messages
 * whose boundary lines were stripped, leaving a bare body.
 */
import { addressParser, type Address, type Email, type Mailbox, type Attachment as MimeAttachment } from 'postal-mime';
import { composeTypeOfSubject, quotedSubject, splitSubjectPrefixes, type ComposeType } from '../engine';
import type { AttachmentContent } from '../engine/draft';
import { readAttachmentContents } from './attachment-contents';
import { countReplacements, decodeDeclared, hasReplacements, isAsciiText, isTrustedLabel, resolveCharset } from './charset';
import { decodeHeaderText, decodeRawText } from './header-text';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { parseMessage } from './large-bodies';
import { decodeTransferEncoding, findTextParts, hasMultipartBody, headerParameter, mediaTypeOf, readEntity, type RawEntity, type RawTextPart } from './mime-parts';

export type MessageRecipient = {
  readonly address: string;
  readonly name: string;
};

export type MessageAttachment = {
  readonly name: string;
  /** Decoded size in bytes. */
  readonly size: number;
  readonly inline: boolean;
  /** What was read from its bytes (RULES.md «Attachment contents»); absent when nothing was. */
  readonly read?: AttachmentContent;
  /** Its bytes, not yet read: a PST message's, which the audit reads in its worker (`withAttachmentText`). */
  readonly bytes?: Uint8Array;
};

/**
 * What a message says, in the shape of RULES.md's draft JSON: a `DraftInput` with every key
 * present. Type aliases rather than interfaces, so that it fits `DraftInput`'s index signature.
 */
export type MessageDraft = {
  readonly subject: string;
  readonly body: string;
  readonly from: string;
  readonly to: MessageRecipient[];
  readonly cc: MessageRecipient[];
  readonly bcc: MessageRecipient[];
  readonly attachments: MessageAttachment[];
  readonly composeType: ComposeType;
  readonly sensitivityLabel: null;
  /** The subject of the first quoted header block: what a reply or forward opened with. */
  readonly originalSubject: string | null;
};

/**
 * Maps a message's bytes to the draft the engine checks; with `contents`, the text of its
 * attachments is read too (RULES.md «Attachment contents»).
 *
 * @example const draft = createDraft(await emlToDraft(fs.readFileSync('reply.eml')));
 */
export async function emlToDraft(bytes: Uint8Array, options: { readonly contents?: boolean } = {}): Promise<MessageDraft> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const message = readEntity(buffer);
  const textParts = findTextParts(message);
  const hint = charsetHint(message, textParts);
  const email = await parseMessage(buffer, textParts, hint);
  const subject = decodeSubject(email.subject ?? '', message.headers.get('subject'), hint);
  const body = normalizeNewlines(extractBody(email, message, textParts, hint));
  const opened = openedWith(email, subject, body);
  const draft: MessageDraft = {
    subject,
    body,
    from: firstMailbox(email.from)?.address ?? '',
    to: recipients(email.to, message.headers.get('to'), hint),
    cc: recipients(email.cc, message.headers.get('cc'), hint),
    bcc: recipients(email.bcc, message.headers.get('bcc'), hint),
    attachments: toAttachments(email.attachments, email.html ?? '', options.contents === true),
    composeType: opened.composeType,
    sensitivityLabel: null,
    originalSubject: opened.originalSubject,
  };
  return withAttachmentText(draft);
}

/** A charset the message declares somewhere, to read its raw 8-bit header bytes by. */
function charsetHint(message: RawEntity, textParts: readonly RawTextPart[]): string | null {
  const declared = textParts.map((part) => part.charset).find((charset) => resolveCharset(charset) !== null);
  if (declared) return declared;
  const word = /=\?([^?\s*]+)/u.exec(message.headers.get('subject') ?? '');
  return word?.[1] ?? headerParameter(message.headers.get('content-type'), 'charset');
}

function decodeSubject(parsed: string, raw: string | undefined, hint: string | null): string {
  if (raw === undefined || !subjectNeedsRawDecoding(parsed, raw)) return parsed;
  const decoded = decodeHeaderText(raw, hint);
  return countReplacements(decoded) <= countReplacements(parsed) ? decoded : parsed;
}

/** Raw 8-bit bytes, a replacement character, or an encoded word labelled with a charset that cannot tell wrong bytes. */
function subjectNeedsRawDecoding(parsed: string, raw: string): boolean {
  if (hasReplacements(parsed) || !isAsciiText(raw)) return true;
  return [...raw.matchAll(/=\?([^?\s*]+)/gu)].some((word) => !resolveCharset(word[1])?.strict);
}

function extractBody(email: Email, message: RawEntity, textParts: readonly RawTextPart[], hint: string | null): string {
  const plain = textParts.find((part) => part.mediaType === 'text/plain');
  const html = textParts.find((part) => part.mediaType === 'text/html');
  if (plain && email.text?.trim()) return redecodeIfMislabelled(email.text, plain, hint);
  if (html && email.html?.trim()) return htmlToText(redecodeIfMislabelled(email.html, html, hint));
  if (email.text?.trim()) return email.text;
  if (email.html?.trim()) return htmlToText(email.html);
  return bareBodyText(message, hint);
}

/**
 * postal-mime decodes a part with its declared charset when it knows the label, UTF-8 when
 * there is none, windows-1252 when it does not know it (`EUC-CN`). When the label cannot be
 * trusted the part is decoded again from its bytes; postal-mime's text, which may join several
 * parts, is kept when it already holds that reading.
 */
function redecodeIfMislabelled(decoded: string, part: RawTextPart, hint: string | null): string {
  if (isTrustedLabel(part.charset) && !hasReplacements(decoded)) return decoded;
  const redecoded = decodeDeclared(part.bytes, part.charset, hint);
  if (redecoded === decoded) return decoded;
  return normalizeNewlines(decoded).includes(normalizeNewlines(redecoded).trim()) ? decoded : redecoded;
}

/**
 * The body of a message whose declared structure yields no text part: a `multipart/*` whose
 * boundary lines are gone (64% of trec06c ham) or an empty text part. A multipart with real
 * parts, none of them text, has no body text; nor has a message that is a lone attachment.
 */
function bareBodyText(message: RawEntity, hint: string | null): string {
  const mediaType = mediaTypeOf(message.headers);
  if (!mediaType.startsWith('multipart/') && !mediaType.startsWith('text/')) return '';
  if (hasMultipartBody(message)) return '';
  const bytes = decodeTransferEncoding(message.body, message.headers.get('content-transfer-encoding'));
  const text = decodeDeclared(bytes, headerParameter(message.headers.get('content-type'), 'charset'), hint);
  return looksLikeHtml(text) ? htmlToText(text) : text;
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

function recipients(parsed: Address[] | undefined, raw: string | undefined, hint: string | null): MessageRecipient[] {
  let addresses = parsed ?? [];
  if (raw !== undefined && mailboxes(addresses).some((mailbox) => hasReplacements(mailbox.name))) {
    addresses = addressParser(decodeRawText(raw, hint));
  }
  return mailboxes(addresses)
    .filter((mailbox) => mailbox.address.trim() !== '')
    .map((mailbox) => ({ address: mailbox.address.trim(), name: mailbox.name }));
}

/** Every mailbox, group members included; an empty group (`undisclosed-recipients:;`) adds none. */
function mailboxes(addresses: readonly Address[]): Mailbox[] {
  // A loop rather than flatMap, which cost more than the rest of this file's address handling.
  const all: Mailbox[] = [];
  for (const address of addresses) {
    if (address.group) for (const member of address.group) all.push(member);
    else all.push(address);
  }
  return all;
}

function firstMailbox(address: Address | undefined): Mailbox | undefined {
  if (!address) return undefined;
  return address.group ? address.group[0] : address;
}

/** `withBytes`: each carries its part's bytes, for `withAttachmentText` to read. */
function toAttachments(attachments: readonly MimeAttachment[], html: string, withBytes: boolean): MessageAttachment[] {
  // The HTML is read once for all attachments: a message with many parts and a large HTML body stays linear.
  const referenced = attachments.some((attachment) => attachment.contentId) ? contentIdsReferenced(html) : new Set<string>();
  return attachments.map((attachment) => ({
    name: attachment.filename ?? attachment.mimeType,
    size: typeof attachment.content === 'string' ? Buffer.byteLength(attachment.content) : attachment.content.byteLength,
    inline: attachment.disposition === 'inline' || referenced.has(contentIdOf(attachment)) || isSignaturePart(attachment.mimeType),
    ...(withBytes ? { bytes: bytesOf(attachment.content) } : {}),
  }));
}

/** A message whose attachments carry their bytes (an .eml's parts, a PST message's files), with the text read from them in their place. */
export async function withAttachmentText(message: MessageDraft): Promise<MessageDraft> {
  const unread = message.attachments.filter((attachment) => attachment.bytes);
  if (unread.length === 0) return message;
  const contents = await readAttachmentContents(unread.map((attachment) => ({ name: attachment.name, bytes: attachment.bytes! })));
  const read = new Map(unread.map((attachment, i) => [attachment, contents[i]]));
  return { ...message, attachments: message.attachments.map((attachment) => (attachment.bytes ? { ...withoutBytes(attachment), read: read.get(attachment) } : attachment)) };
}

function withoutBytes({ bytes: _bytes, ...attachment }: MessageAttachment): MessageAttachment {
  return attachment;
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** S/MIME and PGP signature parts travel with signed mail; the author did not attach them. */
function isSignaturePart(mimeType: string): boolean {
  return /^application\/(?:x-)?pkcs7-signature$|^application\/pgp-signature$/iu.test(mimeType);
}

/** The `cid:` URLs of an HTML body (`src="cid:logo@x"`, `url(cid:logo@x)`), lower case. */
function contentIdsReferenced(html: string): Set<string> {
  return new Set([...html.matchAll(/cid:([^\s"'<>()]+)/giu)].map((match) => match[1]!.toLowerCase()));
}

function contentIdOf(attachment: MimeAttachment): string {
  return (attachment.contentId ?? '').trim().replace(/^<|>$/gu, '').toLowerCase();
}

/**
 * What the compose window would have opened with: the compose type, and the subject a reply or
 * forward inherited. Prefixes do not count when subjects are compared, so the quoted mail's
 * subject stands in for Outlook's prefilled `RE: <quoted subject>`.
 */
function openedWith(email: Email, subject: string, body: string): { composeType: ComposeType; originalSubject: string | null } {
  const fromSubject = composeTypeOfSubject(subject);
  const quoted = quotedSubject(body);
  const bare = fromSubject !== undefined && isOnlyPrefixes(subject);
  const composeType = composeTypeOf(email, fromSubject, quoted !== null || bare);
  return { composeType, originalSubject: composeType === 'newMail' ? null : quoted ?? (bare ? '' : null) };
}

/**
 * A forward has no headers to go by. A `RE:` subject alone proves little, but together with the
 * quoted header block of the mail it answers (or as a bare `RE:`) it is a reply whose client or
 * archive export dropped In-Reply-To and References, as Exchange and Lotus Notes exports often do.
 */
function composeTypeOf(email: Email, fromSubject: ComposeType | undefined, answersQuotedMail: boolean): ComposeType {
  if (email.inReplyTo?.trim() || email.references?.trim()) return 'reply';
  if (fromSubject === 'forward') return 'forward';
  return fromSubject === 'reply' && answersQuotedMail ? 'reply' : 'newMail';
}

/**
 * `RE:` and nothing else is what Outlook prefills when answering a mail that had no subject; no
 * author types it. A reply's inherited empty subject is not the author's to fix.
 */
function isOnlyPrefixes(subject: string): boolean {
  return splitSubjectPrefixes(subject.normalize('NFKC')).rest.trim() === '';
}
