import { expectFinds } from '../../../../test/helpers/pattern-oracle';

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
