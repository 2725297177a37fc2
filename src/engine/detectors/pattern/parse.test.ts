import { MAX_GROUP_NESTING, MAX_INSTRUCTIONS, parsePattern } from '.';
import { compiled, find, re2Accepts, rejection } from '../../../../test/helpers/pattern-oracle';

describe('rejected syntax', () => {
  test.each([
    ['ab(?=c)', 'unsupported syntax at 2: look-ahead (?=…) is not allowed'],
    ['ab(?!c)', 'unsupported syntax at 2: negative look-ahead (?!…) is not allowed'],
    ['(?<=a)b', 'unsupported syntax at 0: look-behind (?<=…) is not allowed'],
    ['(?<!a)b', 'unsupported syntax at 0: negative look-behind (?<!…) is not allowed'],
    ['(?<name>a)', 'unsupported syntax at 0: named groups are not allowed; use (…) or (?:…)'],
    ['(?P<name>a)', 'unsupported syntax at 0: named groups are not allowed; use (…) or (?:…)'],
    ['(?i)abc', 'unsupported syntax at 0: flags and other (?…) groups are not allowed; only (?:…)'],
    ['(?i:abc)', 'unsupported syntax at 0: flags and other (?…) groups are not allowed; only (?:…)'],
    ['(a)\\1', 'unsupported syntax at 3: back-references like \\1 are not allowed'],
    ['\\0', 'unsupported syntax at 0: octal escapes like \\0 are not allowed'],
    ['\\p{Han}', 'unsupported syntax at 0: Unicode classes like \\p{…} are not allowed'],
    ['a\\PL', 'unsupported syntax at 1: Unicode classes like \\P{…} are not allowed'],
    ['a*+', 'unsupported syntax at 2: possessive quantifiers like *+ are not allowed'],
    ['a{2}+', 'unsupported syntax at 4: possessive quantifiers like *+ are not allowed'],
    ['[[:alpha:]]', 'unsupported syntax at 1: POSIX classes like [:alpha:] are not allowed'],
    ['\\Qa.b\\E', 'unsupported syntax at 0: \\Q…\\E quoting is not allowed'],
    ['\\x{41}', 'unsupported syntax at 0: \\x{…} is not allowed; write \\xHH'],
    ['\\x4', 'unsupported syntax at 0: \\x must be followed by two hex digits'],
    ['\\u0041', 'unsupported syntax at 0: \\u escapes are not allowed (RE2 has none); write the character itself'],
    ['a\\z', 'unsupported syntax at 1: unknown escape \\z'],
    ['\\A', 'unsupported syntax at 0: unknown escape \\A'],
    ['\\机', 'unsupported syntax at 0: unknown escape \\机'],
    ['ab\\', 'unsupported syntax at 2: the pattern ends with a lone backslash'],
    ['(ab', 'unbalanced parenthesis at 0'],
    ['a(b(c)', 'unbalanced parenthesis at 1'],
    ['ab)', 'unbalanced parenthesis at 2'],
    ['[ab', 'missing closing ] for the class at 0'],
    ['[]a]', 'unsupported syntax at 1: a class cannot start with ]; write \\]'],
    ['[^]a]', 'unsupported syntax at 2: a class cannot start with ]; write \\]'],
    ['[a-b-c]', 'unsupported syntax at 4: a - inside a class must come first or last, or be escaped as \\-'],
    ['[\\d-z]', 'unsupported syntax at 3: a - inside a class must come first or last, or be escaped as \\-'],
    ['[a-\\d]', 'unsupported syntax at 3: a class like \\d cannot end a range'],
    ['[z-a]', 'invalid character class range at 1: z-a'],
    ['[\\b]', 'unsupported syntax at 1: \\b is not allowed inside a class'],
    ['*a', 'missing argument to repetition operator at 0: * has nothing to repeat'],
    ['a|+', 'missing argument to repetition operator at 2: + has nothing to repeat'],
    ['({2})', 'missing argument to repetition operator at 1: {…} has nothing to repeat'],
    ['a**', 'invalid nested repetition operator at 2'],
    ['a*??', 'invalid nested repetition operator at 3'],
    ['a{2}{3}', 'invalid nested repetition operator at 4'],
    ['a{', 'unsupported syntax at 1: a literal { must be escaped as \\{'],
    ['a{,3}', 'unsupported syntax at 1: a literal { must be escaped as \\{'],
    ['{a}', 'unsupported syntax at 0: a literal { must be escaped as \\{'],
    ['a{01}', 'invalid repeat count at 1: leading zero in {01}'],
    ['a{3,2}', 'invalid repeat count at 1: {3,2} has minimum above maximum'],
    ['(a{40}){30}', 'invalid repeat count at 7: nested counts multiply to more than 1000'],
    ['a\ud800', 'unsupported syntax at 1: lone surrogate'],
  ])('%s', (source, message) => {
    expect(rejection(source)).toBe(message);
  });

  test('groups nest at most MAX_GROUP_NESTING deep', () => {
    const nested = (depth: number) => `${'('.repeat(depth)}a${')'.repeat(depth)}`;
    expect(find(nested(MAX_GROUP_NESTING), 'xa')).toEqual([1, 2]);
    expect(rejection(nested(MAX_GROUP_NESTING + 1))).toBe(`unsupported syntax at ${MAX_GROUP_NESTING}: groups nested deeper than ${MAX_GROUP_NESTING}`);
  });

  test('programs are capped at MAX_INSTRUCTIONS, counting the final match', () => {
    expect(compiled('a'.repeat(MAX_INSTRUCTIONS - 1)).instructions).toHaveLength(MAX_INSTRUCTIONS);
    const tooLarge = `pattern is too large: it compiles to more than ${MAX_INSTRUCTIONS} instructions`;
    expect(rejection('a'.repeat(MAX_INSTRUCTIONS))).toBe(tooLarge);
    expect(compiled('(?:a{100}b{100}c{100}){3}').instructions.length).toBeGreaterThan(900);
    expect(rejection('(?:a{100}b{100}c{100}){4}')).toBe(tooLarge);
    // Each character can cost a step per instruction: `(.*){100}q` over 1 MB took 5 s at 5000.
    expect(MAX_INSTRUCTIONS).toBe(1000);
    // Empty groups compile to nothing, but expanding them still takes work, which is bounded too.
    expect(rejection('(?:(()){100}){10}'.repeat(100))).toBe('pattern is too large: it compiles to more than 10000 nodes');
  });

  test('rejected patterns that RE2 accepts stay outside the subset on purpose', () => {
    for (const source of ['[]a]', 'a{,3}', '\\z', '(?i)a', '[a-b-c]', '\\pL', '\\x{41}', '(?P<n>a)', '\\0']) {
      expect(re2Accepts(source)).toBe(true);
      expect(parsePattern(source).ok).toBe(false);
    }
  });
});
