import { isAsciiWordCode, normalizeForMatch } from './normalize';

export interface KeywordMatch {
  /** Offsets into the text as given to `findAll` (already normalised by the caller). */
  readonly start: number;
  readonly end: number;
  /** The keyword as normalised. */
  readonly keyword: string;
}

interface Node {
  /** Transitions by UTF-16 code unit: numeric keys are much faster than one-character strings. */
  readonly next: Map<number, number>;
  fail: number;
  /** Indices in `keywords` of the keywords that end here (including via failure links). */
  outputs: number[];
}

/**
 * Finds many keywords in one linear pass (Aho-Corasick), so a list of hundreds of words costs
 * the same as one. Keywords and text are compared after NFKC and lower-casing. A keyword that
 * starts or ends with a Latin letter or digit only matches at a word boundary on that side, so
 * `hi` does not match inside `this`; CJK keywords match anywhere.
 */
export class KeywordMatcher {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, outputs: [] }];
  /** One bit per UTF-16 code unit that starts a keyword: at the root, any other character is skipped without a map lookup. */
  private readonly firstCharBits = new Uint32Array(2048);
  readonly keywords: readonly string[];

  constructor(keywords: Iterable<string>) {
    const unique = new Set<string>();
    for (const keyword of keywords) {
      const normalized = normalizeForMatch(keyword).trim();
      if (normalized) unique.add(normalized);
    }
    this.keywords = [...unique];
    this.keywords.forEach((keyword, index) => this.insert(keyword, index));
    this.linkFailures();
  }

  get isEmpty(): boolean {
    return this.keywords.length === 0;
  }

  /** All matches in `text`, which must already be normalised with `normalizeForMatch`. */
  findAll(text: string): KeywordMatch[] {
    const matches: KeywordMatch[] = [];
    this.forEach(text, (start, end, keyword) => {
      matches.push({ start, end, keyword });
    });
    return matches;
  }

  /** The first match in reading order of end position, or undefined. */
  findFirst(text: string): KeywordMatch | undefined {
    let found: KeywordMatch | undefined;
    this.forEach(text, (start, end, keyword) => {
      found = { start, end, keyword };
      return true;
    });
    return found;
  }

  /**
   * Calls `visit` for every match within `text[from, to)` (word boundaries judged on the whole
   * text), in order of end position, until it returns true. Nothing is allocated per match, so a
   * text made of one keyword repeated millions of times costs no more than any other.
   */
  forEach(text: string, visit: (start: number, end: number, keyword: string) => boolean | void, from = 0, to = text.length): void {
    let state = 0;
    for (let i = from; i < to; i++) {
      const char = text.charCodeAt(i);
      // At the root the state stays there for a character no keyword starts with, and for one
      // inside a Latin word: a keyword starting there would fail its word boundary anyway.
      if (state === 0 && ((this.firstCharBits[char >>> 5]! & (1 << (char & 31))) === 0 || (isAsciiWordCode(char) && isAsciiWordCode(text.charCodeAt(i - 1))))) continue;
      state = this.step(state, char);
      const outputs = this.nodes[state]!.outputs;
      for (let k = 0; k < outputs.length; k++) {
        const keyword = this.keywords[outputs[k]!]!;
        const start = i + 1 - keyword.length;
        if (!atWordBoundaries(text, start, i + 1, keyword)) continue;
        if (visit(start, i + 1, keyword) === true) return;
      }
    }
  }

  test(text: string): boolean {
    return this.findFirst(text) !== undefined;
  }

  /** `text` with every match replaced by spaces (same length), so `无附件` no longer mentions `附件`. */
  blankOut(text: string): string {
    let chars: string[] | undefined;
    this.forEach(text, (start, end) => {
      (chars ??= text.split('')).fill(' ', start, end);
    });
    return chars ? chars.join('') : text;
  }

  private step(state: number, char: number): number {
    let current = state;
    for (;;) {
      const next = this.nodes[current]!.next.get(char);
      if (next !== undefined) return next;
      if (current === 0) return 0;
      current = this.nodes[current]!.fail;
    }
  }

  private insert(keyword: string, index: number): void {
    const first = keyword.charCodeAt(0);
    this.firstCharBits[first >>> 5]! |= 1 << (first & 31);
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const char = keyword.charCodeAt(i);
      const node = this.nodes[state]!;
      let next = node.next.get(char);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, outputs: [] });
        node.next.set(char, next);
      }
      state = next;
    }
    this.nodes[state]!.outputs.push(index);
  }

  private linkFailures(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const node = this.nodes[state]!;
      for (const [char, child] of node.next) {
        queue.push(child);
        let fallback = node.fail;
        while (fallback !== 0 && !this.nodes[fallback]!.next.has(char)) fallback = this.nodes[fallback]!.fail;
        const target = this.nodes[fallback]!.next.get(char);
        const childNode = this.nodes[child]!;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.outputs = [...childNode.outputs, ...this.nodes[childNode.fail]!.outputs];
      }
    }
  }
}

function atWordBoundaries(text: string, start: number, end: number, keyword: string): boolean {
  if (isAsciiWordCode(keyword.charCodeAt(0)) && isAsciiWordCode(text.charCodeAt(start - 1))) return false;
  return !(isAsciiWordCode(keyword.charCodeAt(keyword.length - 1)) && isAsciiWordCode(text.charCodeAt(end)));
}
