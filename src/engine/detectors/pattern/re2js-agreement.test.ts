import fc from 'fast-check';
import { RE2JS } from 're2js';
import { matchesEmpty, parsePattern, searchPattern, type Program } from '.';
import { find, re2Accepts, re2Find } from '../../../../test/helpers/pattern-oracle';

// Property tests against re2js, the test oracle: the VM defines the semantics, re2js checks them.

const PATTERN_LITERALS = ['a', 'b', 'A', '机', '密', '1', '-', ' ', '😀', '\\.', '\\-', '\\n', 'k'];
const TEXT_CHARS = ['a', 'b', 'A', 'B', '机', '密', '1', '-', ' ', '😀', '\n', '.', 'K', '\u212a', 'x'];

const quantifier = fc.constantFrom('', '', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{0,2}', '{1,}', '{2,3}?', '{0}', '{1,3}', '{0,}?', '{2,}');
const classItem = fc.constantFrom('a', 'b', 'B', '机', '密-机', 'a-b', '0-9', '\\d', '\\D', '\\W', '\\s', '😀', '\\]', '\\-', ' ', '\\n', 'K-Z', '.');
const charClass = fc
  .tuple(fc.boolean(), fc.boolean(), fc.array(classItem, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([negated, dashFirst, items, dashLast]) => `[${negated ? '^' : ''}${dashFirst ? '-' : ''}${items.join('')}${dashLast ? '-' : ''}]`);

/** Patterns from the grammar of the subset, over a small alphabet so that they often match. */
const { pattern: subsetPattern } = fc.letrec<{ atom: string; group: string; piece: string; branch: string; pattern: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small', maxDepth: 4, depthIdentifier: 'regex' },
    fc.constantFrom(...PATTERN_LITERALS),
    fc.constantFrom('\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '.'),
    charClass,
    fc.constantFrom('^', '$', '\\b', '\\B'),
    tie('group'),
  ),
  group: fc.tuple(fc.constantFrom('(', '(?:'), tie('pattern')).map(([open, body]) => `${open}${body})`),
  piece: fc.tuple(tie('atom'), quantifier).map(([atom, suffix]) => atom + suffix),
  branch: fc.array(tie('piece'), { maxLength: 4 }).map((pieces) => pieces.join('')),
  pattern: fc.array(tie('branch'), { minLength: 1, maxLength: 3 }).map((branches) => branches.join('|')),
}));

const text = fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 14 }).map((chars) => chars.join(''));

/** The grammar can, very rarely, nest counted repetitions into more than MAX_INSTRUCTIONS. */
function parsedWithinSizeLimit(source: string): Program | null {
  const parsed = parsePattern(source);
  if (parsed.ok) return parsed.program;
  expect({ source, message: parsed.message }).toEqual({ source, message: expect.stringMatching(/^pattern is too large/u) });
  return null;
}

/** Anything at all made of metacharacters and escape letters: exercises the parser's rejections. */
const noisyPattern = fc
  .array(fc.constantFrom('a', 'b', '机', '😀', '(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '^', '$', '\\', '.', '-', ',', '0', '1', '2', ':', '=', '!', '<', 'd', 'w', 'b', 'B', 's', 'D', 'x', 'P', 'Q', 'n', '#'), {
    maxLength: 12,
  })
  .map((chars) => chars.join(''));

describe('agreement with re2js', () => {
  test('every pattern of the subset grammar is accepted by both and finds the same match', () => {
    fc.assert(
      fc.property(subsetPattern, fc.array(text, { minLength: 1, maxLength: 3 }), (source, texts) => {
        const program = parsedWithinSizeLimit(source);
        if (program === null) return;
        const re2 = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
        for (const sample of texts) {
          const matcher = re2.matcher(sample);
          const expected = matcher.find() ? { start: matcher.start(), end: matcher.end() } : null;
          expect({ source, sample, found: searchPattern(program, sample) }).toEqual({ source, sample, found: expected });
        }
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  test('any pattern parsePattern accepts, re2js accepts too, and they find the same match', () => {
    let accepted = 0;
    fc.assert(
      fc.property(noisyPattern, fc.array(text, { minLength: 1, maxLength: 3 }), (source, texts) => {
        const parsed = parsePattern(source);
        if (!parsed.ok) return;
        accepted++;
        expect({ source, re2Accepts: re2Accepts(source) }).toEqual({ source, re2Accepts: true });
        for (const sample of texts) expect({ source, sample, found: find(source, sample) }).toEqual({ source, sample, found: re2Find(source, sample) });
      }),
      { numRuns: 3000 },
    );
    // The parser rejects most noise; enough is accepted for the comparison to mean something.
    expect(accepted).toBeGreaterThan(100);
  }, 120_000);

  test('matchesEmpty is true exactly when re2js finds an empty match in one of the nine contexts', () => {
    // Before: start of text, a word character, a non-word one; after: end of text, word, non-word.
    const contexts = ['', 'a', ' '].flatMap((before) => ['', 'a', ' '].map((after) => [before, after] as const));
    fc.assert(
      fc.property(subsetPattern, (source) => {
        const program = parsedWithinSizeLimit(source);
        if (program === null) return;
        const expected = contexts.some(([before, after]) => re2Find(`^${before}(?:${source})${after}$`, before + after) !== null);
        expect({ source, empty: matchesEmpty(program) }).toEqual({ source, empty: expected });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
