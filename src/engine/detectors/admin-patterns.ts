import { RE2JS, RE2JSException } from 're2js';
import type { Detection } from './types';

/**
 * Longest pattern a policy may hold. Matching stays linear whatever the pattern, but compiling a
 * huge one costs memory and load time on every Outlook client; real patterns are short.
 */
export const MAX_PATTERN_LENGTH = 500;

/** An organisation's regular expression, compiled for RE2 (linear-time, no backtracking). */
export interface AdminPattern {
  readonly source: string;
  readonly regex: RE2JS;
}

export type PatternCompilation = { readonly ok: true; readonly pattern: AdminPattern } | { readonly ok: false; readonly message: string };

/**
 * Compiles a policy pattern with RE2 syntax, case-insensitive (it runs on NFKC, lower-cased
 * text). Rejected: syntax RE2 does not support (back-references, look-ahead), patterns longer
 * than `MAX_PATTERN_LENGTH`, and patterns that match empty text (they would flag every mail).
 */
export function compileAdminPattern(source: string): PatternCompilation {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, message: `pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    const reason = 'getDescription' in error && typeof error.getDescription === 'function' ? String(error.getDescription()) : error.message;
    return { ok: false, message: `not a valid RE2 regular expression: ${reason}` };
  }
  if (regex.test('')) return { ok: false, message: 'pattern matches empty text, so it would flag every mail' };
  return { ok: true, pattern: { source, regex } };
}

/** The first match of each pattern in normalised `text`; shown as the pattern, never as the matched text. */
export function findAdminPatterns(text: string, patterns: readonly AdminPattern[]): Detection[] {
  const found: Detection[] = [];
  for (const { source, regex } of patterns) {
    // The DFA-only test is several times faster than a match with positions; most mail has none.
    if (!regex.test(text)) continue;
    const matcher = regex.matcher(text);
    if (!matcher.find()) continue;
    found.push({ kind: 'pattern', start: matcher.start(), end: matcher.end(), value: matcher.group() ?? '', display: `/${source}/` });
  }
  return found;
}
