import * as full from './admin-patterns';
import * as lite from './admin-patterns-lite';
import { MAX_PATTERN_LENGTH, findAdminPatterns, type AdminPattern } from './admin-pattern-source';

// The on-send bundle uses the lite module; every expectation holds for both.
describe.each([
  ['re2js', full.compileAdminPattern],
  ['on-send matcher', lite.compileAdminPattern],
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
