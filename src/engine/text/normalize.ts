/**
 * Folds text for matching: NFKC (full-width letters, digits and punctuation become their plain
 * forms, `［重要］` becomes `[重要]`) and lower case for Latin letters.
 */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** NFKC only, keeping case: for text shown back to the user after normalisation. */
export function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/** True for the code of a character that glues to Latin words (`[A-Za-z0-9_]`), so keyword matches must not cut through it. */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}

/** Han ideographs (incl. extension A and compatibility), kana and Hangul. */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/** Whether a UTF-16 code unit is one `CJK_CHAR` matches (all its ranges are in the BMP). */
export function isCjkCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

/** Counted by code unit, without the array of matches a global `match` would build. */
export function countCjk(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isCjkCode(text.charCodeAt(i))) count++;
  return count;
}

export function countLatinLetters(text: string): number {
  return text.match(/[a-z]/giu)?.length ?? 0;
}

/**
 * Punctuation, symbols and spaces of Latin and CJK text, as a character-class body. Written as
 * ranges rather than `\p{P}`: Unicode property escapes are ES2018, and the on-send bundle must
 * parse on classic Outlook's ES2016 engine.
 */
export const PUNCTUATION_CLASS =
  '\\s\\u0021-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u007e\\u00a1-\\u00bf\\u00d7\\u00f7\\u2000-\\u206f\\u2190-\\u2bff\\u3000-\\u303f\\ufe10-\\ufe1f\\ufe30-\\ufe6f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\uffe0-\\uffee';
const PUNCTUATION_CHAR = new RegExp(`[${PUNCTUATION_CLASS}]`, 'u');

/** Leading and trailing punctuation, symbols and white space (Latin and CJK). */
export function trimPunctuation(text: string): string {
  let start = 0;
  while (start < text.length && PUNCTUATION_CHAR.test(text.charAt(start))) start++;
  return text.slice(start, endWithout(text, PUNCTUATION_CHAR, start));
}

/**
 * Where `text` ends once the run of characters `char` matches (one UTF-16 unit each) is taken
 * off its end, not before `from`. A scan from the end: `replace(/[…]+$/u, '')` retries the run
 * from each of its characters, quadratic in a crafted run.
 */
export function endWithout(text: string, char: RegExp, from = 0): number {
  let end = text.length;
  while (end > from && char.test(text.charAt(end - 1))) end--;
  return end;
}
