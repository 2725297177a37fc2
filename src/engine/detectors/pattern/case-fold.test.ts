import { searchPattern } from '.';
import { compiled, expectFinds } from '../../../../test/helpers/pattern-oracle';

describe('case folding', () => {
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
