import { matchesEmpty } from '.';
import { compiled, expectFinds, find } from '../../../../test/helpers/pattern-oracle';

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
