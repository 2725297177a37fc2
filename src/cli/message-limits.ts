import { endWithout } from '../engine/text/normalize';

/**
 * Per-message limits, checked on the raw bytes before a message is parsed: a crafted `.eml`
 * with millions of empty MIME parts costs postal-mime about 2.7 KB of memory per part, so a
 * 20 MB file would take gigabytes and end the whole run. Real mail stays far below these.
 */

/**
 * Larger than Exchange Online's 150 MB maximum message size, so any real message fits, while
 * a disk image passed by mistake is refused before it is read into memory.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * MIME parts in one message. Real mail has a handful (a newsletter with many inline images
 * a few hundred); 10,000 parts cost postal-mime about 27 MB, so one message stays cheap.
 */
export const MAX_MIME_PARTS = 10_000;

/**
 * Levels of MIME nesting (multipart in multipart, attached messages). Forward chains nest a
 * level or two per forward; 50 is well beyond any real message and bounds recursion.
 */
export const MAX_MIME_DEPTH = 50;

const DASH = 0x2d;
const BLANK = /[ \t\r]/u;
const NEWLINE = 0x0a;

/**
 * Where `boundary=` parameters are declared; the value is classified by `readBoundary`. The name's
 * cases are spelled out: with the `i` flag in Unicode mode the search took 18 times as long.
 */
const BOUNDARY_PARAMETER = /\b[bB][oO][uU][nN][dD][aA][rR][yY](\*[^=\s]*)?[ \t]*(?:\r?\n[ \t]+)?=[ \t]*(?:\r?\n[ \t]+)?("[^"]{0,300}"?|[^\s;]*)/gu;

/** Declarations are searched in pieces, so a large message is never turned into one big string. */
const SEARCH_CHUNK_BYTES = 1 << 20;

/** The boundaries a message declares; `unknown` when one is written in a form not read here (RFC 2231, escapes). */
interface DeclaredBoundaries {
  readonly values: Set<string>;
  readonly unknown: boolean;
}

/**
 * How many lines of the message are MIME delimiter lines (`--boundary` or `--boundary--`) for
 * one of the boundaries it declares: an upper bound of the parts a parser creates. When a
 * boundary is declared in a form this scan does not read, every line starting with `--` counts.
 * Stops counting once past `stopAfter`. Linear in the message's size.
 */
export function countDelimiterLines(bytes: Uint8Array, stopAfter = MAX_MIME_PARTS): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = declaredBoundaries(buffer);
  if (declared.values.size === 0 && !declared.unknown) return 0;
  let count = 0;
  for (let start = 0; start < buffer.length && count <= stopAfter; ) {
    const newline = buffer.indexOf(NEWLINE, start);
    const end = newline < 0 ? buffer.length : newline;
    if (buffer[start] === DASH && buffer[start + 1] === DASH && (declared.unknown || isDelimiterOf(buffer.toString('latin1', start + 2, end), declared.values))) count += 1;
    start = end + 1;
  }
  return count;
}

function isDelimiterOf(rest: string, boundaries: ReadonlySet<string>): boolean {
  const line = rest.slice(0, endWithout(rest, BLANK));
  return boundaries.has(line) || (line.endsWith('--') && boundaries.has(line.slice(0, -2)));
}

function declaredBoundaries(buffer: Buffer): DeclaredBoundaries {
  const values = new Set<string>();
  let unknown = false;
  for (const chunk of lineAlignedChunks(buffer)) {
    for (const match of chunk.matchAll(BOUNDARY_PARAMETER)) {
      const value = match[1] === undefined ? readBoundary(match[2]!) : null;
      if (value === null) unknown = true;
      else values.add(value);
    }
  }
  return { values, unknown };
}

/** A boundary value as a parser reads it, or null when it is empty or needs decoding (quoted-pair escapes). */
function readBoundary(raw: string): string | null {
  if (!raw.startsWith('"')) return raw === '' ? null : raw;
  if (raw.length < 2 || !raw.endsWith('"') || raw.includes('\\')) return null;
  // A folded header line keeps its whitespace and loses the line break.
  return raw.slice(1, -1).replace(/\r?\n(?=[ \t])/gu, '') || null;
}

/** The message as latin1 text in pieces of about a megabyte, cut where a line starts that does not continue a folded header. */
function* lineAlignedChunks(buffer: Buffer): Generator<string> {
  for (let start = 0; start < buffer.length; ) {
    const end = unfoldedLineStartAfter(buffer, start + SEARCH_CHUNK_BYTES);
    yield buffer.toString('latin1', start, end);
    start = end;
  }
}

function unfoldedLineStartAfter(buffer: Buffer, from: number): number {
  for (let at = from; at < buffer.length; ) {
    const newline = buffer.indexOf(NEWLINE, at);
    if (newline < 0) break;
    const next = buffer[newline + 1];
    if (next !== 0x20 && next !== 0x09) return newline + 1;
    at = newline + 1;
  }
  return buffer.length;
}
