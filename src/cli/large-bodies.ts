/**
 * postal-mime keeps a view and a string per line of a body and joins them through a Blob: a
 * 100 MB text body cost it 48 s and 2.5 GB. Text parts above `LARGE_TEXT_BYTES` are therefore
 * decoded here, from the bytes `mime-parts.ts` found, and postal-mime parses the message with
 * each of those bodies replaced by a short marker, which is then replaced by the decoded text.
 */
import { randomBytes } from 'node:crypto';
import PostalMime, { type Email } from 'postal-mime';
import { decodeDeclared } from './charset';
import { decodeFlowed } from './flowed';
import { htmlToText } from './html-to-text';
import { MAX_MIME_DEPTH } from './message-limits';
import type { RawTextPart } from './mime-parts';

/** Real mail bodies are far smaller; postal-mime handles everything up to here. */
export const LARGE_TEXT_BYTES = 4 * 1024 * 1024;

interface LargePart {
  readonly part: RawTextPart;
  readonly marker: string;
}

/** The message parsed by postal-mime, with its large text bodies decoded here. */
export async function parseMessage(message: Buffer, textParts: readonly RawTextPart[], hint: string | null): Promise<Email> {
  const largeParts = textParts.filter((part) => part.encoded.length > LARGE_TEXT_BYTES);
  if (largeParts.length === 0) return parse(message);
  const nonce = randomBytes(8).toString('hex');
  const large = largeParts.map((part, index) => ({ part, marker: `preflight${nonce}body${index}` }));
  const email = await parse(withMarkers(message, large));
  // A marker postal-mime did not pass through as written (a UTF-16 label, a part it read otherwise) means the full parse.
  return restoreBodies(email, large, hint) ?? parse(message);
}

function parse(bytes: Uint8Array): Promise<Email> {
  return PostalMime.parse(bytes, { maxNestingDepth: MAX_MIME_DEPTH });
}

/** The message with each large body replaced by its marker, in the part's transfer encoding. */
function withMarkers(message: Buffer, large: readonly LargePart[]): Buffer {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const { part, marker } of [...large].sort((a, b) => a.part.encoded.byteOffset - b.part.encoded.byteOffset)) {
    const start = part.encoded.byteOffset - message.byteOffset;
    pieces.push(message.subarray(at, start), Buffer.from(encodeMarker(marker, part.transferEncoding)));
    at = start + part.encoded.length;
  }
  pieces.push(message.subarray(at));
  return Buffer.concat(pieces);
}

function encodeMarker(marker: string, transferEncoding: string | undefined): string {
  return (transferEncoding ?? '').trim().toLowerCase() === 'base64' ? Buffer.from(marker).toString('base64') : marker;
}

function restoreBodies(email: Email, large: readonly LargePart[], hint: string | null): Email | null {
  let { text, html } = email;
  for (const { part, marker } of large) {
    const own = part.mediaType === 'text/html' ? html : text;
    if (own === undefined || own.split(marker).length !== 2) return null;
    const decoded = decodeLargeText(part, hint);
    const isHtml = part.mediaType === 'text/html';
    // The marker can stand in the other body too, where postal-mime rendered one type from the other.
    text = text?.replace(marker, () => (isHtml ? htmlToText(decoded) : decoded));
    html = html?.replace(marker, () => (isHtml ? decoded : escapeHtml(decoded)));
  }
  return { ...email, text, html };
}

function decodeLargeText(part: RawTextPart, hint: string | null): string {
  const text = decodeDeclared(part.bytes, part.charset, hint);
  return part.flowed ? decodeFlowed(text, part.flowed.delSp) : text;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/gu, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character]!);
}
