/**
 * What the task pane keeps of an attachment's text for Send (src/office/attachment-cache.ts): not
 * the text, which sessionData could not hold (a workbook yields megabytes), but the windows of it
 * around what the sensitive-content detectors hit, with enough context on each side for the
 * detectors to find the same items again at Send. A text with no hit keeps nothing: "scanned,
 * nothing found".
 */
import type { AttachmentContent } from '../engine/draft';
import { calendarDateOf, detectSensitive, TermScanner, type AdminPattern } from '../engine/detectors';
import type { Policy } from '../engine/policy/policy';
import type { TermList } from '../engine/term-list';
import { nfkc } from '../engine/text/normalize';
import { cacheKey, MAX_CACHE_CHARS, MAX_ENTRY_CHARS } from '../office/attachment-cache';

/**
 * Characters kept on each side of a hit: a card word counts within 20 characters before a card
 * number, and a label looks 16 characters along its line; 32 leaves room for both.
 */
export const WINDOW_CONTEXT = 32;

/** Marks a window cut in the middle of a line: no separator, bracket or full stop, so no label reads as alone on its line. */
const CUT = '~';

/** The sensitive-content options the detectors need, as the policy resolved them. */
interface SensitiveOptions {
  readonly markings: TermList;
  readonly keywords: TermList;
  readonly patterns: readonly AdminPattern[];
}

/** The windows of `text` around every sensitive item the policy's detectors find in it, joined by line breaks. */
export function sensitiveWindows(text: string, policy: Policy, now: Date = new Date()): string {
  const options = policy.rules['sensitive-content']?.options as SensitiveOptions | undefined;
  if (!options) return '';
  const cased = nfkc(text);
  const lower = cased.toLowerCase();
  const setup = { terms: new TermScanner({ markings: options.markings.terms, keywords: options.keywords.terms }), patterns: options.patterns, today: calendarDateOf(now) };
  const hits = detectSensitive(lower, setup, cased.length === lower.length ? cased : undefined).sort((a, b) => a.start - b.start);
  const windows: Array<[number, number]> = [];
  for (const hit of hits) {
    const start = windowStart(lower, hit.start);
    const end = windowEnd(lower, hit.end);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows.map(([start, end]) => `${isLineStart(lower, start) ? '' : `${CUT} `}${cased.slice(start, end)}${isLineEnd(lower, end) ? '' : ` ${CUT}`}`).join('\n');
}

/** `WINDOW_CONTEXT` characters back, or the line's start when nearer; never inside a run of letters and digits, which would make a shorter number of it. */
function windowStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < WINDOW_CONTEXT && text.charCodeAt(start - 1) !== 10) start--;
  if (isLineStart(text, start)) return start;
  while (start < at && isAlnum(text, start - 1)) start++;
  return start;
}

function windowEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < WINDOW_CONTEXT && text.charCodeAt(end) !== 10) end++;
  if (isLineEnd(text, end)) return end;
  while (end > at && isAlnum(text, end)) end--;
  return end;
}

const isLineStart = (text: string, at: number): boolean => at === 0 || text.charCodeAt(at - 1) === 10;
const isLineEnd = (text: string, at: number): boolean => at >= text.length || text.charCodeAt(at) === 10;
const isAlnum = (text: string, at: number): boolean => /[a-z0-9]/u.test(text.charAt(at));

/** One attachment as the pane read it. */
export interface ScannedFile {
  readonly id: string;
  readonly size: number;
  /** Undefined: it could not be read (failed, timed out): it gets no entry, and Send counts it unscanned. */
  readonly content: AttachmentContent | undefined;
}

/**
 * The cache value for these attachments, in their order, within `MAX_ENTRY_CHARS` an entry and
 * `MAX_CACHE_CHARS` in all. Windows past a cap are left out, whole, and the entry marked (`c`), so Send records that it
 * saw less; an entry that does not fit at all is left out, and Send counts it unscanned. `kept`:
 * entries another reader wrote (the pane, or the handlers' page), kept as they are and first.
 */
export function encodeCache(files: readonly ScannedFile[], policy: Policy, now?: Date, kept: Readonly<Record<string, string>> = {}): string {
  const entries: Record<string, string> = {};
  let room = MAX_CACHE_CHARS - 2;
  for (const [key, value] of Object.entries(kept)) {
    const cost = JSON.stringify(value).length + key.length + 8;
    if (cost > room) continue;
    entries[key] = value;
    room -= cost;
  }
  for (const { id, size, content } of files) {
    if (!content || content.scan === 'unscanned' || !id) continue;
    const key = cacheKey(id, size);
    // Key, quotes, colon, comma and a little for JSON escapes.
    const overhead = key.length + 8;
    let value = content.scan === 'encrypted' ? 'e' : content.scan === 'unsupported' ? 'u' : `t${sensitiveWindows(content.text ?? '', policy, now)}`;
    const fits = Math.min(MAX_ENTRY_CHARS, room - overhead);
    // Cut between windows: half a number could read as another (an ID's first 11 digits as a mobile).
    if (value.length > fits) value = `c${value.slice(1, Math.max(1, value.lastIndexOf('\n', fits)))}`;
    const cost = JSON.stringify(value).length + overhead;
    if (fits < 1 || cost > room) continue;
    entries[key] = value;
    room -= cost;
  }
  return JSON.stringify(entries);
}
