/**
 * Separates what the author wrote from quoted reply/forward history in a plain-text body, the way
 * Outlook, Foxmail, Gmail and Apple Mail lay it out.
 */
import { endWithout } from './normalize';

export interface BodyParts {
  /** The author's own lines, with `>`-quoted lines removed. */
  readonly author: string;
  /** Quoted history: everything from the first reply/forward header on, plus `>` lines. */
  readonly quoted: string;
}

/**
 * Separator lines that always start quoted history, between runs of dashes: `-----Original
 * Message-----`, `---------- Forwarded message ---------`. The runs are measured by hand, not by
 * `^--+…--+$`: irregexp backtracks through a run keeping an entry per character, and one line of
 * millions of dashes or underscores overflowed its stack (a RangeError that failed the check open).
 */
const BETWEEN_TWO_DASHES = /^\s*(?:original message|forwarded message|原始邮件|原始郵件|原始信件|转发邮件|轉寄郵件|轉發郵件|转发的邮件|轉寄的郵件)\s*$/iu;
const BETWEEN_THREE_DASHES = /^\s*(?:original|forwarded)[^-]*$/iu;
const FORWARDED_BANNER = /^begin forwarded message:?$/iu;
const NOT_UNDERSCORE = /[^_]/u;
const DASH = /-/u;

function isSeparatorLine(line: string): boolean {
  if (FORWARDED_BANNER.test(line)) return true;
  if (line.length >= 10 && !NOT_UNDERSCORE.test(line)) return true;
  let start = 0;
  while (line[start] === '-') start++;
  const end = endWithout(line, DASH, start);
  const run = Math.min(start, line.length - end);
  const middle = line.slice(start, end);
  return (run >= 2 && BETWEEN_TWO_DASHES.test(middle)) || (run >= 3 && BETWEEN_THREE_DASHES.test(middle));
}

/** `On Tue, 3 Dec 2026 at 10:00, Bob <bob@x.com> wrote:`, possibly wrapped over two lines. */
const ON_WROTE = /^on\b.{0,200}\bwrote:?$/iu;
/** `在 2026年11月20日 10:15，张三 写道：` (also 寫道). */
const ZAI_XIEDAO = /^在.{0,200}(?:写道|寫道)\s*[:：]?$/u;

/** First line of a header block: `From:`, `发件人:`, `發件人:`, `寄件者:`, `寄件人:`. */
const HEADER_START = /^\s*(?:\*\s*)?(?:from|发件人|發件人|寄件者|寄件人)\s*\*?\s*[:：]/iu;
/** Other header lines that confirm a header block. */
const HEADER_FOLLOW =
  /^\s*(?:\*\s*)?(?:sent|date|to|cc|subject|发送时间|發送時間|日期|时间|時間|收件人|抄送|副本|主题|主題|寄件日期|寄件時間|收件者|送出時間)\s*\*?\s*[:：]/iu;

/** How many lines after `From:` may hold the confirming `Sent:`/`To:`/`Subject:` header. */
const HEADER_BLOCK_WINDOW = 4;

const QUOTE_LINE = /^\s*>/u;
const QUOTE_MARKERS = /^\s*(?:>\s?)+/u;
/** The subject line of a quoted header block, in the languages mail clients write it. */
const SUBJECT_LINE = /^\s*(?:\*\s*)?(?:subject|主题|主題|主旨)\s*\*?\s*[:：]\s*\*?\s*(.*)$/iu;
/** How many lines after `From:` the subject line may stand (From, Sent, To, Cc, Bcc, Subject …). */
const SUBJECT_LINE_WINDOW = 8;

export function splitQuoted(body: string): BodyParts {
  const lines = body.split(/\r\n|\r|\n/u);
  const historyStart = findHistoryStart(lines);
  const authorLines: string[] = [];
  const quotedLines: string[] = [];
  lines.forEach((line, index) => {
    if (index >= historyStart || QUOTE_LINE.test(line)) quotedLines.push(line);
    else authorLines.push(line);
  });
  return { author: authorLines.join('\n').trim(), quoted: quotedLines.join('\n').trim() };
}

/**
 * Where a closing or contact line belongs in a plain-text body: right after the author's last
 * non-empty line before any quoted history (the body's length when there is none).
 */
export function authorTextEnd(body: string): number {
  const lines = body.split('\n');
  const historyStart = findHistoryStart(lines.map((line) => line.replace(/\r$/u, '')));
  let offset = 0;
  let end = 0;
  for (let i = 0; i < historyStart && i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() !== '' && !QUOTE_LINE.test(line)) end = offset + endWithout(line, WHITE_SPACE);
    offset += line.length + 1;
  }
  return end;
}

const WHITE_SPACE = /\s/u;

/**
 * The subject of the mail being replied to or forwarded: the `Subject:`/`主题:`/`主旨:` line of
 * the first quoted header block (Outlook's and Foxmail's layout), `>` markers allowed; null when
 * the history has no header block with a subject (Gmail's `On … wrote:`).
 *
 * @example quotedSubject('好的\n\nFrom: Li Si\nSent: Monday\nSubject: 预算\n\n…') // '预算'
 */
export function quotedSubject(body: string): string | null {
  const lines = body.split(/\r\n|\r|\n/u).map((line) => line.replace(QUOTE_MARKERS, ''));
  for (let i = findHistoryStart(lines); i < lines.length; i++) {
    if (!HEADER_START.test(lines[i] ?? '')) continue;
    for (let j = i + 1; j <= i + SUBJECT_LINE_WINDOW && j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (line.trim() === '') break;
      const subject = SUBJECT_LINE.exec(line);
      if (subject) return subject[1]!.trim();
    }
    return null;
  }
  return null;
}

/**
 * The first characters a history line can start with (separators, `On`, `在`, `Begin`, `From:`
 * and its translations, Markdown-bold `*From:*`). Any other line is skipped without running the
 * patterns, which keeps long bodies cheap.
 */
const HISTORY_LINE_START = /^[-_*oObBfF在发發寄]/u;

function findHistoryStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line || !HISTORY_LINE_START.test(line)) continue;
    if (isSeparatorLine(line)) return i;
    if (ON_WROTE.test(line) || ZAI_XIEDAO.test(line)) return i;
    if (isWrappedOnWrote(line, lines[i + 1])) return i;
    if (HEADER_START.test(line) && hasFollowingHeader(lines, i)) return i;
  }
  return lines.length;
}

function isWrappedOnWrote(line: string, next: string | undefined): boolean {
  if (next === undefined || !/^on\b/iu.test(line)) return false;
  return ON_WROTE.test(`${line} ${next.trim()}`);
}

function hasFollowingHeader(lines: readonly string[], headerIndex: number): boolean {
  for (let j = headerIndex + 1; j <= headerIndex + HEADER_BLOCK_WINDOW && j < lines.length; j++) {
    if (HEADER_FOLLOW.test(lines[j] ?? '')) return true;
  }
  return false;
}
