import terms from '../data/terms.json';
import { authorTextEnd } from './quoted';
import { escapeRegExp } from './subject';

/** A signature block is a name with a few lines of title and contact details under it. */
const MAX_SIGNATURE_LINES = 6;
/** A name or title line is short: `张三`, `Zhang San`, `市场部 经理`, `Zhang San | Marketing`. */
const MAX_NAME_LINE_CHARS = 24;
/** A line that ends a sentence, or says something, is the message, not a signature. */
const SENTENCE_END = /[。！？!?;；:：,，、]$/u;
/** A full stop ends a sentence of four words or more; in `Contoso Ltd.` it ends an abbreviation. */
const LATIN_SENTENCE = /^\S+(?:\s+\S+){3,}\.$/u;

/**
 * A labelled contact line: `Tel: 010-…`, `邮箱：…`. Bare phone numbers and URLs are told by the
 * characters they hold, not by `^[+()\d\s-]{7,}$` or `\S+$`: irregexp keeps a backtracking entry
 * per repetition, and a line of millions of digits overflowed its stack.
 */
const LABELLED_DETAIL = new RegExp(`^(?:${terms.signatureLabels.map(escapeRegExp).join('|')})\\.?\\s*(?:[:：]|(?=[+(\\d]))`, 'iu');
const NOT_PHONE_CHARACTER = /[^+()\d\s-]/u;
const URL_START = /^(?:https?:\/\/|www\.)/iu;
const HAS_WHITE_SPACE = /\s/u;

/** Contact details under a signature: `Tel: 010-…`, `邮箱：…`, a bare phone number, address or URL. */
export function isSignatureDetail(line: string): boolean {
  return LABELLED_DETAIL.test(line) || (line.length >= 7 && !NOT_PHONE_CHARACTER.test(line)) || isBareUrl(line) || isBareAddress(line);
}

/** `https://…` or `www.…` alone on its line, with something after the prefix. */
function isBareUrl(line: string): boolean {
  const prefix = URL_START.exec(line);
  return prefix !== null && line.length > prefix[0].length && !HAS_WHITE_SPACE.test(line);
}

/**
 * `name@host.tld` alone on its line (`^\S+@\S+\.\S+$`, found without that pattern, which tries
 * every `@` against every `.` and is quadratic in a line such as `a@a@a@…`): no white space, an
 * `@` after the first character, and a dot after the character that follows it, not last.
 */
function isBareAddress(line: string): boolean {
  const at = line.indexOf('@', 1);
  if (at === -1 || HAS_WHITE_SPACE.test(line)) return false;
  const dot = line.indexOf('.', at + 2);
  return dot !== -1 && dot < line.length - 1;
}

function isSignatureLine(line: string): boolean {
  if (isSignatureDetail(line)) return true;
  // A name line is short: the length check first spares splitting a long line into code points.
  return line.length <= 2 * MAX_NAME_LINE_CHARS && Array.from(line).length <= MAX_NAME_LINE_CHARS && !SENTENCE_END.test(line) && !LATIN_SENTENCE.test(line);
}

/**
 * Where the author's signature starts in a plain-text body: the last block of short name, title
 * and contact lines at the end of the author's text (before any quoted history), after a blank
 * line or after a line that ends a sentence. Undefined when the text has no such block, or is
 * nothing but one.
 */
export function signatureStart(body: string, end = authorTextEnd(body)): number | undefined {
  const lines = body.slice(0, end).split('\n');
  let first = lines.length;
  for (let i = lines.length - 1; i >= 0 && lines.length - i <= MAX_SIGNATURE_LINES; i--) {
    const line = lines[i]!.trim();
    if (line === '' || !isSignatureLine(line)) break;
    first = i;
  }
  const before = lines.slice(0, first).join('\n');
  if (first === lines.length || before.trim() === '') return undefined;
  return before.length + 1;
}

/**
 * The body with a closing (`此致\n敬礼`, `Kind regards,`) where letters put it: above the sender's
 * name and contact lines, else at the end of the author's text, before any quoted history.
 * Nothing the author wrote is moved or dropped.
 *
 * @example insertClosing('王经理：\n\n预算已更新。\n\n张三', '此致\n敬礼') // '王经理：\n\n预算已更新。\n\n此致\n敬礼\n张三'
 */
export function insertClosing(body: string, closing: string): string {
  const end = authorTextEnd(body);
  const start = signatureStart(body, end);
  if (start !== undefined) return `${body.slice(0, start)}${closing}\n${body.slice(start)}`;
  return `${body.slice(0, end)}\n\n${closing}${body.slice(end)}`;
}
