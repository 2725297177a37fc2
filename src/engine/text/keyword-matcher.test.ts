import fc from 'fast-check';
import { KeywordMatcher } from './keyword-matcher';
import { normalizeForMatch } from './normalize';

describe('KeywordMatcher', () => {
  test('finds overlapping keywords in one pass', () => {
    const matcher = new KeywordMatcher(['机密', '密码', '机密文件', '文件']);
    expect(matcher.findAll('机密码和机密文件').map((m) => [m.keyword, m.start])).toEqual([
      ['机密', 0],
      ['密码', 1],
      ['机密', 4],
      ['机密文件', 4],
      ['文件', 6],
    ]);
  });

  test('CJK keywords match anywhere, Simplified and Traditional as listed', () => {
    const matcher = new KeywordMatcher(['附件', '附檔']);
    expect(matcher.test('详见附件。')).toBe(true);
    expect(matcher.test('請見附檔')).toBe(true);
    expect(matcher.test('附加')).toBe(false);
  });

  test('Latin keywords only match at word boundaries', () => {
    const matcher = new KeywordMatcher(['hi', 'attached']);
    expect(matcher.test('this is it')).toBe(false);
    expect(matcher.test('unattached')).toBe(false);
    expect(matcher.test('hi there')).toBe(true);
    expect(matcher.test('see attached.')).toBe(true);
    expect(matcher.test('附件attached')).toBe(true);
  });

  test('keywords are folded with NFKC and lower case', () => {
    const matcher = new KeywordMatcher(['ＦＹＩ', 'Urgent']);
    expect(matcher.keywords).toEqual(['fyi', 'urgent']);
    expect(matcher.test(normalizeForMatch('ＵＲＧＥＮＴ: now'))).toBe(true);
  });

  test('blankOut replaces matches with spaces and keeps every offset', () => {
    const negations = new KeywordMatcher(['无附件', 'no attachment']);
    expect(negations.blankOut('本邮件无附件，见附件')).toBe('本邮件   ，见附件');
    expect(negations.blankOut('there is no attachment here')).toBe(`there is ${' '.repeat('no attachment'.length)} here`);
    expect(negations.blankOut('untouched')).toBe('untouched');
  });

  test('forEach reads a range in place, judging word boundaries on the whole text', () => {
    const matcher = new KeywordMatcher(['hi', '机密']);
    const seen: Array<[number, number, string]> = [];
    matcher.forEach('this hi 机密 hi', (start, end, keyword) => void seen.push([start, end, keyword]), 1, 11);
    // `hi` inside `this` is not a word even though the range starts after `t`; the last `hi` is out of range.
    expect(seen).toEqual([
      [5, 7, 'hi'],
      [8, 10, '机密'],
    ]);
  });

  test('an empty list matches nothing', () => {
    expect(new KeywordMatcher([]).findAll('anything')).toEqual([]);
    expect(new KeywordMatcher(['  ', '']).isEmpty).toBe(true);
  });

  test('agrees with a naive substring search for CJK keywords (property)', () => {
    const alphabet = fc.constantFrom('机', '密', '秘', '内', '部', '资', '料', 'a', ' ');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.string({ unit: alphabet, maxLength: 60 }), (keywords, text) => {
        const cjkKeywords = keywords.map((k) => k.replace(/[a ]/gu, '')).filter(Boolean);
        const matcher = new KeywordMatcher(cjkKeywords);
        const naive = cjkKeywords.some((keyword) => text.includes(keyword));
        expect(matcher.test(text)).toBe(naive);
      }),
    );
  });

  test('finds exactly the matches of a naive search, Latin word boundaries included (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '_', '1', '机', '密', ' ', '-');
    const isWord = (char: string | undefined) => char !== undefined && /[a-z0-9_]/iu.test(char);
    const naive = (keywords: readonly string[], text: string) => {
      const found: string[] = [];
      for (let end = 1; end <= text.length; end++) {
        for (const keyword of keywords) {
          const start = end - keyword.length;
          if (start < 0 || !text.startsWith(keyword, start)) continue;
          if (isWord(keyword[0]) && isWord(text[start - 1])) continue;
          if (isWord(keyword[keyword.length - 1]) && isWord(text[end])) continue;
          found.push(`${start}:${keyword}`);
        }
      }
      return found.sort();
    };
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.string({ unit: alphabet, maxLength: 60 }), (keywords, text) => {
        const matcher = new KeywordMatcher(keywords);
        const found = matcher.findAll(text).map((match) => `${match.start}:${match.keyword}`);
        expect(found.sort()).toEqual(naive(matcher.keywords, text));
      }),
      { numRuns: 500 },
    );
  });
});
