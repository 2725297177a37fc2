import { adminText } from '../../off-send-text';
import type { CharClass } from './char-class';
import { PatternError } from './errors';
import { Parser } from './parse';
import type { Assertion, Program } from './program';
import { simplify, type Simple } from './simplify';

/**
 * Largest compiled program. Matching is linear in the text, but each character can cost one step
 * per instruction (every thread alive at once), so this bounds the work per character.
 */
export const MAX_INSTRUCTIONS = 1000;
/** Compiling walks shared sub-trees once per copy; bounds the walk for patterns of empty groups. */
const MAX_COMPILE_STEPS = 10 * MAX_INSTRUCTIONS;

export type PatternParse = { readonly ok: true; readonly program: Program } | { readonly ok: false; readonly message: string; readonly position: number };

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
 * patch lists are needed. The shapes are RE2's, on which its thread priorities depend: `x?` and
 * `x*` start with a split, `x+` ends with one, and a star over something that can match empty is
 * compiled as `(x+)?`.
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
