import { foldWithOffsets, type FoldedText } from './fold';
import { normalizeForMatch } from './normalize';
import { findImportanceTags, splitSubjectPrefixes, type TagOccurrence } from './subject';

/**
 * What counts as the tag being there already, by the kind of tag a fix adds:
 * - `importance`: any bracketed importance word (`【紧急】`, `[Urgent]`) is one; the author's own
 *   tags move to the front as typed, so none is duplicated or lost.
 * - `encryption`: only the exact tag, which a mail gateway looks for; present anywhere, the
 *   subject is left as it is.
 */
export type SubjectTagStyle = 'importance' | 'encryption';

/**
 * Puts `tag` at the start of the subject, after any reply/forward prefixes, keeping every
 * character the author typed. Prefixes and tags are recognised on the NFKC form (`ｒｅ：`,
 * `［重要］`); positions map back to the subject as typed.
 *
 * @example tagSubject('ｒｅ：预算 ［重要］', '[重要]', 'importance') // 'ｒｅ：［重要］ 预算'
 * @example tagSubject('RE: 预算', '[加密]', 'encryption') // 'RE: [加密] 预算'
 */
export function tagSubject(subject: string, tag: string, style: SubjectTagStyle): string {
  if (style === 'encryption' && carriesTag(subject, tag)) return subject;
  const folded = foldWithOffsets(subject);
  const foldedRest = splitSubjectPrefixes(folded.text).rest;
  const restStart = folded.text.length - foldedRest.length;
  const prefixes = subject.slice(0, folded.startOf(restStart));
  const rest = subject.slice(prefixes.length);
  const found = style === 'importance' ? findImportanceTags(foldedRest, tag).map((occurrence) => typedSpan(occurrence, folded, restStart, prefixes.length)) : [];
  if (found.length === 0) return `${prefixes}${tag.trim()}${rest.trim() ? ` ${rest}` : ''}`;
  return `${prefixes}${moveToFront(rest, found)}`;
}

/** Whether the subject holds `tag` exactly (after NFKC and case folding); an empty tag is never held. */
export function carriesTag(subject: string, tag: string): boolean {
  const wanted = normalizeForMatch(tag).trim();
  return wanted !== '' && normalizeForMatch(subject).includes(wanted);
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a tag found in the folded text stands in the text as typed, relative to the end of the prefixes. */
function typedSpan(occurrence: TagOccurrence, folded: FoldedText, restStart: number, prefixLength: number): Span {
  return { start: folded.startOf(restStart + occurrence.start) - prefixLength, end: folded.endOf(restStart + occurrence.end) - prefixLength };
}

/** `预算 ［重要］ 下周` → `［重要］ 预算 下周`: the tags as typed, then the rest with the gaps they left closed. */
function moveToFront(text: string, tags: readonly Span[]): string {
  let remainder = '';
  let last = 0;
  for (const tag of tags) {
    remainder += text.slice(last, tag.start);
    last = tag.end;
  }
  remainder = `${remainder}${text.slice(last)}`.replace(/\s{2,}/gu, ' ').trim();
  const typedTags = tags.map((tag) => text.slice(tag.start, tag.end)).join(' ');
  return `${typedTags}${remainder ? ` ${remainder}` : ''}`;
}
