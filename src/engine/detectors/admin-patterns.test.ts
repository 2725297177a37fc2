import { compileAdminPattern, findAdminPatterns, MAX_PATTERN_LENGTH, type AdminPattern } from './admin-patterns';

function compiled(source: string): AdminPattern {
  const result = compileAdminPattern(source);
  if (!result.ok) throw new Error(result.message);
  return result.pattern;
}

describe('admin patterns', () => {
  test('match case-insensitively and show the pattern, never the matched text', () => {
    const [detection] = findAdminPatterns('项目 prj-2041 进展', [compiled('PRJ-\\d{4}')]);
    expect(detection).toMatchObject({ kind: 'pattern', display: '/PRJ-\\d{4}/' });
    expect(detection?.display).not.toContain('2041');
  });

  test('each pattern reports its first match only', () => {
    expect(findAdminPatterns('prj-1111 prj-2222', [compiled('prj-\\d{4}')])).toHaveLength(1);
    expect(findAdminPatterns('nothing here', [compiled('prj-\\d{4}')])).toEqual([]);
  });

  test('syntax RE2 does not support is rejected with the reason', () => {
    expect(compileAdminPattern('(')).toEqual({ ok: false, message: expect.stringContaining('missing closing )') });
    expect(compileAdminPattern('a(?=b)')).toEqual({ ok: false, message: expect.stringContaining('not a valid RE2 regular expression') });
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
