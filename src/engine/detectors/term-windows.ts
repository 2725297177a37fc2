import type { KeywordMatch, KeywordMatcher } from '../text/keyword-matcher';
import { isAsciiWordCode } from '../text/normalize';

/**
 * Runs a `KeywordMatcher` only over the stretches of text where one of its keywords can start,
 * with the same result as running it over the whole text.
 *
 * Most characters of a mail cannot start any term: a cheap pass marks the candidate starts (a
 * character that starts a keyword, or a Latin word equal to a keyword's leading word, since Latin
 * keywords match whole words only) and the matcher then reads only `[start, start + longest
 * keyword)` around each, merged. On text made of candidates alone (`机机机…`) the windows merge
 * into one and the cost stays linear.
 */
export class TermWindows {
  /** Longest keyword by the code of its first character, for keywords not starting with a Latin letter. */
  private readonly reachByFirstChar = new Map<number, number>();
  /** One bit per UTF-16 code unit: set when it is a key of `reachByFirstChar` (8 KB, spares a map lookup per character). */
  private readonly firstCharBits = new Uint32Array(65536 / 32);
  /** Longest keyword by its leading run of Latin letters, for keywords starting with one. */
  private readonly reachByFirstWord = new Map<string, number>();
  /** Quick filter: bit `length` of slot `letter` is set when some leading word has that letter and length (31 = longer). */
  private readonly firstWordLengths = new Uint32Array(26);

  constructor(keywords: readonly string[]) {
    for (const keyword of keywords) {
      const first = keyword.charCodeAt(0);
      if (isLowerLatin(first)) {
        let end = 1;
        while (end < keyword.length && isLowerLatin(keyword.charCodeAt(end))) end++;
        const word = keyword.slice(0, end);
        this.reachByFirstWord.set(word, Math.max(this.reachByFirstWord.get(word) ?? 0, keyword.length));
        this.firstWordLengths[first - 97]! |= lengthBit(end);
      } else if (!Number.isNaN(first)) {
        this.reachByFirstChar.set(first, Math.max(this.reachByFirstChar.get(first) ?? 0, keyword.length));
        this.firstCharBits[first >>> 5]! |= 1 << (first & 31);
      }
    }
  }

  /** Every match of `matcher` in normalised `text`, in the order a full scan would give them. */
  findAll(text: string, matcher: KeywordMatcher): KeywordMatch[] {
    const found: KeywordMatch[] = [];
    this.forEach(text, matcher, (start, end, keyword) => {
      found.push({ start, end, keyword });
    });
    return found;
  }

  /** Calls `visit` for every match of `matcher` in normalised `text`, in the order a full scan would give them. */
  forEach(text: string, matcher: KeywordMatcher, visit: (start: number, end: number, keyword: string) => void): void {
    this.forEachWindow(text, (start, end) => {
      // The matcher reads the window in place, so word-boundary checks see the real neighbours.
      matcher.forEach(text, visit, start, end);
    });
  }

  private forEachWindow(text: string, visit: (start: number, end: number) => void): void {
    let windowStart = -1;
    let windowEnd = -1;
    const open = (start: number, reach: number) => {
      const end = Math.min(text.length, start + reach);
      if (start <= windowEnd) {
        windowEnd = Math.max(windowEnd, end);
        return;
      }
      if (windowEnd > windowStart) visit(windowStart, windowEnd);
      windowStart = start;
      windowEnd = end;
    };
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (isLowerLatin(code)) {
        let end = i + 1;
        while (end < text.length && isLowerLatin(text.charCodeAt(end))) end++;
        const reach = isAsciiWordCode(text.charCodeAt(i - 1)) ? 0 : this.wordReach(text, i, end);
        if (reach > 0) open(i, reach);
        i = end;
        continue;
      }
      if ((this.firstCharBits[code >>> 5]! & (1 << (code & 31))) !== 0) open(i, this.reachByFirstChar.get(code)!);
      i++;
    }
    if (windowEnd > windowStart) visit(windowStart, windowEnd);
  }

  private wordReach(text: string, start: number, end: number): number {
    if ((this.firstWordLengths[text.charCodeAt(start) - 97]! & lengthBit(end - start)) === 0) return 0;
    return this.reachByFirstWord.get(text.slice(start, end)) ?? 0;
  }
}

function isLowerLatin(code: number): boolean {
  return code >= 97 && code <= 122;
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}
