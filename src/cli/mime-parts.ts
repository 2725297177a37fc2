/**
 * A byte-exact view of a message's MIME structure, used only where postal-mime's decoded view
 * loses information: raw 8-bit header bytes, text parts whose charset is missing or wrong, and
 * `multipart/*` messages whose boundary lines were stripped (trec06c). postal-mime stays the
 * parser of record for everything else.
 */
import { MAX_MIME_DEPTH } from './message-limits';
import { decodeQuotedPrintable } from './quoted-printable';

/** Header fields as latin1 strings, so every byte survives and can be turned back into bytes. */
export class RawHeaders {
  private readonly fields = new Map<string, string[]>();

  constructor(block: string) {
    for (const line of unfoldHeaderLines(block)) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const values = this.fields.get(name) ?? [];
      values.push(line.slice(colon + 1).trim());
      this.fields.set(name, values);
    }
  }

  /** The first value of a field (as latin1), or undefined. */
  get(name: string): string | undefined {
    return this.fields.get(name.toLowerCase())?.[0];
  }
}

/** One MIME entity: its headers and its body bytes, still transfer-encoded. */
export interface RawEntity {
  readonly headers: RawHeaders;
  readonly body: Buffer;
}

/** A leaf part postal-mime would read as body text. */
export interface RawTextPart {
  readonly mediaType: 'text/plain' | 'text/html';
  readonly charset: string | null;
  /** The body with its Content-Transfer-Encoding undone. */
  readonly bytes: Buffer;
  /** The body as it stands in the message (a view of the message's bytes), still transfer-encoded. */
  readonly encoded: Buffer;
  readonly transferEncoding: string | undefined;
  /** RFC 3676 `format=flowed`, and whether its soft breaks carry an added space (`delsp=yes`). */
  readonly flowed: { readonly delSp: boolean } | null;
}

/** Splits bytes at the first empty line into header fields and body. */
export function readEntity(bytes: Buffer): RawEntity {
  const separator = findHeaderEnd(bytes);
  if (separator === null) return { headers: new RawHeaders(bytes.toString('latin1')), body: Buffer.alloc(0) };
  return { headers: new RawHeaders(bytes.subarray(0, separator.headerEnd).toString('latin1')), body: bytes.subarray(separator.bodyStart) };
}

function findHeaderEnd(bytes: Buffer): { headerEnd: number; bodyStart: number } | null {
  if (bytes[0] === 0x0a) return { headerEnd: 0, bodyStart: 1 };
  if (bytes[0] === 0x0d && bytes[1] === 0x0a) return { headerEnd: 0, bodyStart: 2 };
  for (let newline = bytes.indexOf(0x0a); newline >= 0; newline = bytes.indexOf(0x0a, newline + 1)) {
    if (bytes[newline + 1] === 0x0a) return { headerEnd: newline + 1, bodyStart: newline + 2 };
    if (bytes[newline + 1] === 0x0d && bytes[newline + 2] === 0x0a) return { headerEnd: newline + 1, bodyStart: newline + 3 };
  }
  return null;
}

function unfoldHeaderLines(block: string): string[] {
  const lines: string[] = [];
  for (const piece of block.split('\n')) {
    // Split at '\n' and drop one '\r' before it: what splitting at /\r?\n/ gives, without a regex.
    const line = piece.endsWith('\r') ? piece.slice(0, -1) : piece;
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && lines.length > 0) lines[lines.length - 1] += ` ${line.trim()}`;
    else if (line.trim()) lines.push(line.trim());
  }
  return lines;
}

/** The media type of an entity, lower case, `text/plain` when the header is missing (RFC 2045 5.2). */
export function mediaTypeOf(headers: RawHeaders): string {
  const value = headers.get('content-type');
  if (!value) return 'text/plain';
  return value.split(';')[0]!.trim().toLowerCase() || 'text/plain';
}

/** A parameter of a structured header (`charset`, `boundary`), unquoted; null when absent. */
export function headerParameter(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const match = parameterPattern(name).exec(value);
  const parameter = match?.[1] ?? match?.[2];
  return parameter?.trim() ? parameter.trim() : null;
}

const parameterPatterns = new Map<string, RegExp>();

/**
 * The pattern for one parameter name, made once. The name's cases are spelled out (`[cC][hH]…`):
 * with the `i` flag in Unicode mode V8 matches far more slowly, and header values are latin1,
 * where no other character folds to an ASCII letter.
 */
