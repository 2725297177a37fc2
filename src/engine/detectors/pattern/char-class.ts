import { CASED_BLOCKS, caseVariants, rangesContain } from './case-fold';

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

function rangesContainAny(ranges: readonly number[], codes: readonly number[]): boolean {
  for (const code of codes) if (rangesContain(ranges, code)) return true;
  return false;
}

/** `variants` are the case variants of one text character. */
export function classMatches(cls: CharClass, variants: readonly number[]): boolean {
  let inside = rangesContainAny(cls.ranges, variants);
  for (let i = 0; !inside && i < cls.complements.length; i++) inside = !rangesContainAny(cls.complements[i]!, variants);
  return inside !== cls.negated;
}

/** Collects ranges with their other cases, then sorts and merges them. */
export class RangeBuilder {
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

export function literalClass(code: number): CharClass {
  return { ranges: new RangeBuilder().addFolded(code, code).build(), complements: [], negated: false };
}

export { isAsciiWordCode as isAsciiWordChar } from '../../text/normalize';

const DIGIT_RANGES = new RangeBuilder().addFolded(0x30, 0x39).build();
const WORD_RANGES = new RangeBuilder().addFolded(0x30, 0x39).addFolded(0x41, 0x5a).addFolded(0x5f, 0x5f).addFolded(0x61, 0x7a).build();
const SPACE_RANGES = new RangeBuilder().addFolded(0x09, 0x0a).addFolded(0x0c, 0x0d).addFolded(0x20, 0x20).build();
const NEWLINE = 0x0a;
export const ANY_BUT_NEWLINE: CharClass = { ranges: [NEWLINE, NEWLINE], complements: [], negated: true };

/** The Perl classes `\d \w \s`, by their escape letter. */
export const PERL_CLASSES: Readonly<Record<string, readonly number[]>> = { d: DIGIT_RANGES, w: WORD_RANGES, s: SPACE_RANGES };
