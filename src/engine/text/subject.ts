import { nfkc } from './normalize';

/**
 * Reply and forward prefixes in the languages Outlook writes (any case, half- or full-width
 * colon, repeated, `RE[2]:` counters). Full-width colons are folded by NFKC before this runs.
 */
const PREFIX = /^\s*(re|fw|fwd|aw|wg|回复|回覆|回復|答复|答覆|转发|轉發|转寄|轉寄)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/iu;
const FORWARD_WORDS: ReadonlySet<string> = new Set(['fw', 'fwd', 'wg', '转发', '轉發', '转寄', '轉寄']);

/** Brackets an importance tag may stand in after NFKC: `[重要]`, `【重要】`, `(重要)`, `〔重要〕`, `〖重要〗`. */
const TAG_BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ['[', ']'],
  ['【', '】'],
  ['(', ')'],
  ['〔', '〕'],
  ['〖', '〗'],
  ['<', '>'],
  // Full-width forms, so a fix can work on the subject exactly as typed (before NFKC).
  ['［', '］'],
  ['（', '）'],
];

/** Words that, bracketed, make an importance tag. */
export const IMPORTANCE_TAG_WORDS = ['重要', '紧急', '緊急', 'important', 'urgent', '重要通知'];

export interface SubjectParts {
  /** The reply/forward prefixes at the start, as written (after NFKC), e.g. `RE: 回复: `. */
  readonly prefixes: string;
  /** Everything after the prefixes. */
  readonly rest: string;
}

/** Splits the reply/forward prefixes from a subject. */
export function splitSubjectPrefixes(subject: string): SubjectParts {
  let rest = subject;
  let prefixes = '';
  for (;;) {
    const match = PREFIX.exec(rest);
    if (!match) break;
    prefixes += match[0];
    rest = rest.slice(match[0].length);
  }
  return { prefixes, rest: rest.trimStart() };
}

/** What the subject's first reply/forward prefix says the mail is, if it has one (`RE[2]:`, `转发：`, `ＦＷ：` …). */
export function composeTypeOfSubject(subject: string): 'reply' | 'forward' | undefined {
  const match = PREFIX.exec(nfkc(subject));
  if (!match) return undefined;
  return FORWARD_WORDS.has(match[1]!.toLowerCase()) ? 'forward' : 'reply';
}

export interface TagOccurrence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Finds bracketed importance tags in `text`: the canonical tag (policy `importantTag`) and any
 * bracket style around an importance word, case-insensitively.
 */
export function findImportanceTags(text: string, canonicalTag: string): TagOccurrence[] {
  const pattern = tagPattern(canonicalTag);
  pattern.lastIndex = 0;
  const found: TagOccurrence[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0] });
  }
  return found;
}

const TAG_PATTERNS = new Map<string, RegExp>();

/** The tag pattern for a canonical tag, built once per tag (policies rarely have more than one). */
function tagPattern(canonicalTag: string): RegExp {
  let pattern = TAG_PATTERNS.get(canonicalTag);
  if (!pattern) {
    const words = IMPORTANCE_TAG_WORDS.map((w) => escapeRegExp(nfkc(w)));
    const bracketed = TAG_BRACKETS.map(([open, close]) => `${escapeRegExp(open)}\\s*(?:${words.join('|')})\\s*${escapeRegExp(close)}`);
    const canonical = escapeRegExp(nfkc(canonicalTag).trim());
    pattern = new RegExp([canonical, ...bracketed].filter(Boolean).join('|'), 'giu');
    TAG_PATTERNS.set(canonicalTag, pattern);
  }
  return pattern;
}

/** Removes every importance tag (and the spaces it leaves behind) from `text`. */
export function removeImportanceTags(text: string, canonicalTag: string): string {
  let result = '';
  let last = 0;
  for (const tag of findImportanceTags(text, canonicalTag)) {
    result += text.slice(last, tag.start);
    last = tag.end;
  }
  result += text.slice(last);
  return result.replace(/\s{2,}/g, ' ').trim();
}

/**
 * The part of a subject that says what the mail is about: prefixes, importance tags and any
 * extra tags (such as an encryption tag) removed, white space trimmed.
 */
export function subjectCore(subject: string, canonicalTag: string, extraTags: readonly string[] = []): string {
  let rest = removeImportanceTags(splitSubjectPrefixes(nfkc(subject)).rest, canonicalTag);
  for (const tag of extraTags) {
    const normalizedTag = nfkc(tag).trim();
    if (normalizedTag) rest = rest.split(normalizedTag).join(' ');
  }
  // A second round: `[重要] RE: 预算` leaves a prefix after the tag.
  return removeImportanceTags(splitSubjectPrefixes(rest).rest, canonicalTag).replace(/\s+/g, ' ').trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
