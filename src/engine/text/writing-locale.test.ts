import fc from 'fast-check';
import { LOCALE_CONVENTIONS } from '../locale-conventions';
import type { Locale } from '../types';
import { countCjk } from './normalize';
import { writingLocale } from './writing-locale';

/** The definition by regular expressions (as RULES.md words it), which the one-pass count must equal. */
function byPatterns(fullText: string, uiLocale: Locale): Locale {
  const text = fullText.slice(0, 4000);
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu)?.length ?? 0;
  const latinWords = text.match(/[a-z]+/giu)?.length ?? 0;
  if (cjk === 0 && latinWords === 0) return uiLocale;
  if (latinWords > cjk) return 'en-US';
  const simplified = text.match(/[们这个来说时国为请谢经关点问题后发现]/gu)?.length ?? 0;
  const traditional = text.match(/[們這個來說時國為請謝經關點問題後發現]/gu)?.length ?? 0;
  if (traditional > simplified) return 'zh-TW';
  if (simplified > traditional) return 'zh-CN';
  return LOCALE_CONVENTIONS[uiLocale].chineseScript;
}

describe('writingLocale', () => {
  test('English when Latin words outnumber CJK characters, else the script the text uses', () => {
    expect(writingLocale('Dear Li, please confirm.', 'zh-CN')).toBe('en-US');
    expect(writingLocale('请确认这个问题', 'en-US')).toBe('zh-CN');
    expect(writingLocale('請確認這個問題', 'en-US')).toBe('zh-TW');
    expect(writingLocale('好的 ok', 'zh-TW')).toBe('zh-TW');
    expect(writingLocale('12345 !!', 'en-US')).toBe('en-US');
  });

  test('only the opening 4,000 characters count', () => {
    expect(writingLocale(`${'请'.repeat(4000)} ${'word '.repeat(5000)}`, 'en-US')).toBe('zh-CN');
  });

  test('`ſ` and the Kelvin sign are Latin letters, as for /[a-z]/iu', () => {
    expect(writingLocale('ſ \u212a 好', 'zh-CN')).toBe('en-US');
  });

  test('agrees with the definition by regular expressions (property)', () => {
    const unit = fc.constantFrom('a', 'Z', 'ſ', '\u212a', ' ', '1', '这', '這', '说', '說', '好', 'あ', '한', '\ud83d\ude00', '\ud800', 'é');
    const locale = fc.constantFrom<Locale>('zh-CN', 'zh-TW', 'en-US');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), locale, (text, ui) => {
        expect(writingLocale(text, ui)).toBe(byPatterns(text, ui));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('countCjk', () => {
  test('counts Han, kana and Hangul, not astral characters or lone surrogates', () => {
    expect(countCjk('预算 ab カナ 한글 \ud840\udc00 \ud800 﨑')).toBe(7);
  });
});
