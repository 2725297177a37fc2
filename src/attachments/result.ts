/** Why an attachment's text could not be read. */
export type UnreadableReason = 'too-large' | 'damaged' | 'too-many-entries' | 'too-much-data' | 'out-of-time' | 'no-text';

/** What reading one attachment gave. */
export type Extraction =
  | { readonly kind: 'text'; readonly text: string; readonly truncated: boolean }
  /** Password-protected: not sensitive in itself, adds nothing (RULES.md «Attachment contents»). */
  | { readonly kind: 'encrypted' }
  /** Not a kind whose text is read (an image, a legacy .doc, a nested archive). */
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'unreadable'; readonly reason: UnreadableReason };

export const UNSUPPORTED: Extraction = { kind: 'unsupported' };
export const ENCRYPTED: Extraction = { kind: 'encrypted' };

export function unreadable(reason: UnreadableReason): Extraction {
  return { kind: 'unreadable', reason };
}

/** Collects text up to a number of characters; past it, `truncated` is set and the rest is dropped. */
export class TextSink {
  private readonly parts: string[] = [];
  private used = 0;
  truncated = false;

  constructor(private readonly maxChars: number) {}

  get length(): number {
    return this.used;
  }

  get full(): boolean {
    return this.used >= this.maxChars;
  }

  add(text: string): void {
    if (text === '') return;
    const room = this.maxChars - this.used;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    const kept = text.length > room ? text.slice(0, room) : text;
    if (kept.length < text.length) this.truncated = true;
    this.parts.push(kept);
    this.used += kept.length;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** What was read before the time ran out still counts; with nothing read, the file was not scanned. */
export function partial(sink: TextSink, reason: 'out-of-time'): Extraction {
  const text = sink.text();
  return text === '' ? unreadable(reason) : { kind: 'text', text, truncated: true };
}
