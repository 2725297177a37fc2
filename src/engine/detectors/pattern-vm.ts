/**
 * A small linear-time matcher for the subset of RE2 syntax that policy patterns may use, so the
 * on-send bundle can match an organisation's patterns without shipping re2js (146 KB).
 *
 * `parsePattern` parses the subset and compiles it to a Thompson NFA; `searchPattern` runs it as a
 * Pike VM: all threads advance together over the text in priority order, so a search costs
 * O(pattern × text) time and O(pattern) memory whatever the pattern (no backtracking). Matching is
 * case-insensitive and gives the same match as re2js with `RE2JS.CASE_INSENSITIVE`: the program is
 * compiled the way re2js compiles (same repetition expansion, same loop shapes) and the VM follows
 * the same leftmost-first thread priorities.
 *
 * The subset: literal characters (iterated by code point), the escapes `\\ \. \* …` (any escaped
 * ASCII punctuation), `\t \n \r \f \v \xHH`, `\d \D \w \W \s \S` (ASCII, as in RE2), `\b \B`, `.`
 * (anything but `\n`), classes `[…]` / `[^…]` with ranges, groups `(…)` / `(?:…)`, alternation,
 * `* + ? {n} {n,} {n,m}` and their lazy forms, `^` and `$` (start and end of the text). Anything
 * else is an error, so every pattern accepted here means the same in re2js.
 */

import { adminText } from '../off-send-text';

/** Largest count in `{n}`, `{n,}` and `{n,m}` (RE2 allows 1000; small programs load fast). */
export const MAX_REPEAT_COUNT = 100;
/**
 * Largest compiled program. Matching is linear in the text, but each character can cost one step
 * per instruction (every thread alive at once), so this bounds the work per character.
 */
export const MAX_INSTRUCTIONS = 1000;
/** Deepest nesting of groups (keeps the parser's recursion shallow; RE2's own limit is far above). */
export const MAX_GROUP_NESTING = 100;
/** RE2 rejects nested counted repetitions whose counts multiply to more than this. */
const RE2_NESTED_REPEAT_LIMIT = 1000;
/** Compiling walks shared sub-trees once per copy; bounds the walk for patterns of empty groups. */
const MAX_COMPILE_STEPS = 10 * MAX_INSTRUCTIONS;

/**
 * Characters one `char` instruction accepts, case-folded. `ranges` are sorted, merged `[lo, hi]`
 * pairs of code points. `complements` come from `\D \W \S` inside brackets: the class also holds
 * every character outside one of them. `negated` inverts the whole (`[^…]`, `.`, `\D` alone).
 */
export interface CharClass {
  readonly ranges: readonly number[];
  readonly complements: readonly (readonly number[])[];
  readonly negated: boolean;
}

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

export type PatternParse = { readonly ok: true; readonly program: Program } | { readonly ok: false; readonly message: string; readonly position: number };

/** Offsets in UTF-16 code units, like `String.prototype.slice` and re2js's `start()` / `end()`. */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
}

/**
 * Parses `source` and compiles it. Errors name the problem and its position (0-based UTF-16
 * offset in `source`, also returned as `position`).
 */
export function parsePattern(source: string): PatternParse {
  try {
    const tree = new Parser(source).parse();
    return { ok: true, program: compile(simplify(tree)) };
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, message: error.message, position: error.position };
    throw error;
  }
}

/**
 * Steps every search may still take, shared by all of them: one per thread per character, and
 * one per character. `evaluate` sets it from its `patternSteps` option; once it is below 0, searches stop
 * where they are (the match found so far, or null), and Send records that patterns were cut short.
 */
export const vmSteps = { left: Infinity };

/** The leftmost-first match of `program` in `text` (the one re2js's `find()` reports), or null. */
export function searchPattern(program: Program, text: string): PatternMatch | null {
  return new PikeVm(program).search(text);
}

/**
 * True when the pattern can match an empty stretch somewhere in some text, assertions included:
 * `a*`, `x?` and `$` qualify, and so do `\b` and `^` (they match before nearly every mail).
 * Stricter than re2js's `test('')`, which only tries the empty text.
 */
