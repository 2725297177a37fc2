import { MAX_REPEAT_COUNT } from '.';
import { expectFinds, find, rejection } from '../../../../test/helpers/pattern-oracle';

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
