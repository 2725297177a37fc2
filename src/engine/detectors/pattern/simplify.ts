import type { CharClass } from './char-class';
import type { Assertion } from './program';
import type { Tree } from './tree';

/**
 * The tree the compiler takes: counted repetitions expanded the way RE2's Simplify pass expands
 * them; copies share one sub-tree object. Expanding as RE2 does gives the program RE2's thread
 * priorities, so the leftmost-first match boundaries are RE2's (the re2js oracle checks them).
 */
export type Simple =
  | { readonly kind: 'empty'; readonly nullable: true }
  | { readonly kind: 'char'; readonly cls: CharClass; readonly nullable: false }
  | { readonly kind: 'assert'; readonly assertion: Assertion; readonly nullable: true }
  | { readonly kind: 'concat'; readonly items: readonly Simple[]; readonly nullable: boolean }
  | { readonly kind: 'alternate'; readonly branches: readonly Simple[]; readonly nullable: boolean }
  | { readonly kind: 'capture'; readonly body: Simple; readonly nullable: boolean }
  | { readonly kind: 'star' | 'plus' | 'quest'; readonly lazy: boolean; readonly body: Simple; readonly nullable: boolean };

type LoopKind = 'star' | 'plus' | 'quest';

const SIMPLE_EMPTY: Simple = { kind: 'empty', nullable: true };

export function simplify(tree: Tree): Simple {
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

/** `x{n,m}` as RE2 writes it: `x{2,}` → `xx+`, `x{2,4}` → `xx(x(x)?)?`. */
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

/** RE2's `simplify1`: `(?:)*` is empty and `(?:a*)*` is `a*`. */
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
