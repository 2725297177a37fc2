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
    if (this.partialLine.length > 0) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline < 0) {
        this.partialLine.push(chunk);
        return;
      }
      const line = Buffer.concat([...this.partialLine, chunk.subarray(0, newline + 1)]);
      this.partialLine = [];
      yield* this.line(line);
      start = newline + 1;
    }
    const end = chunk.lastIndexOf(NEWLINE) + 1;
    if (end > start) yield* this.wholeLines(chunk, start, end);
    if (Math.max(start, end) < chunk.length) this.partialLine.push(chunk.subarray(Math.max(start, end)));
  }

  /**
   * The lines of `chunk[start, end)`, each ending in a newline. Only a line starting with `F` or
   * `>` can be a separator or a quoted `From `: the lines between are appended as one piece.
   */
  private *wholeLines(chunk: Buffer, start: number, end: number): Generator<MboxMessage> {
    let ordinaryFrom = start;
    const candidates = new LineStarts(chunk, start, end);
    for (let at = candidates.next(); at >= 0; at = candidates.next()) {
      const lineEnd = chunk.indexOf(NEWLINE, at) + 1;
      const line = chunk.subarray(at, lineEnd);
      if (!startsWithFrom(line, 0) && !isQuotedFrom(line)) continue;
      this.appendOrdinary(chunk.subarray(ordinaryFrom, at));
      yield* this.line(line);
      ordinaryFrom = lineEnd;
    }
    this.appendOrdinary(chunk.subarray(ordinaryFrom, end));
  }

  /** Lines that are neither separators nor quoted `From ` lines, kept as they are. */
  private appendOrdinary(lines: Buffer): void {
    if (this.started && lines.length > 0) this.append(lines);
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

const LINE_START_F = Buffer.from('\nF');
const LINE_START_QUOTE = Buffer.from('\n>');

/** In ascending order, the starts of the lines in `chunk[start, end)` that begin with `F` or `>`; -1 when none is left. */
class LineStarts {
  private nextF: number;
  private nextQuote: number;

  constructor(
    private readonly chunk: Buffer,
    start: number,
    private readonly end: number,
  ) {
    // `start` begins a line; searching from the newline before it (if any) finds it too.
    const from = Math.max(start - 1, 0);
    this.nextF = start === 0 && chunk[0] === 0x46 ? 0 : this.find(LINE_START_F, from);
    this.nextQuote = start === 0 && chunk[0] === 0x3e ? 0 : this.find(LINE_START_QUOTE, from);
  }

  next(): number {
    const at = Math.min(this.nextF, this.nextQuote);
    if (at === Number.POSITIVE_INFINITY) return -1;
    if (at === this.nextF) this.nextF = this.find(LINE_START_F, at);
    else this.nextQuote = this.find(LINE_START_QUOTE, at);
    return at;
  }

  /** The start of the next line after `from` that begins with the pattern's second byte. */
  private find(pattern: Buffer, from: number): number {
    const newline = this.chunk.indexOf(pattern, from);
    return newline < 0 || newline + 1 >= this.end ? Number.POSITIVE_INFINITY : newline + 1;
  }
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
