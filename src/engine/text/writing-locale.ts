import { LOCALE_CONVENTIONS } from '../locale-conventions';
import type { Locale } from '../types';
import { countCjk } from './normalize';

/** How much of the author's text decides its language. */
const LANGUAGE_SAMPLE_CHARS = 4000;

/** Common characters written differently in the two scripts, to tell a Traditional text from a Simplified one. */
const SIMPLIFIED_ONLY = /[们这个来会对说时国为与还过么请谢经关点问题后发现实将当从见进长开门头应该让给东处资讯务电话联络单确认议预审计总报区记无书员号邮复转华业产类级办费购货质场动态气样几间网]/gu;
const TRADITIONAL_ONLY = /[們這個來會對說時國為與還過麼請謝經關點問題後發現實將當從見進長開門頭應該讓給東處資訊務電話聯絡單確認議預審計總報區記無書員號郵覆轉華業產類級辦費購貨質場動態氣樣幾間網]/gu;

/**
 * The language a mail is written in, for text a fix inserts into it: English when Latin words
 * outnumber CJK characters, else Chinese in the script the text uses (Traditional when its
 * Traditional-only characters outnumber the Simplified-only ones), else the UI's language.
 *
 * @example writingLocale('Dear Li, please confirm.', 'zh-CN') // 'en-US'
 */
export function writingLocale(fullText: string, uiLocale: Locale): Locale {
  // The opening of a mail tells its language; a long body adds nothing but time.
  const text = fullText.slice(0, LANGUAGE_SAMPLE_CHARS);
  const cjk = countCjk(text);
  const latinWords = text.match(/[a-z]+/giu)?.length ?? 0;
  if (cjk === 0 && latinWords === 0) return uiLocale;
  if (latinWords > cjk) return 'en-US';
  const simplified = text.match(SIMPLIFIED_ONLY)?.length ?? 0;
  const traditional = text.match(TRADITIONAL_ONLY)?.length ?? 0;
  if (traditional > simplified) return 'zh-TW';
  if (simplified > traditional) return 'zh-CN';
  return LOCALE_CONVENTIONS[uiLocale].chineseScript;
}
