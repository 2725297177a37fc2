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

const ASCII_WORD = /[a-z0-9_]/i;

/** True for a character that glues to Latin words, so keyword matches must not cut through it. */
export function isAsciiWordChar(char: string | undefined): boolean {
  return char !== undefined && char.length > 0 && ASCII_WORD.test(char);
}

/** Han ideographs (incl. extension A and compatibility), kana and Hangul. */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
const CJK_GLOBAL = new RegExp(CJK_CHAR.source, 'gu');

export function countCjk(text: string): number {
  return text.match(CJK_GLOBAL)?.length ?? 0;
}

export function countLatinLetters(text: string): number {
  return text.match(/[a-z]/giu)?.length ?? 0;
}

/** Leading and trailing punctuation, symbols and white space (any script). */
export function trimPunctuation(text: string): string {
  return text.replace(/^[\p{P}\p{S}\p{Z}\s]+|[\p{P}\p{S}\p{Z}\s]+$/gu, '');
}
