import { caseVariants } from './case-fold';
import { classMatches, isAsciiWordChar } from './char-class';
import type { Assertion, Instruction, PatternMatch, Program } from './program';

/**
 * Steps every search may still take, shared by all of them: one per thread per character, and
 * one per character. `evaluate` sets it from its `patternSteps` option; once it is below 0, searches stop
 * where they are (the match found so far, or null), and Send records that patterns were cut short.
 */
export const vmSteps = { left: Infinity };

/** The leftmost-first match of `program` in `text`, as RE2 defines it, or null. */
export function searchPattern(program: Program, text: string): PatternMatch | null {
  return new PikeVm(program).search(text);
}

/**
 * True when the pattern can match an empty stretch somewhere in some text, assertions included:
 * `a*`, `x?` and `$` qualify, and so do `\b` and `^` (they match before nearly every mail).
 * Stricter than matching the empty text alone, which ignores what surrounds the match.
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
