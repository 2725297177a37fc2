/**
 * Case folding for the pattern VM: which code points a character matches case-insensitively.
 * The classes are RE2's simple case folding (the property tests hold them to re2js, the oracle).
 */

/**
 * Blocks holding every character with a case mapping (Unicode 16, with margins; the tests check
 * every code point of the running engine). Outside them a character has no other case, which
 * spares two string conversions per CJK character.
 */
export const CASED_BLOCKS = [
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
export function caseVariants(code: number): readonly number[] {
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

/** Binary search in sorted `[lo, hi]` pairs. */
export function rangesContain(ranges: readonly number[], code: number): boolean {
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
