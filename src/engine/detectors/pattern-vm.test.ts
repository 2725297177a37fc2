import fc from 'fast-check';
import { RE2JS } from 're2js';
import { MAX_GROUP_NESTING, MAX_INSTRUCTIONS, MAX_REPEAT_COUNT, matchesEmpty, parsePattern, searchPattern, type Program } from './pattern-vm';

type Span = [number, number] | null;

function compiled(source: string): Program {
  const parsed = parsePattern(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.message}`);
  return parsed.program;
}

function find(source: string, text: string): Span {
  const match = searchPattern(compiled(source), text);
  return match === null ? null : [match.start, match.end];
}

function re2Find(source: string, text: string): Span {
  const matcher = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE).matcher(text);
  return matcher.find() ? [matcher.start(), matcher.end()] : null;
}

function rejection(source: string): string {
  const parsed = parsePattern(source);
  if (parsed.ok) throw new Error(`${source} was accepted`);
  return parsed.message;
}

function re2Accepts(source: string): boolean {
  try {
    RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    return true;
  } catch {
    return false;
  }
}

/** Each case is checked against re2js too, so the expectations cannot drift from RE2. */
function expectFinds(cases: readonly (readonly [string, string, Span])[]): void {
  for (const [source, text, expected] of cases) {
    expect({ source, text, found: find(source, text) }).toEqual({ source, text, found: expected });
    expect({ source, text, re2: re2Find(source, text) }).toEqual({ source, text, re2: expected });
  }
}

describe('literals', () => {
  test('English and Chinese text, found leftmost', () => {
    expectFinds([
      ['abc', 'xxabcxx abc', [2, 5]],
      ['abc', 'ab c', null],
      ['机密', '这是机密文件，机密', [2, 4]],
      ['机密', '机 密', null],
      ['prj-2041', '项目 prj-2041 进展', [3, 11]],
      ['a]b}', 'a]b}', [0, 4]],
    ]);
  });

  test('astral characters are one character and offsets are UTF-16', () => {
    expectFinds([
      ['😀', 'a😀b', [1, 3]],
      ['😀+', 'a😀😀b', [1, 5]],
      ['a.b', 'a😀b', [0, 4]],
      ['.', '😀', [0, 2]],
      ['[😀-😂]', 'x😁', [1, 3]],
      ['😀{2}', '😀😀😀', [0, 4]],
      ['b', '😀b', [2, 3]],
    ]);
  });

  test('escaped metacharacters match themselves', () => {
    for (const char of ['\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$', '-', '/']) {
      expect(find(`x\\${char}`, `ax${char}`)).toEqual([1, 3]);
      expect(find(`x\\${char}`, 'axy')).toBeNull();
    }
    expectFinds([
      ['a\\tb', 'a\tb', [0, 3]],
      ['a\\nb', 'a\nb', [0, 3]],
      ['a\\rb', 'a\rb', [0, 3]],
      ['\\x41', 'xa', [1, 2]],
      ['\\.', 'ab', null],
    ]);
  });

  test('matching is case-insensitive, in both directions', () => {
    expectFinds([
      ['PRJ', 'x prj', [2, 5]],
      ['prj', 'x PRJ', [2, 5]],
      ['[A-C]+', 'xabcd', [1, 4]],
      ['[a-c]+', 'xABCD', [1, 4]],
      ['[^a]', 'Ab', [1, 2]],
      ['\\x41', 'a', [0, 1]],
      ['É', 'é', [0, 1]],
      ['σ', 'ς', [0, 1]],
      ['s', 'ſ', [0, 1]],
      ['K', '\u212a', [0, 1]],
      ['ß', 'ẞ', [0, 1]],
      // RE2 keeps the Turkish dotless and dotted i apart from i.
      ['i', 'ı', null],
      ['i', 'İ', null],
      ['机', '機', null],
    ]);
  });

  test('case folding agrees with Unicode simple case folding (what re2js uses) for every cased character', () => {
    const cased: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (char.toLowerCase() !== char || char.toUpperCase() !== char) cased.push(char);
    }
    const all = cased.join('');
    const disagreements: string[] = [];
    for (const char of cased) {
      // Partners: the characters of the same simple-case-folding class (the `iu` flags fold so),
      // and the lower and upper case forms, which must match exactly when they are partners.
      const partners = new Set(all.match(new RegExp(char, 'giu')) ?? []);
      const candidates = new Set([...partners, char.toLowerCase(), char.toUpperCase(), char.toLowerCase().toUpperCase(), char.toUpperCase().toLowerCase()]);
      const program = compiled(char);
      for (const candidate of candidates) {
        const expected = new RegExp(`^${char}$`, 'iu').test(candidate);
        if ((searchPattern(program, candidate) !== null) !== expected) disagreements.push(`${char} ${candidate}`);
      }
    }
    expect(cased.length).toBeGreaterThan(2500);
    expect(disagreements).toEqual([]);
  }, 60_000);
});

describe('character classes', () => {
  test('Perl classes are ASCII, as in RE2', () => {
    expectFinds([
      ['\\d+', 'ab 2041 cd', [3, 7]],
      ['\\d', '１٣', null],
      ['\\D+', '12ab34', [2, 4]],
      ['\\w+', '机密 abc_9 x', [3, 8]],
      ['\\w', '机密', null],
      ['\\W+', 'ab机密!cd', [2, 5]],
      ['\\s+', 'a \t\n\f\rb', [1, 6]],
      ['\\s', 'a\u3000b\u00a0', null],
      ['\\S+', '  机密 ', [2, 4]],
    ]);
  });

  test('dot matches anything but a newline', () => {
    expectFinds([
      ['a.c', 'a\nc abc', [4, 7]],
      ['.+', '\n机密\n', [1, 3]],
      ['a.c', 'a\nc', null],
    ]);
  });

  test('brackets: ranges, negation, escapes, a dash first or last', () => {
    expectFinds([
      ['[a-c]+', 'xxcabz', [2, 5]],
      ['[一-龥]+', 'abc机密文件123', [3, 7]],
      ['[^一-龥]+', '机密abc文件', [2, 5]],
      ['[^a]', 'a\n', [1, 2]],
      ['[-a]+', 'x-a-b', [1, 4]],
      ['[a-]+', 'x-a-b', [1, 4]],
      ['[^-a]+', '-a-bc', [3, 5]],
      ['[\\]\\[\\\\\\-]+', 'x[]\\-y', [1, 5]],
      ['[.*+?(){}|^$]+', 'a.*+?(){}|^$b', [1, 12]],
      ['[\\d\\s]+', 'ab1 2cd', [2, 5]],
      ['[\\W]', 'ab 机', [2, 3]],
      ['[^\\W]+', '机ab机', [1, 3]],
      ['[\\n]', 'a\nb', [1, 2]],
      ['[\\x41-\\x43]+', 'xabcd', [1, 4]],
      ['[😀-😂]+', 'a😁😂😃', [1, 5]],
      ['[a-c]', 'xyz', null],
    ]);
  });
});

describe('groups, alternation and quantifiers', () => {
  test('groups and alternation, leftmost-first rather than longest', () => {
    expectFinds([
      ['(ab)+', 'xababa', [1, 5]],
      ['(?:ab|cd)+', 'xabcdab', [1, 7]],
      ['a|ab', 'ab', [0, 1]],
      ['ab|a', 'ab', [0, 2]],
      ['机密|秘密', '这是秘密', [2, 4]],
      ['a|', 'ba', [0, 0]],
      ['|a', 'a', [0, 0]],
      ['()', 'a', [0, 0]],
      ['x(a|b|)y', 'xy', [0, 2]],
    ]);
  });

  test('greedy quantifiers take more, lazy ones fewer', () => {
    expectFinds([
      ['a+', 'xaaay', [1, 4]],
      ['a+?', 'xaaay', [1, 2]],
      ['a*', 'aaa', [0, 3]],
      ['a*?', 'aaa', [0, 0]],
      ['a*?b', 'aaab', [0, 4]],
      ['a?', 'a', [0, 1]],
      ['a??', 'a', [0, 0]],
      ['a??b', 'ab', [0, 2]],
      ['<.+>', '<a><b>', [0, 6]],
      ['<.+?>', '<a><b>', [0, 3]],
      ['a{2,4}', 'aaaaa', [0, 4]],
      ['a{2,4}?', 'aaaaa', [0, 2]],
      ['a{2,}', 'aaaaa', [0, 5]],
      ['a{2,}?', 'aaaaa', [0, 2]],
      ['(a|ab)(c|bcd)(d*)', 'abcd', [0, 4]],
    ]);
  });

  test('counted repetition edges', () => {
    expectFinds([
      ['a{3}', 'aa', null],
      ['a{3}', 'aaaa', [0, 3]],
      ['a{0}', 'a', [0, 0]],
      ['ba{0}c', 'bc', [0, 2]],
      ['a{0,1}', 'aa', [0, 1]],
      ['a{1,1}b', 'ab', [0, 2]],
      ['\\d{4}', '123 4567', [4, 8]],
      ['(?:ab){2}', 'abab', [0, 4]],
      ['密{2,3}', '密密密密', [0, 3]],
    ]);
    expect(find(`a{${MAX_REPEAT_COUNT}}`, 'a'.repeat(MAX_REPEAT_COUNT))).toEqual([0, MAX_REPEAT_COUNT]);
    expect(find(`a{${MAX_REPEAT_COUNT}}`, 'a'.repeat(MAX_REPEAT_COUNT - 1))).toBeNull();
    expect(find(`a{1,${MAX_REPEAT_COUNT}}`, 'a'.repeat(150))).toEqual([0, MAX_REPEAT_COUNT]);
    expect(find(`(?:a{9}){${MAX_REPEAT_COUNT}}`, 'a'.repeat(1000))).toEqual([0, 900]);
    expect(rejection(`a{${MAX_REPEAT_COUNT + 1}}`)).toBe('invalid repeat count at 1: {101} is above 100');
    expect(rejection(`a{1,${MAX_REPEAT_COUNT + 1}}`)).toBe('invalid repeat count at 1: {1,101} is above 100');
  });

  test('quantified assertions and empty groups agree with re2js', () => {
    expectFinds([
      ['^*a', 'ba', [1, 2]],
      ['\\b+a', 'ba a', [3, 4]],
      ['(|a)*', 'aa', [0, 0]],
      ['(|a)+', 'aa', [0, 0]],
      ['(a|)*', 'aab', [0, 2]],
      ['(a*)*b', 'aab', [0, 3]],
      ['(a*?)*?b', 'aab', [0, 3]],
      ['(?:a*)+?', 'aa', [0, 2]],
    ]);
  });
});

describe('anchors and word boundaries', () => {
  test('^ and $ are the start and end of the text (no multiline)', () => {
    expectFinds([
      ['^abc', 'abc abc', [0, 3]],
      ['^abc', 'xabc', null],
      ['abc$', 'abc abc', [4, 7]],
      ['abc$', 'abc\n', null],
      ['a$', 'a\nb', null],
      ['^b', 'a\nb', null],
      ['^$', '', [0, 0]],
      ['$', 'a\n', [2, 2]],
      ['a^b', 'ab', null],
      ['^机密$', '机密', [0, 2]],
    ]);
  });

  test('\\b and \\B use ASCII word characters', () => {
    expectFinds([
      ['\\bcat\\b', 'concat cat', [7, 10]],
      ['\\bcat\\b', 'concat cats', null],
      ['\\Bcat', 'concat', [3, 6]],
      ['\\Bcat', 'cat', null],
      ['\\b机密', 'ab机密', [2, 4]],
      ['\\b机密', '机密', null],
      ['密\\b', '机密abc', [1, 2]],
      ['\\bé', 'é', null],
      ['\\b', '机 密', null],
      ['\\b', 'x', [0, 0]],
      ['a\\b', 'a😀', [0, 1]],
    ]);
  });
});

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

describe('matchesEmpty', () => {
  test.each([
    ['a*', true],
    ['x?', true],
    ['a{0}', true],
    ['(a|)', true],
    ['$', true],
    ['^', true],
    ['\\b', true],
    ['^a?$', true],
    ['a', false],
    ['a+', false],
    ['[^a]', false],
    ['\\ba\\b', false],
    ['\\b\\B', false],
    ['^$a', false],
    ['机密*', false],
  ])('%s → %s', (source, expected) => {
    expect(matchesEmpty(compiled(source))).toBe(expected);
  });
});

describe('linear time on patterns that backtrack exponentially elsewhere', () => {
  const run = 'a'.repeat(50_000);
  test.each([
    ['(a+)+$', `${run}b`, null],
    ['(a+)+$', run, [0, 50_000]],
    ['(a|a)*b', run, null],
    ['(a|a)*b', `${run}b`, [0, 50_001]],
    ['(a*)*b', run, null],
    ['(a*)*b', `${run}b`, [0, 50_001]],
    ['(?:a+a+)+c', run, null],
    ['(a|aa)*?$', run, [0, 50_000]],
  ] as const)('%s', (source, text, expected) => {
    expect(find(source, text)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests against re2js

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
