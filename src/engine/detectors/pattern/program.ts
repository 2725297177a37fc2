import type { CharClass } from './char-class';

export type Assertion = 'begin-text' | 'end-text' | 'word-boundary' | 'not-word-boundary';

/** One NFA instruction; `next` and `alt` are indexes into `Program.instructions`. */
export type Instruction =
  | { readonly op: 'char'; readonly cls: CharClass; readonly next: number }
  /** Try `next` first, then `alt`. */
  | { readonly op: 'split'; readonly next: number; readonly alt: number }
  | { readonly op: 'assert'; readonly assertion: Assertion; readonly next: number }
  | { readonly op: 'match' };

export interface Program {
  readonly instructions: readonly Instruction[];
  readonly start: number;
}

/** Offsets in UTF-16 code units, as `String.prototype.slice` takes them. */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
}
