/**
 * The project's pattern matcher: a linear-time engine for the subset of RE2 syntax that policy
 * patterns may use, and the one implementation in every runtime (Send, the task pane, the CLI).
 *
 * `parsePattern` parses the subset (`parse.ts`), expands counted repetitions (`simplify.ts`) and
 * compiles the result to a Thompson NFA (`compile.ts`); `searchPattern` runs it as a Pike VM
 * (`run.ts`): all threads advance together over the text in priority order, so a search costs
 * O(pattern × text) time and O(pattern) memory whatever the pattern (no backtracking). Matching is
 * case-insensitive with RE2's simple case folding (`case-fold.ts`, `char-class.ts`).
 *
 * This VM defines what a policy pattern means. Its semantics are RE2's leftmost-first matching, and
 * re2js (a devDependency, never shipped) is the test oracle: the property tests check that every
 * pattern the parser accepts is accepted by re2js with `RE2JS.CASE_INSENSITIVE` and finds the same
 * match. The program is shaped as RE2 shapes it (same repetition expansion, same loop shapes) so
 * the thread priorities, and with them the match boundaries, are RE2's.
 *
 * The subset: literal characters (iterated by code point), the escapes `\\ \. \* …` (any escaped
 * ASCII punctuation), `\t \n \r \f \v \xHH`, `\d \D \w \W \s \S` (ASCII, as in RE2), `\b \B`, `.`
 * (anything but `\n`), classes `[…]` / `[^…]` with ranges, groups `(…)` / `(?:…)`, alternation,
 * `* + ? {n} {n,} {n,m}` and their lazy forms, `^` and `$` (start and end of the text). Anything
 * else is an error, so every pattern accepted here means the same in RE2.
 */

// This order is the modules' order in the bundle; it minifies smallest (the on-send budget is tight).
export { matchesEmpty, searchPattern, vmSteps } from './run';
export { MAX_INSTRUCTIONS, parsePattern, type PatternParse } from './compile';
export { MAX_GROUP_NESTING, MAX_REPEAT_COUNT } from './parse';
export type { CharClass } from './char-class';
export type { Assertion, Instruction, PatternMatch, Program } from './program';
