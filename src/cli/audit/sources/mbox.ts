/**
 * An mbox file, streamed message by message: a line that starts with `From ` begins the next
 * message (and is not part of it), and `>From `, `>>From `… lose one `>` (mboxrd). The file is
 * read in chunks and only the current message is held; one larger than the per-message limit is
 * skipped and reported, never held.
 */
import { createReadStream } from 'node:fs';

export type MboxMessage = { readonly index: number; readonly bytes: Buffer } | { readonly index: number; readonly tooLarge: number };

const NEWLINE = 0x0a;
const FROM_LINE = Buffer.from('From ');
/** Chunks of this size are read at a time: large enough for few reads, small beside any message limit. */
const CHUNK_BYTES = 1024 * 1024;

/** Whether a file starts like an mbox: its first line is a `From ` separator line. */
export function looksLikeMbox(start: Buffer): boolean {
  return start.subarray(0, FROM_LINE.length).equals(FROM_LINE);
}

/** The messages of the mbox at `path`, in order, numbered from 1. */
export async function* readMbox(path: string, maxMessageBytes: number): AsyncGenerator<MboxMessage> {
  const splitter = new MboxSplitter(maxMessageBytes);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    yield* splitter.push(chunk as Buffer);
  }
  yield* splitter.end();
}

/** Splits a stream of chunks into messages; exported for its tests. */
export class MboxSplitter {
  private partialLine: Buffer[] = [];
  private parts: Buffer[] = [];
  private size = 0;
  private started = false;
  private count = 0;

  constructor(private readonly maxMessageBytes: number) {}

  *push(chunk: Buffer): Generator<MboxMessage> {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE, start); newline >= 0; newline = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, newline + 1);
      const line = this.partialLine.length > 0 ? Buffer.concat([...this.partialLine, piece]) : piece;
      this.partialLine = [];
      yield* this.line(line);
      start = newline + 1;
    }
    if (start < chunk.length) this.partialLine.push(chunk.subarray(start));
  }

  *end(): Generator<MboxMessage> {
    if (this.partialLine.length > 0) yield* this.line(Buffer.concat(this.partialLine));
    this.partialLine = [];
    if (this.started) yield this.finish();
  }

  private *line(line: Buffer): Generator<MboxMessage> {
    if (startsWithFrom(line, 0)) {
      if (this.started) yield this.finish();
      this.started = true;
      return;
    }
    if (!this.started) return;
    this.append(isQuotedFrom(line) ? line.subarray(1) : line);
  }

  private append(bytes: Buffer): void {
    this.size += bytes.length;
    if (this.size > this.maxMessageBytes) this.parts = [];
    else this.parts.push(bytes);
  }

  private finish(): MboxMessage {
    this.count += 1;
    const message: MboxMessage = this.size > this.maxMessageBytes ? { index: this.count, tooLarge: this.size } : { index: this.count, bytes: ownedCopy(this.parts, this.size) };
    this.parts = [];
    this.size = 0;
    return message;
  }
}

/**
 * The parts in a buffer of their own (not a slice of Node's shared pool), so that its memory can
 * be handed to a worker rather than copied.
 */
function ownedCopy(parts: readonly Buffer[], size: number): Buffer {
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const part of parts) at += part.copy(bytes, at);
  return bytes;
}

function startsWithFrom(line: Buffer, offset: number): boolean {
  return line.length - offset >= FROM_LINE.length && line.compare(FROM_LINE, 0, FROM_LINE.length, offset, offset + FROM_LINE.length) === 0;
}

/** `>From `, `>>From `…: a body line a writer quoted so it would not read as a separator. */
function isQuotedFrom(line: Buffer): boolean {
  let offset = 0;
  while (offset < line.length && line[offset] === 0x3e) offset += 1;
  return offset > 0 && startsWithFrom(line, offset);
}