function parameterPattern(name: string): RegExp {
  let pattern = parameterPatterns.get(name);
  if (!pattern) {
    const anyCase = name.replace(/[a-zA-Z]/gu, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
    pattern = new RegExp(`;\\s*${anyCase}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'u');
    parameterPatterns.set(name, pattern);
  }
  return pattern;
}

/** True when the entity is `multipart/*` and its body holds at least one boundary line. */
export function hasMultipartBody(entity: RawEntity): boolean {
  return splitMultipart(entity) !== null;
}

/** The message's inline text/plain and text/html leaves, in document order (attached messages not entered). */
export function findTextParts(message: RawEntity): RawTextPart[] {
  const parts: RawTextPart[] = [];
  collectTextParts(message, 0, parts);
  return parts;
}

function collectTextParts(entity: RawEntity, depth: number, into: RawTextPart[]): void {
  const children = depth < MAX_MIME_DEPTH ? splitMultipart(entity) : null;
  if (children) {
    for (const child of children) collectTextParts(child, depth + 1, into);
    return;
  }
  const mediaType = mediaTypeOf(entity.headers);
  if (mediaType !== 'text/plain' && mediaType !== 'text/html') return;
  if (dispositionOf(entity.headers) === 'attachment') return;
  const contentType = entity.headers.get('content-type');
  into.push(new TextPart(mediaType, headerParameter(contentType, 'charset'), entity.body, entity.headers.get('content-transfer-encoding'), flowedOf(contentType)));
}

/** A text part whose transfer encoding is undone only when its bytes are asked for: most parts are read from postal-mime's text. */
class TextPart implements RawTextPart {
  private decoded: Buffer | undefined;

  constructor(
    readonly mediaType: 'text/plain' | 'text/html',
    readonly charset: string | null,
    readonly encoded: Buffer,
    readonly transferEncoding: string | undefined,
    readonly flowed: { readonly delSp: boolean } | null,
  ) {}

  get bytes(): Buffer {
    this.decoded ??= decodeTransferEncoding(this.encoded, this.transferEncoding);
    return this.decoded;
  }
}

function flowedOf(contentType: string | undefined): { delSp: boolean } | null {
  // Lower-casing a latin1 value equals matching with the `i` flag: no other latin1 character folds to an ASCII letter.
  if (headerParameter(contentType, 'format')?.toLowerCase() !== 'flowed') return null;
  return { delSp: headerParameter(contentType, 'delsp')?.toLowerCase() === 'yes' };
}

function dispositionOf(headers: RawHeaders): string {
  return (headers.get('content-disposition') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The parts of a multipart entity, or null when it is not multipart or no boundary line is there. */
function splitMultipart(entity: RawEntity): RawEntity[] | null {
  if (!mediaTypeOf(entity.headers).startsWith('multipart/')) return null;
  const boundary = headerParameter(entity.headers.get('content-type'), 'boundary');
  if (!boundary) return null;
  const delimiters = findDelimiterLines(entity.body, `--${boundary}`);
  if (delimiters.length === 0) return null;
  const parts: RawEntity[] = [];
  for (let index = 0; index < delimiters.length; index += 1) {
    const delimiter = delimiters[index]!;
    if (delimiter.closing) break;
    const next = delimiters[index + 1];
    parts.push(readEntity(entity.body.subarray(delimiter.end, next ? next.start : entity.body.length)));
  }
  return parts;
}

interface DelimiterLine {
  /** Where the line break before the delimiter starts (it belongs to the delimiter). */
  readonly start: number;
  /** Just after the delimiter line's own line break. */
  readonly end: number;
  readonly closing: boolean;
}

/** Searched in the bytes, not a latin1 copy of them: the body may hold megabytes of attachments. */
function findDelimiterLines(body: Buffer, delimiter: string): DelimiterLine[] {
  const needle = Buffer.from(delimiter, 'latin1');
  const lines: DelimiterLine[] = [];
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length)) {
    if (at > 0 && body[at - 1] !== NEWLINE) continue;
    const lineEnd = body.indexOf(NEWLINE, at);
    const rest = body.toString('latin1', at + needle.length, lineEnd < 0 ? body.length : lineEnd).trimEnd();
    if (rest !== '' && rest !== '--') continue;
    const start = at === 0 ? 0 : body[at - 2] === CARRIAGE_RETURN ? at - 2 : at - 1;
    lines.push({ start, end: lineEnd < 0 ? body.length : lineEnd + 1, closing: rest === '--' });
  }
  return lines;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Undoes base64 or quoted-printable; any other encoding (7bit, 8bit, binary, unknown) is the
 * bytes as they are. A "base64" body with 8-bit bytes is not base64 (the label is wrong, as in
 * some spam) and is taken as it is.
 */
export function decodeTransferEncoding(body: Buffer, encoding: string | undefined): Buffer {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === 'base64') return hasEightBitByte(body) ? body : Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/]/gu, ''), 'base64');
  if (name === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

function hasEightBitByte(bytes: Buffer): boolean {
  for (let at = 0; at < bytes.length; at++) if (bytes[at]! >= 0x80) return true;
  return false;
}
