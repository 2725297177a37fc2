import terms from '../data/sensitive-terms.json';
import { KeywordMatcher, type KeywordMatch } from '../text/keyword-matcher';
import type { Detection } from './types';

/** RULES.md: a password token is 4 or more non-space characters. */
export const MIN_PASSWORD_LENGTH = 4;
/**
 * How much of a token is read. Enough to judge any real password; the bound keeps the scan
 * linear on input such as `password:password:password:…`.
 */
const MAX_TOKEN_SCAN = 64;
/** What stands between the word and the password: `:` (full-width folded by NFKC), `=`, 是, 为, 為. */
const SEPARATOR_CODES: ReadonlySet<number> = new Set([...':=是为為'].map((char) => char.charCodeAt(0)));
/** Characters of a placeholder rather than a password: `****`, `xxxx`, `••••`, `????`. */
const PLACEHOLDER_CHARS = '*x•●·#?._-';
/** Sentence punctuation that ends a token rather than belonging to it: `密码：abc123。` */
const TRAILING_PUNCTUATION = '.,;:!?)]}\'"';

export const PASSWORD_WORDS = new KeywordMatcher(terms.passwordWords);

/**
 * The password given in clear after a password word `word` (found by a `KeywordMatcher` over
 * `text`): `密码：Ql7vB2xe`, `password = hunter22`, `口令为 8842aa`. The token is printable
 * ASCII up to the next space or CJK character, so Chinese prose after 密码是 is not taken for a
 * password; placeholders such as `******` are not passwords.
 */
export function matchClearPassword(text: string, word: KeywordMatch): Detection | undefined {
  let i = skipHorizontalSpace(text, word.end);
  if (!SEPARATOR_CODES.has(text.charCodeAt(i))) return undefined;
  i = skipHorizontalSpace(text, i + 1);
  // `密码是：abc` and `password:= abc` carry a second separator.
  if (SEPARATOR_CODES.has(text.charCodeAt(i))) i = skipHorizontalSpace(text, i + 1);
  const token = readToken(text, i);
  if (token.length < MIN_PASSWORD_LENGTH || isPlaceholder(token) || isDialInCode(text, word, token)) return undefined;
  return { kind: 'password', start: word.start, end: i + token.length, value: token, display: `${word.keyword}: ********` };
}

/** Whether a separator (`:`, `=`, 是 …) follows `end`, past spaces: without one a password word gives no password. */
export function separatorFollows(text: string, end: number): boolean {
  return SEPARATOR_CODES.has(text.charCodeAt(skipHorizontalSpace(text, end)));
}

function skipHorizontalSpace(text: string, from: number): number {
  let i = from;
  for (let code = text.charCodeAt(i); code === 32 || code === 9; code = text.charCodeAt(i)) i++;
  return i;
}

function readToken(text: string, from: number): string {
  let end = from;
  const limit = Math.min(text.length, from + MAX_TOKEN_SCAN);
  while (end < limit && isTokenCode(text.charCodeAt(end))) end++;
  while (end > from && TRAILING_PUNCTUATION.includes(text[end - 1]!)) end--;
  return text.slice(from, end);
}

/** Printable ASCII other than space. */
function isTokenCode(code: number): boolean {
  return code > 32 && code < 127;
}

/** How far before `passcode` a conference call shows itself (a dial-in number, "call", 会议). */
const DIAL_IN_REACH = 120;
const DIAL_IN_CONTEXT = /\b(?:dial|dial-in|call|bridge|conference|meeting|webex|zoom|teams)\b|会议|會議|拨入|撥入|\d{3}[-. ]\d{3,4}[-. ]\d{4}/u;

/**
 * A `passcode: 5551234#` of digits after a dial-in number or a word for a call is the code of a
 * conference call, shared with every invitee, not a secret. A `password` or `密码` of digits, or
 * a passcode with no call in sight, still counts.
 */
function isDialInCode(text: string, word: KeywordMatch, token: string): boolean {
  if (word.keyword !== 'passcode' || !/^\d+#?$/u.test(token)) return false;
  return DIAL_IN_CONTEXT.test(text.slice(Math.max(0, word.start - DIAL_IN_REACH), word.start));
}

function isPlaceholder(token: string): boolean {
  // `<your password>`, `{{password}}`, and `password=&next=…`: an empty value in a URL query.
  if (token[0] === '<' || token[0] === '{' || token[0] === '&') return true;
  for (const char of token) if (!PLACEHOLDER_CHARS.includes(char)) return false;
  return true;
}

/** Passwords given in clear in normalised `text`. */
export function findClearPasswords(text: string): Detection[] {
  const found: Detection[] = [];
  for (const word of PASSWORD_WORDS.findAll(text)) {
    const detection = matchClearPassword(text, word);
    if (detection) found.push(detection);
  }
  return found;
}
