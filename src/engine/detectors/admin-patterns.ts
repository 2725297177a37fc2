import { matchesEmpty, parsePattern, searchPattern, type Program } from './pattern';
import type { Detection } from './types';

/**
 * Longest pattern a policy may hold. Matching stays linear whatever the pattern, but compiling a
 * huge one costs memory and load time on every Outlook client; real patterns are short.
 */
export const MAX_PATTERN_LENGTH = 500;

export type PatternSourceCheck = { readonly ok: true; readonly program: Program } | { readonly ok: false; readonly message: string };

/**
 * The one gate every admin pattern passes: within the length limit, inside the RE2 subset the
 * project's pattern VM (`pattern/`) accepts, and not able to match empty text (it would flag every
 * mail). Send, the task pane and the CLI all run the same VM behind this gate, so a policy means
 * the same thing in Outlook's on-send runtime as in the CLI.
 */
export function checkPatternSource(source: string): PatternSourceCheck {
  let checked = CHECKED.get(source);
  if (!checked) {
    if (CHECKED.size >= MAX_CHECKED) CHECKED.clear();
    CHECKED.set(source, (checked = checkOnce(source)));
  }
  return checked;
}

/**
 * Loading a policy asks for each pattern three times (the pattern's own check, the policy's
 * total size, the compiled option), on every Send: a program is immutable, so it is made once.
 */
const CHECKED = new Map<string, PatternSourceCheck>();
/** A policy holds a few patterns; an editor trying many, or a test of thousands, starts over. */
const MAX_CHECKED = 1000;

function checkOnce(source: string): PatternSourceCheck {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, message: `pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  const parsed = parsePattern(source);
  if (!parsed.ok) return { ok: false, message: `not a valid pattern (RE2 subset): ${parsed.message}` };
  if (matchesEmpty(parsed.program)) return { ok: false, message: 'pattern matches empty text, so it would flag every mail' };
  return { ok: true, program: parsed.program };
}

/** An organisation's regular expression, compiled for the pattern VM. */
export interface AdminPattern {
  readonly source: string;
  /** The first match in normalised text, or null. */
  find(text: string): { readonly start: number; readonly end: number } | null;
}

export type PatternCompilation = { readonly ok: true; readonly pattern: AdminPattern } | { readonly ok: false; readonly message: string };

/** Compiles a policy pattern. Case-insensitive: it runs on NFKC, lower-cased text. */
export function compileAdminPattern(source: string): PatternCompilation {
  const checked = checkPatternSource(source);
  if (!checked.ok) return checked;
  const { program } = checked;
  return { ok: true, pattern: { source, find: (text) => searchPattern(program, text) } };
}

/** The first match of each pattern in normalised `text`; shown as the pattern, never as the matched text. */
export function findAdminPatterns(text: string, patterns: readonly AdminPattern[]): Detection[] {
  const found: Detection[] = [];
  for (const pattern of patterns) {
    const match = pattern.find(text);
    if (match) found.push({ kind: 'pattern', start: match.start, end: match.end, value: text.slice(match.start, match.end), display: `/${pattern.source}/` });
  }
  return found;
}
