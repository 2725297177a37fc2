import terms from '../data/sensitive-terms.json';
import { KeywordMatcher, type KeywordMatch } from '../text/keyword-matcher';
import { isLabelUse, LABEL_ONLY_MARKINGS } from './label-marking';
import { normalizeForMatch } from '../text/normalize';
import { separatorFollows } from './password';
import { TermWindows } from './term-windows';
import type { Detection } from './types';

/**
 * How close (in characters, same paragraph) a marking may stand to a disclaimer phrase and still
 * be taken for part of the disclaimer: a footer's "This e-mail is confidential and intended
 * solely for …" puts them within a sentence of each other.
 */
export const DISCLAIMER_REACH = 300;

type TermCategory = 'marking' | 'keyword' | 'password' | 'disclaimer';

export interface TermLists {
  /** Classification markings (绝密, 机密, 【秘密】, confidential …): escalate towards external recipients. */
  readonly markings: readonly string[];
  /** Confidential keywords (内部资料, 工资表, internal only …). */
  readonly keywords: readonly string[];
}

export interface TermScan {
  /** Markings and keywords, the first occurrence of each term that is not part of a disclaimer. */
  readonly terms: Detection[];
  /** Password words (密码, password …) followed by a separator, for the password detector. */
  readonly passwordWords: KeywordMatch[];
}

/**
 * Finds markings, confidential keywords, password words and mail-disclaimer phrases in one
 * linear pass (Aho-Corasick, run only where a term can start), however long the lists. Build
 * once per term lists and reuse.
 */
export class TermScanner {
  private readonly matcher: KeywordMatcher;
  private readonly windows: TermWindows;
  private readonly categories = new Map<string, TermCategory[]>();

  constructor(lists: TermLists) {
    this.register(lists.markings, 'marking');
    this.register(lists.keywords, 'keyword');
    this.register(terms.passwordWords, 'password');
    this.register(terms.disclaimerPhrases, 'disclaimer');
    this.matcher = new KeywordMatcher(this.categories.keys());
    this.windows = new TermWindows(this.matcher.keywords);
  }

  /**
   * Scans normalised `text`. `cased` is the same text before lower-casing, when the caller has
   * it: `CONFIDENTIAL` in capitals is a label, `confidential` in prose a keyword.
   */
  scan(text: string, cased?: string): TermScan {
    const candidates: KeywordMatch[] = [];
    const candidateKinds: Array<'marking' | 'keyword'> = [];
    const passwordWords: KeywordMatch[] = [];
    const disclaimers: number[] = [];
    this.windows.forEach(text, this.matcher, (start, end, keyword) => {
      for (const category of this.categories.get(keyword)!) {
        // A password word with no separator after it gives no password: not kept, so
        // `密码密码密码…` holds no list of millions of words.
        if (category === 'password') {
          if (separatorFollows(text, end)) passwordWords.push({ start, end, keyword });
        } else if (category === 'disclaimer') disclaimers.push(start);
        else {
          candidates.push({ start, end, keyword });
          candidateKinds.push(category);
        }
      }
    });
    const inDisclaimer = disclaimerTest(text, disclaimers);
    const seen = { marking: new Set<string>(), keyword: new Set<string>() };
    const found: Detection[] = [];
    const longestMarkingEndingAt = new Map<number, number>();
    candidates.forEach((match, index) => {
      if (candidateKinds[index] === 'marking') longestMarkingEndingAt.set(match.end, Math.max(longestMarkingEndingAt.get(match.end) ?? 0, match.end - match.start));
    });
    candidates.forEach((match, index) => {
      const kind = proseOrMarking(text, cased, match, candidateKinds[index]!, longestMarkingEndingAt);
      if (kind === undefined || seen[kind].has(match.keyword) || inDisclaimer(match.start)) return;
      seen[kind].add(match.keyword);
      found.push({ kind, start: match.start, end: match.end, value: match.keyword, display: match.keyword });
    });
    return { terms: found, passwordWords };
  }

  private register(list: readonly string[], category: TermCategory): void {
    for (const term of list) {
      const key = normalizeForMatch(term).trim();
      if (!key) continue;
      const known = this.categories.get(key) ?? [];
      if (!known.includes(category)) this.categories.set(key, [...known, category]);
    }
  }
}

/**
 * A label-only marking (`confidential`) counts as a marking only where it is a label, and not at
 * all as the tail of a longer marking (`strictly confidential` says it already); elsewhere it is
 * a keyword.
 */
function proseOrMarking(
  text: string,
  cased: string | undefined,
  match: KeywordMatch,
  kind: 'marking' | 'keyword',
  longestMarkingEndingAt: ReadonlyMap<number, number>,
): 'marking' | 'keyword' | undefined {
  if (kind !== 'marking' || !LABEL_ONLY_MARKINGS.has(match.keyword)) return kind;
  if ((longestMarkingEndingAt.get(match.end) ?? 0) > match.end - match.start) return undefined;
  return isLabelUse(text, cased, match.start, match.end) ? 'marking' : 'keyword';
}

/**
 * A test for "this offset is inside a mail disclaimer": a disclaimer phrase within
 * `DISCLAIMER_REACH` characters and no blank line in between. Binary searches over the sorted
 * phrase offsets and paragraph breaks keep it O(log n) per call.
 */
function disclaimerTest(text: string, disclaimerStarts: readonly number[]): (offset: number) => boolean {
  if (disclaimerStarts.length === 0) return () => false;
  const breaks = paragraphBreaks(text);
  return (offset) => {
    const after = lowerBound(disclaimerStarts, offset);
    const candidates = [disclaimerStarts[after - 1], disclaimerStarts[after]];
    return candidates.some((phrase) => {
      if (phrase === undefined || Math.abs(phrase - offset) > DISCLAIMER_REACH) return false;
      const from = Math.min(phrase, offset);
      const to = Math.max(phrase, offset);
      const nextBreak = breaks[lowerBound(breaks, from)];
      return nextBreak === undefined || nextBreak > to;
    });
  };
}

/** Offsets of blank lines (a line break, optional spaces, another line break). */
function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  let lastNewline = -1;
  let blankSinceNewline = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      if (lastNewline >= 0 && blankSinceNewline) breaks.push(i);
      lastNewline = i;
      blankSinceNewline = true;
    } else if (char !== ' ' && char !== '\t' && char !== '\r') {
      blankSinceNewline = false;
    }
  }
  return breaks;
}

/** Index of the first element >= `value` in ascending `sorted`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Markings and confidential keywords in normalised `text` (a convenience over `TermScanner`). */
export function findClassifiedTerms(text: string, lists: TermLists, cased?: string): Detection[] {
  return new TermScanner(lists).scan(text, cased).terms;
}
