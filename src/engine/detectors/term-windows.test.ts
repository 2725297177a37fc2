import fc from 'fast-check';
import terms from '../data/sensitive-terms.json';
import { KeywordMatcher } from '../text/keyword-matcher';
import { normalizeForMatch } from '../text/normalize';
import { TermWindows } from './term-windows';

const KEYWORDS = [...terms.markings, ...terms.keywords, ...terms.passwordWords, ...terms.disclaimerPhrases, '1号文件', 'a1b', '_x'];
const matcher = new KeywordMatcher(KEYWORDS);
const windows = new TermWindows(matcher.keywords);

describe('TermWindows', () => {
  test('finds what a full scan finds, with offsets into the whole text', () => {
    const text = normalizeForMatch('前言。以下为机密，Confidential! 密码：abc1234 (not confidentiality) 【秘密】 top secret, 1号文件 a1b _x');
    expect(windows.findAll(text, matcher)).toEqual(matcher.findAll(text));
    expect(windows.findAll(text, matcher).length).toBeGreaterThan(6);
  });

  test('respects word boundaries at the edges of a window', () => {
    for (const text of ['xconfidential', 'confidentialx', '1password', 'password_', 'discard card', 'top secrets']) {
      expect(windows.findAll(text, matcher)).toEqual(matcher.findAll(text));
    }
  });

  test('property: the same matches as a full scan on any text made of term pieces', () => {
    const pieces = fc.constantFrom('机', '密', '机密', '秘密', '★', '【', '】', '[', 'confidential', 'top', ' secret', 'password', ':', 'pwd', 'x', '1', '_', ' ', '\n', '号文件', 'a1b', 'intended recipient', '不得外传', '内部');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(windows.findAll(text, matcher)).toEqual(matcher.findAll(text));
      }),
    );
  });

  test('an empty list finds nothing', () => {
    expect(new TermWindows([]).findAll('机密 confidential', new KeywordMatcher([]))).toEqual([]);
  });
});