export function matchesEmpty(program: Program): boolean {
  const closure = new ThreadList(program.instructions.length);
  const stack = new Int32Array(2 * program.instructions.length + 1);
  for (const before of [AT_BEGIN, PREVIOUS_IS_WORD, 0]) {
    for (const after of [AT_END, NEXT_IS_WORD, 0]) {
      closure.clear();
      addThread(program.instructions, closure, stack, program.start, 0, before | after);
      for (let i = 0; i < closure.size; i++) {
        if (program.instructions[closure.pcs[i]!]!.op === 'match') return true;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Case folding

/**
 * Blocks holding every character with a case mapping (Unicode 16, with margins; the tests check
 * every code point of the running engine). Outside them a character has no other case, which
 * spares two string conversions per CJK character.
 */
const CASED_BLOCKS = [
  0x41, 0x2af, 0x345, 0x58f, 0x10a0, 0x10ff, 0x13a0, 0x13ff, 0x1c80, 0x1cbf, 0x1d79, 0x1d8e, 0x1e00, 0x1fff, 0x2126, 0x2184, 0x24b6, 0x24e9, 0x2c00,
  0x2d2f, 0xa640, 0xa7ff, 0xab53, 0xabbf, 0xfb00, 0xfb17, 0xff21, 0xff5a, 0x10400, 0x105ff, 0x10c80, 0x10cff, 0x10d50, 0x10d8f, 0x118a0, 0x118df,
  0x16e40, 0x16eff, 0x1e900, 0x1e94f,
];

/**
 * Pairs RE2 folds together although neither is the other's lower or upper case (Unicode 16
 * CaseFolding: Greek with dialytika and tonos, and the st ligatures).
 */
const EXTRA_FOLDS: ReadonlyMap<number, number> = new Map([
  [0x390, 0x1fd3],
  [0x1fd3, 0x390],
  [0x3b0, 0x1fe3],
  [0x1fe3, 0x3b0],
  [0xfb05, 0xfb06],
  [0xfb06, 0xfb05],
]);

/** Turkish dotted and dotless i: RE2 keeps each in a case class of its own. */
const DOTTED_CAPITAL_I = 0x130;
const DOTLESS_SMALL_I = 0x131;

const ASCII_VARIANTS: readonly (readonly number[])[] = Array.from({ length: 128 }, (_, code) => {
  if (code >= 0x61 && code <= 0x7a) return [code, code - 0x20];
  if (code >= 0x41 && code <= 0x5a) return [code, code + 0x20];
  return [code];
});

/**
 * `code` and its other cases: lower, upper, and the lower of the upper and the upper of the lower
 * (which reach `k` from the Kelvin sign and `s` from long s), kept when they are one code point.
 * Matching a character against a class compares these variants on both sides, which gives RE2's
 * simple-case-folding classes for every character whose case forms are single code points.
 */
function caseVariants(code: number): readonly number[] {
  if (code < 0x80) return ASCII_VARIANTS[code]!;
  // Each search asks again for every character: a Greek or Cyrillic text would cost ~250 ns per character per pattern.
  let variants = FOLDED.get(code);
  if (!variants) FOLDED.set(code, (variants = foldedVariants(code)));
  return variants;
}

const FOLDED = new Map<number, readonly number[]>();

function foldedVariants(code: number): readonly number[] {
  if (!rangesContain(CASED_BLOCKS, code) || code === DOTTED_CAPITAL_I || code === DOTLESS_SMALL_I) return [code];
  const variants = [code];
  const char = String.fromCodePoint(code);
  const lower = singleCodePoint(char.toLowerCase());
  const upper = singleCodePoint(char.toUpperCase());
  for (const variant of [EXTRA_FOLDS.get(code) ?? -1, lower, upper, upper < 0 ? -1 : singleCodePoint(String.fromCodePoint(upper).toLowerCase()), lower < 0 ? -1 : singleCodePoint(String.fromCodePoint(lower).toUpperCase())]) {
    if (variant >= 0 && variant !== DOTLESS_SMALL_I && variant !== DOTTED_CAPITAL_I && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}

function singleCodePoint(text: string): number {
  const code = text.codePointAt(0) ?? -1;
  return text.length === (code > 0xffff ? 2 : 1) ? code : -1;
}

// ---------------------------------------------------------------------------------------------
// Character classes

/** Binary search in sorted `[lo, hi]` pairs. */
function rangesContain(ranges: readonly number[], code: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (code < ranges[2 * middle]!) high = middle - 1;
    else if (code > ranges[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

function rangesContainAny(ranges: readonly number[], codes: readonly number[]): boolean {
  for (const code of codes) if (rangesContain(ranges, code)) return true;
  return false;
}

/** `variants` are the case variants of one text character. */
function classMatches(cls: CharClass, variants: readonly number[]): boolean {
  let inside = rangesContainAny(cls.ranges, variants);
  for (let i = 0; !inside && i < cls.complements.length; i++) inside = !rangesContainAny(cls.complements[i]!, variants);
  return inside !== cls.negated;
}

/** Collects ranges with their other cases, then sorts and merges them. */
class RangeBuilder {
  private readonly pairs: number[] = [];

  addFolded(lo: number, hi: number): this {
    this.pairs.push(lo, hi);
    for (let b = 0; b < CASED_BLOCKS.length; b += 2) {
      const from = Math.max(lo, CASED_BLOCKS[b]!);
      const to = Math.min(hi, CASED_BLOCKS[b + 1]!);
      for (let code = from; code <= to; code++) {
        for (const variant of caseVariants(code)) if (variant !== code) this.pairs.push(variant, variant);
      }
    }
    return this;
  }

  build(): number[] {
    const sorted: [number, number][] = [];
    for (let i = 0; i < this.pairs.length; i += 2) sorted.push([this.pairs[i]!, this.pairs[i + 1]!]);
    sorted.sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [lo, hi] of sorted) {
      const last = merged.length - 1;
      if (last > 0 && lo <= merged[last]! + 1) merged[last] = Math.max(merged[last]!, hi);
      else merged.push(lo, hi);
    }
    return merged;
  }
}

const DIGIT_RANGES = new RangeBuilder().addFolded(0x30, 0x39).build();
const WORD_RANGES = new RangeBuilder().addFolded(0x30, 0x39).addFolded(0x41, 0x5a).addFolded(0x5f, 0x5f).addFolded(0x61, 0x7a).build();
const SPACE_RANGES = new RangeBuilder().addFolded(0x09, 0x0a).addFolded(0x0c, 0x0d).addFolded(0x20, 0x20).build();
const NEWLINE = 0x0a;
const ANY_BUT_NEWLINE: CharClass = { ranges: [NEWLINE, NEWLINE], complements: [], negated: true };

/** The Perl classes `\d \w \s`, by their escape letter. */
const PERL_CLASSES: Readonly<Record<string, readonly number[]>> = { d: DIGIT_RANGES, w: WORD_RANGES, s: SPACE_RANGES };

function literalClass(code: number): CharClass {
  return { ranges: new RangeBuilder().addFolded(code, code).build(), complements: [], negated: false };
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || (code >= 0x61 && code <= 0x7a);
}

// ---------------------------------------------------------------------------------------------
// Parsing

class PatternError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

function unsupported(position: number, what: string): PatternError {
  return new PatternError(adminText(`unsupported syntax at ${position}: ${what}`), position);
}

/** The pattern as written; `repeat` is `{n,m}` (max -1 when open), kept apart for RE2's size rule. */
type Tree =
  | { readonly kind: 'empty' }
  | { readonly kind: 'char'; readonly cls: CharClass }
  | { readonly kind: 'assert'; readonly assertion: Assertion }
  | { readonly kind: 'concat'; readonly items: readonly Tree[] }
  | { readonly kind: 'alternate'; readonly branches: readonly Tree[] }
  | { readonly kind: 'capture'; readonly body: Tree }
  | { readonly kind: 'star' | 'plus' | 'quest'; readonly lazy: boolean; readonly body: Tree }
  | { readonly kind: 'repeat'; readonly min: number; readonly max: number; readonly lazy: boolean; readonly body: Tree };

const EMPTY: Tree = { kind: 'empty' };
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d };
const COUNTED_REPEAT = /^\{(\d+)(,(\d*))?\}/;

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly source: string) {}

  parse(): Tree {
    const tree = this.parseAlternation();
    if (this.pos < this.source.length) throw new PatternError(adminText(`unbalanced parenthesis at ${this.pos}`), this.pos);
    return tree;
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.pos + offset);
  }

  private parseAlternation(): Tree {
    const branches = [this.parseConcat()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.parseConcat());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alternate', branches };
  }

  private parseConcat(): Tree {
    const items: Tree[] = [];
    while (this.pos < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.parseQuantified(this.parseAtom()));
    }
    if (items.length === 0) return EMPTY;
    return items.length === 1 ? items[0]! : { kind: 'concat', items };
  }

  private parseAtom(): Tree {
    const at = this.pos;
    const char = this.peek();
    switch (char) {
      case '(':
        return this.parseGroup();
      case '[':
        return { kind: 'char', cls: this.parseClass() };
      case '.':
        this.pos++;
        return { kind: 'char', cls: ANY_BUT_NEWLINE };
      case '^':
        this.pos++;
        return { kind: 'assert', assertion: 'begin-text' };
      case '$':
        this.pos++;
        return { kind: 'assert', assertion: 'end-text' };
      case '\\':
        return this.parseEscape();
      case '*':
      case '+':
      case '?':
        throw new PatternError(adminText(`missing argument to repetition operator at ${at}: ${char} has nothing to repeat`), at);
      case '{':
        if (COUNTED_REPEAT.test(this.source.slice(at))) throw new PatternError(adminText(`missing argument to repetition operator at ${at}: {…} has nothing to repeat`), at);
        throw unsupported(at, adminText('a literal { must be escaped as \\{'));
      default:
        return { kind: 'char', cls: literalClass(this.readCodePoint()) };
    }
  }

  private readCodePoint(): number {
    const code = this.source.codePointAt(this.pos)!;
    if (code >= 0xd800 && code <= 0xdfff) throw unsupported(this.pos, adminText('lone surrogate'));
    this.pos += code > 0xffff ? 2 : 1;
    return code;
  }

  private parseGroup(): Tree {
    const open = this.pos;
    if (++this.depth > MAX_GROUP_NESTING) throw unsupported(open, `groups nested deeper than ${MAX_GROUP_NESTING}`);
    this.pos++;
    const capturing = this.peek() !== '?';
    if (!capturing) {
      if (this.peek(1) !== ':') throw unsupported(open, describeSpecialGroup(this.source.slice(open)));
      this.pos += 2;
    }
    const body = this.parseAlternation();
    if (this.peek() !== ')') throw new PatternError(adminText(`unbalanced parenthesis at ${open}`), open);
    this.pos++;
    this.depth--;
    return capturing ? { kind: 'capture', body } : body;
  }

  /** Applies the quantifier after `atom`, if any, and rejects a second one (`a**`, `a*+`). */
  private parseQuantified(atom: Tree): Tree {
    const at = this.pos;
    const quantifier = this.parseQuantifier(atom, at);
    if (quantifier === atom) return atom;
    const following = this.peek();
    if (following === '+') throw unsupported(this.pos, adminText('possessive quantifiers like *+ are not allowed'));
    if (following !== '' && '*?{'.includes(following)) throw new PatternError(adminText(`invalid nested repetition operator at ${this.pos}`), this.pos);
    return quantifier;
  }

  private parseQuantifier(atom: Tree, at: number): Tree {
    const char = this.peek();
    let kind: 'star' | 'plus' | 'quest' | 'repeat';
    let min = 0;
    let max = -1;
    if (char === '*' || char === '+' || char === '?') {
      kind = char === '*' ? 'star' : char === '+' ? 'plus' : 'quest';
      this.pos++;
    } else if (char === '{') {
      [min, max] = this.parseCounts(at);
      kind = 'repeat';
    } else {
      return atom;
    }
    const lazy = this.peek() === '?';
    if (lazy) this.pos++;
    if (kind !== 'repeat') return { kind, lazy, body: atom };
    const repeat: Tree = { kind, min, max, lazy, body: atom };
    if ((min >= 2 || max >= 2) && !withinNestedRepeatLimit(repeat, RE2_NESTED_REPEAT_LIMIT)) {
      throw new PatternError(adminText(`invalid repeat count at ${at}: nested counts multiply to more than ${RE2_NESTED_REPEAT_LIMIT}`), at);
    }
    return repeat;
  }

  private parseCounts(at: number): [number, number] {
    const found = COUNTED_REPEAT.exec(this.source.slice(at));
    if (found === null) throw unsupported(at, adminText('a literal { must be escaped as \\{'));
    const text = found[0];
    const minText = found[1] ?? '';
    const maxText = found[3] ?? '';
    if (/^0\d/.test(minText) || /^0\d/.test(maxText)) throw new PatternError(adminText(`invalid repeat count at ${at}: leading zero in ${text}`), at);
    const min = Number(minText);
    const max = found[2] === undefined ? min : maxText === '' ? -1 : Number(maxText);
    if (min > MAX_REPEAT_COUNT || max > MAX_REPEAT_COUNT) throw new PatternError(adminText(`invalid repeat count at ${at}: ${text} is above ${MAX_REPEAT_COUNT}`), at);
    if (max !== -1 && min > max) throw new PatternError(adminText(`invalid repeat count at ${at}: ${text} has minimum above maximum`), at);
    this.pos = at + text.length;
    return [min, max];
  }

  /** An escape outside brackets. */
  private parseEscape(): Tree {
    const at = this.pos;
    const letter = this.peek(1);
    if (letter === 'b' || letter === 'B') {
      this.pos += 2;
      return { kind: 'assert', assertion: letter === 'b' ? 'word-boundary' : 'not-word-boundary' };
    }
    const perl = PERL_CLASSES[letter.toLowerCase()];
    if (perl !== undefined) {
      this.pos += 2;
      return { kind: 'char', cls: { ranges: perl, complements: [], negated: letter !== letter.toLowerCase() } };
    }
    return { kind: 'char', cls: literalClass(this.parseCharEscape(at)) };
  }

  /** An escape standing for one character: `\.`, `\n`, `\x41`; rejects everything else by name. */
  private parseCharEscape(at: number): number {
    const letter = this.peek(1);
    if (letter === '') throw unsupported(at, adminText('the pattern ends with a lone backslash'));
    if (PUNCTUATION.includes(letter)) {
      this.pos += 2;
      return letter.charCodeAt(0);
    }
    const control = CONTROL_ESCAPES[letter];
    if (control !== undefined) {
      this.pos += 2;
      return control;
    }
    if (letter === 'x') return this.parseHexEscape(at);
    throw unsupported(at, describeEscape(letter));
  }

  private parseHexEscape(at: number): number {
    if (this.peek(2) === '{') throw unsupported(at, adminText('\\x{…} is not allowed; write \\xHH'));
    const hex = this.source.slice(at + 2, at + 4);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw unsupported(at, adminText('\\x must be followed by two hex digits'));
    this.pos += 4;
    return parseInt(hex, 16);
  }

  private parseClass(): CharClass {
    const open = this.pos;
    this.pos++;
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    if (this.peek() === ']') throw unsupported(this.pos, adminText('a class cannot start with ]; write \\]'));
    const ranges = new RangeBuilder();
    const complements: (readonly number[])[] = [];
    let first = true;
    while (this.peek() !== ']') {
      if (this.pos >= this.source.length) throw new PatternError(adminText(`missing closing ] for the class at ${open}`), open);
      this.parseClassItem(first, ranges, complements);
      first = false;
    }
    this.pos++;
    return { ranges: ranges.build(), complements, negated };
  }

  private parseClassItem(first: boolean, ranges: RangeBuilder, complements: (readonly number[])[]): void {
    const at = this.pos;
    if (this.peek() === '[' && this.peek(1) === ':') throw unsupported(at, adminText('POSIX classes like [:alpha:] are not allowed'));
    if (this.peek() === '-' && !first && this.peek(1) !== ']' && this.peek(1) !== '') throw unsupported(at, adminText('a - inside a class must come first or last, or be escaped as \\-'));
    const perl = this.peek() === '\\' ? PERL_CLASSES[this.peek(1).toLowerCase()] : undefined;
    if (perl !== undefined) {
      const letter = this.peek(1);
      this.pos += 2;
      if (letter === letter.toLowerCase()) for (let i = 0; i < perl.length; i += 2) ranges.addFolded(perl[i]!, perl[i + 1]!);
      else complements.push(perl);
      return;
    }
    const lo = this.parseClassChar();
    let hi = lo;
    if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
      this.pos++;
      if (this.peek() === '\\' && PERL_CLASSES[this.peek(1).toLowerCase()] !== undefined) throw unsupported(this.pos, adminText('a class like \\d cannot end a range'));
      hi = this.parseClassChar();
      if (hi < lo) throw new PatternError(adminText(`invalid character class range at ${at}: ${this.source.slice(at, this.pos)}`), at);
    }
    ranges.addFolded(lo, hi);
  }

  private parseClassChar(): number {
    if (this.peek() !== '\\') return this.readCodePoint();
    const at = this.pos;
    if (this.peek(1) === 'b' || this.peek(1) === 'B') throw unsupported(at, `\\${this.peek(1)} is not allowed inside a class`);
    return this.parseCharEscape(at);
  }
}

function describeSpecialGroup(group: string): string {
  if (group.startsWith('(?=')) return adminText('look-ahead (?=…) is not allowed');
  if (group.startsWith('(?!')) return adminText('negative look-ahead (?!…) is not allowed');
  if (group.startsWith('(?<=')) return adminText('look-behind (?<=…) is not allowed');
  if (group.startsWith('(?<!')) return adminText('negative look-behind (?<!…) is not allowed');
  if (group.startsWith('(?<') || group.startsWith('(?P') || group.startsWith("(?'")) return adminText('named groups are not allowed; use (…) or (?:…)');
  return adminText('flags and other (?…) groups are not allowed; only (?:…)');
}

function describeEscape(letter: string): string {
  if (letter >= '1' && letter <= '9') return `back-references like \\${letter} are not allowed`;
  if (letter === '0') return adminText('octal escapes like \\0 are not allowed');
  if (letter === 'p' || letter === 'P') return `Unicode classes like \\${letter}{…} are not allowed`;
  if (letter === 'Q' || letter === 'E') return adminText('\\Q…\\E quoting is not allowed');
  if (letter === 'u') return adminText('\\u escapes are not allowed (RE2 has none); write the character itself');
  return `unknown escape \\${letter}`;
}

/** RE2's rule (re2js `repeatIsValid`): counts of nested `{…}` may not multiply past `budget`. */
function withinNestedRepeatLimit(tree: Tree, budget: number): boolean {
  let left = budget;
  if (tree.kind === 'repeat') {
    const count = tree.max === -1 ? tree.min : tree.max;
    if (tree.max === 0) return true;
    if (count > left) return false;
    if (count > 0) left = Math.trunc(left / count);
  }
  return childrenOf(tree).every((child) => withinNestedRepeatLimit(child, left));
}

function childrenOf(tree: Tree): readonly Tree[] {
  switch (tree.kind) {
    case 'concat':
      return tree.items;
    case 'alternate':
      return tree.branches;
    case 'capture':
    case 'star':
    case 'plus':
    case 'quest':
    case 'repeat':
      return [tree.body];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Simplification (as re2js's Simplify) and compilation (as re2js's Compiler)

/** The tree re2js compiles: counted repetitions expanded; copies share one sub-tree object. */
type Simple =
  | { readonly kind: 'empty'; readonly nullable: true }
  | { readonly kind: 'char'; readonly cls: CharClass; readonly nullable: false }
  | { readonly kind: 'assert'; readonly assertion: Assertion; readonly nullable: true }
  | { readonly kind: 'concat'; readonly items: readonly Simple[]; readonly nullable: boolean }
  | { readonly kind: 'alternate'; readonly branches: readonly Simple[]; readonly nullable: boolean }
  | { readonly kind: 'capture'; readonly body: Simple; readonly nullable: boolean }
  | { readonly kind: 'star' | 'plus' | 'quest'; readonly lazy: boolean; readonly body: Simple; readonly nullable: boolean };

type LoopKind = 'star' | 'plus' | 'quest';

const SIMPLE_EMPTY: Simple = { kind: 'empty', nullable: true };

function simplify(tree: Tree): Simple {
  switch (tree.kind) {
    case 'empty':
      return SIMPLE_EMPTY;
    case 'char':
      return { kind: 'char', cls: tree.cls, nullable: false };
    case 'assert':
      return { kind: 'assert', assertion: tree.assertion, nullable: true };
    case 'concat':
      return concatenation(tree.items.map(simplify));
    case 'alternate':
      return alternation(tree.branches.map(simplify));
    case 'capture': {
      const body = simplify(tree.body);
      return { kind: 'capture', body, nullable: body.nullable };
    }
    case 'star':
    case 'plus':
    case 'quest':
      return loop(tree.kind, tree.lazy, simplify(tree.body));
    case 'repeat':
      return tree.max === 0 ? SIMPLE_EMPTY : expandRepeat(tree.min, tree.max, tree.lazy, simplify(tree.body));
  }
}

/** `x{n,m}` as re2js writes it: `x{2,}` → `xx+`, `x{2,4}` → `xx(x(x)?)?`. */
function expandRepeat(min: number, max: number, lazy: boolean, body: Simple): Simple {
  if (max === -1) {
    if (min === 0) return loop('star', lazy, body);
    return concatenation([...Array<Simple>(min - 1).fill(body), loop('plus', lazy, body)]);
  }
  if (min === 1 && max === 1) return body;
  const items = Array<Simple>(min).fill(body);
  if (max > min) {
    let suffix = loop('quest', lazy, body);
    for (let i = min + 1; i < max; i++) suffix = loop('quest', lazy, concatenation([body, suffix]));
    items.push(suffix);
  }
  return concatenation(items);
}

/** re2js's `simplify1`: `(?:)*` is empty and `(?:a*)*` is `a*`. */
function loop(kind: LoopKind, lazy: boolean, body: Simple): Simple {
  if (body.kind === 'empty') return body;
  if (body.kind === kind && body.lazy === lazy) return body;
  return { kind, lazy, body, nullable: kind === 'plus' ? body.nullable : true };
}

function concatenation(parts: readonly Simple[]): Simple {
  const items: Simple[] = [];
  for (const part of parts) {
    if (part.kind === 'concat') items.push(...part.items);
    else if (part.kind !== 'empty') items.push(part);
  }
  if (items.length === 0) return SIMPLE_EMPTY;
  if (items.length === 1) return items[0]!;
  return { kind: 'concat', items, nullable: items.every((item) => item.nullable) };
}

function alternation(parts: readonly Simple[]): Simple {
  const branches: Simple[] = [];
  for (const part of parts) {
    if (part.kind === 'alternate') branches.push(...part.branches);
    else branches.push(part);
  }
  return { kind: 'alternate', branches, nullable: branches.some((branch) => branch.nullable) };
}

type MutableInstruction =
  | { op: 'char'; cls: CharClass; next: number }
  | { op: 'split'; next: number; alt: number }
  | { op: 'assert'; assertion: Assertion; next: number }
  | { op: 'match' };

function compile(tree: Simple): Program {
  const compiler = new Compiler();
  const match = compiler.emit({ op: 'match' });
  const start = compiler.compile(tree, match);
  return { instructions: compiler.instructions, start };
}

/**
 * Compiles back to front: each node is compiled knowing the instruction that follows it, so no
 * patch lists are needed. The shapes are re2js's: `x?` and `x*` start with a split, `x+` ends
 * with one, and a star over something that can match empty is compiled as `(x+)?`.
 */
class Compiler {
  readonly instructions: MutableInstruction[] = [];
  private steps = 0;

  emit(instruction: MutableInstruction): number {
    if (this.instructions.length >= MAX_INSTRUCTIONS) throw tooLarge();
    return this.instructions.push(instruction) - 1;
  }

  compile(tree: Simple, next: number): number {
    if (++this.steps > MAX_COMPILE_STEPS) throw tooLarge(`more than ${MAX_COMPILE_STEPS} nodes`);
    switch (tree.kind) {
      case 'empty':
        return next;
      case 'char':
        return this.emit({ op: 'char', cls: tree.cls, next });
      case 'assert':
        return this.emit({ op: 'assert', assertion: tree.assertion, next });
      case 'capture':
        return this.compile(tree.body, next);
      case 'concat':
        return tree.items.reduceRight((following, item) => this.compile(item, following), next);
      case 'alternate':
        return this.compileAlternation(tree.branches, next);
      case 'quest':
        return this.compileQuest(tree.body, tree.lazy, next);
      case 'plus':
        return this.compilePlus(tree.body, tree.lazy, next);
      case 'star':
        return tree.body.nullable ? this.compileQuest({ kind: 'plus', lazy: tree.lazy, body: tree.body, nullable: true }, tree.lazy, next) : this.compileStar(tree.body, tree.lazy, next);
    }
  }

  private compileAlternation(branches: readonly Simple[], next: number): number {
    const entries = branches.map((branch) => this.compile(branch, next));
    let entry = entries[entries.length - 1]!;
    for (let i = entries.length - 2; i >= 0; i--) entry = this.emit({ op: 'split', next: entries[i]!, alt: entry });
    return entry;
  }

  private compileQuest(body: Simple, lazy: boolean, next: number): number {
    const split = this.emit({ op: 'split', next, alt: next });
    this.prefer(split, this.compile(body, next), next, lazy);
    return split;
  }

  private compileStar(body: Simple, lazy: boolean, next: number): number {
    const split = this.emit({ op: 'split', next, alt: next });
    this.prefer(split, this.compile(body, split), next, lazy);
    return split;
  }

  private compilePlus(body: Simple, lazy: boolean, next: number): number {
    const split = this.emit({ op: 'split', next, alt: next });
    const entry = this.compile(body, split);
    this.prefer(split, entry, next, lazy);
    return entry;
  }

  /** A greedy split tries the repeated part first; a lazy one tries what follows first. */
  private prefer(split: number, repeated: number, following: number, lazy: boolean): void {
    this.instructions[split] = { op: 'split', next: lazy ? following : repeated, alt: lazy ? repeated : following };
  }
}

function tooLarge(what = `more than ${MAX_INSTRUCTIONS} instructions`): PatternError {
  return new PatternError(adminText(`pattern is too large: it compiles to ${what}`), 0);
}

// ---------------------------------------------------------------------------------------------
// The Pike VM

/** Context bits for assertions at a position between two characters. */
const AT_BEGIN = 1;
const AT_END = 2;
const PREVIOUS_IS_WORD = 4;
const NEXT_IS_WORD = 8;

function contextAt(text: string, pos: number): number {
  let context = 0;
  if (pos === 0) context |= AT_BEGIN;
  else if (isAsciiWordChar(text.charCodeAt(pos - 1))) context |= PREVIOUS_IS_WORD;
  if (pos === text.length) context |= AT_END;
  else if (isAsciiWordChar(text.charCodeAt(pos))) context |= NEXT_IS_WORD;
  return context;
}

function assertionHolds(assertion: Assertion, context: number): boolean {
  switch (assertion) {
    case 'begin-text':
      return (context & AT_BEGIN) !== 0;
    case 'end-text':
      return (context & AT_END) !== 0;
    case 'word-boundary':
      return (context & PREVIOUS_IS_WORD) === 0 !== ((context & NEXT_IS_WORD) === 0);
    case 'not-word-boundary':
      return (context & PREVIOUS_IS_WORD) === 0 === ((context & NEXT_IS_WORD) === 0);
  }
}

/**
 * Threads waiting at one text position, in priority order: the pc of a `char` or `match`
 * instruction and where the thread's match started. `visited` (a sparse set) holds every pc
 * reached at this position, so each pc is entered once, by its highest-priority thread.
 */
class ThreadList {
  readonly pcs: Int32Array;
  readonly starts: Int32Array;
  size = 0;
  private readonly dense: Int32Array;
  private readonly sparse: Int32Array;
  private visitedCount = 0;

  constructor(capacity: number) {
    this.pcs = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.dense = new Int32Array(capacity);
    this.sparse = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
    this.visitedCount = 0;
  }

  /** Marks `pc` visited; false when it already was. */
  visit(pc: number): boolean {
    const slot = this.sparse[pc]!;
    if (slot < this.visitedCount && this.dense[slot] === pc) return false;
    this.sparse[pc] = this.visitedCount;
    this.dense[this.visitedCount++] = pc;
    return true;
  }

  push(pc: number, start: number): void {
    this.pcs[this.size] = pc;
    this.starts[this.size++] = start;
  }
}

/**
 * Follows splits and assertions from `pc` depth-first, preferred branch first, and queues the
 * `char` and `match` instructions reached. `stack` needs room for two entries per instruction.
 */
function addThread(instructions: readonly Instruction[], list: ThreadList, stack: Int32Array, pc: number, start: number, context: number): void {
  let top = 0;
  stack[top++] = pc;
  while (top > 0) {
    const current = stack[--top]!;
    if (!list.visit(current)) continue;
    const instruction = instructions[current]!;
    if (instruction.op === 'split') {
      stack[top++] = instruction.alt;
      stack[top++] = instruction.next;
    } else if (instruction.op === 'assert') {
      if (assertionHolds(instruction.assertion, context)) stack[top++] = instruction.next;
    } else {
      list.push(current, start);
    }
  }
}

/** One search: the thread lists are sized for the program and reused at every position. */
class PikeVm {
  private current: ThreadList;
  private next: ThreadList;
  private readonly stack: Int32Array;

  constructor(private readonly program: Program) {
    const size = program.instructions.length;
    this.current = new ThreadList(size);
    this.next = new ThreadList(size);
    this.stack = new Int32Array(2 * size + 1);
  }

  search(text: string): PatternMatch | null {
    const { instructions } = this.program;
    let match: PatternMatch | null = null;
    let pos = 0;
    for (;;) {
      // A new thread starting here has the lowest priority; none once a match has been found.
      if (match === null) addThread(instructions, this.current, this.stack, this.program.start, pos, contextAt(text, pos));
      else if (this.current.size === 0) break;
      if ((vmSteps.left -= this.current.size + 1) < 0) break;
      const code = pos < text.length ? text.codePointAt(pos)! : -1;
      const width = code < 0 ? 0 : code > 0xffff ? 2 : 1;
      const nextContext = code < 0 ? 0 : contextAt(text, pos + width);
      const variants = code < 0 ? [] : caseVariants(code);
      this.next.clear();
      for (let i = 0; i < this.current.size; i++) {
        const instruction = instructions[this.current.pcs[i]!]!;
        if (instruction.op === 'match') {
          // Leftmost-first: this thread wins over every lower-priority thread still queued.
          match = { start: this.current.starts[i]!, end: pos };
          break;
        }
        if (code >= 0 && instruction.op === 'char' && classMatches(instruction.cls, variants)) {
          addThread(instructions, this.next, this.stack, instruction.next, this.current.starts[i]!, nextContext);
        }
      }
      if (code < 0) break;
      pos += width;
      const advanced = this.next;
      this.next = this.current;
      this.current = advanced;
    }
    return match;
  }
}
