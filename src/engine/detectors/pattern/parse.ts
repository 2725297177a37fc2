import { adminText } from '../../off-send-text';
import { ANY_BUT_NEWLINE, PERL_CLASSES, RangeBuilder, literalClass, type CharClass } from './char-class';
import { PatternError, describeEscape, describeSpecialGroup, unsupported } from './errors';
import { withinNestedRepeatLimit, type Tree } from './tree';

/** Largest count in `{n}`, `{n,}` and `{n,m}` (RE2 allows 1000; small programs load fast). */
export const MAX_REPEAT_COUNT = 100;
/** Deepest nesting of groups (keeps the parser's recursion shallow; RE2's own limit is far above). */
export const MAX_GROUP_NESTING = 100;
/** RE2 rejects nested counted repetitions whose counts multiply to more than this. */
const RE2_NESTED_REPEAT_LIMIT = 1000;

const EMPTY: Tree = { kind: 'empty' };
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d };
const COUNTED_REPEAT = /^\{(\d+)(,(\d*))?\}/;

/** Reads `source` into a tree; `parse` throws a `PatternError` naming the first problem and its position. */
export class Parser {
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
