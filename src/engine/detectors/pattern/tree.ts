import type { CharClass } from './char-class';
import type { Assertion } from './program';

/** The pattern as written; `repeat` is `{n,m}` (max -1 when open), kept apart for RE2's size rule. */
export type Tree =
  | { readonly kind: 'empty' }
  | { readonly kind: 'char'; readonly cls: CharClass }
  | { readonly kind: 'assert'; readonly assertion: Assertion }
  | { readonly kind: 'concat'; readonly items: readonly Tree[] }
  | { readonly kind: 'alternate'; readonly branches: readonly Tree[] }
  | { readonly kind: 'capture'; readonly body: Tree }
  | { readonly kind: 'star' | 'plus' | 'quest'; readonly lazy: boolean; readonly body: Tree }
  | { readonly kind: 'repeat'; readonly min: number; readonly max: number; readonly lazy: boolean; readonly body: Tree };

/** RE2's rule (its parser's `repeatIsValid`): counts of nested `{…}` may not multiply past `budget`. */
export function withinNestedRepeatLimit(tree: Tree, budget: number): boolean {
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
