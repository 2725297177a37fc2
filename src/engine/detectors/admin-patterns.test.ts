import { RE2JS } from 're2js';
import { MAX_PATTERN_LENGTH, checkPatternSource, compileAdminPattern as compileWithVm, findAdminPatterns, type AdminPattern, type PatternCompilation } from './admin-patterns';

/** re2js behind the same gate: the test oracle the project's matcher is held to (devDependency only). */
function compileWithRe2js(source: string): PatternCompilation {
  const checked = checkPatternSource(source);
  if (!checked.ok) return checked;
  const regex = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  const find = (text: string) => {
    const matcher = regex.matcher(text);
    return matcher.find() ? { start: matcher.start(), end: matcher.end() } : null;
  };
  return { ok: true, pattern: { source, find } };
}

// Every expectation holds for the project's matcher and for the re2js oracle.
describe.each([
  ['re2js oracle', compileWithRe2js],
  ['pattern VM', compileWithVm],
])('admin patterns (%s)', (_engine, compileAdminPattern) => {
  function compiled(source: string): AdminPattern {
    const result = compileAdminPattern(source);
    if (!result.ok) throw new Error(result.message);
    return result.pattern;
  }

  test('match case-insensitively and show the pattern, never the matched text', () => {
    const [detection] = findAdminPatterns('项目 prj-2041 进展', [compiled('PRJ-\\d{4}')]);
    expect(detection).toMatchObject({ kind: 'pattern', display: '/PRJ-\\d{4}/' });
    expect(detection?.display).not.toContain('2041');
  });

  test('each pattern reports its first match only', () => {
    expect(findAdminPatterns('prj-1111 prj-2222', [compiled('prj-\\d{4}')])).toHaveLength(1);
    expect(findAdminPatterns('nothing here', [compiled('prj-\\d{4}')])).toEqual([]);
  });

  test('syntax outside the supported RE2 subset is rejected with the reason', () => {
    expect(compileAdminPattern('(')).toEqual({ ok: false, message: expect.stringContaining('unbalanced parenthesis') });
    expect(compileAdminPattern('a(?=b)')).toEqual({ ok: false, message: expect.stringContaining('look-ahead') });
    expect(compileAdminPattern('(a)\\1')).toMatchObject({ ok: false });
  });

  test('patterns that match empty text or are too long are rejected', () => {
    expect(compileAdminPattern('x*')).toEqual({ ok: false, message: expect.stringContaining('matches empty text') });
    expect(compileAdminPattern('a'.repeat(MAX_PATTERN_LENGTH + 1))).toMatchObject({ ok: false });
    expect(compileAdminPattern('a'.repeat(MAX_PATTERN_LENGTH))).toMatchObject({ ok: true });
  });

  test('a pattern that backtracks exponentially elsewhere gives the right answer on long input (RE2 is linear)', () => {
    const nested = compiled('(a+)+c');
    expect(findAdminPatterns(`${'a'.repeat(50_000)}b`, [nested])).toEqual([]);
    expect(findAdminPatterns(`${'a'.repeat(50_000)}c`, [nested])).toHaveLength(1);
  });
});
