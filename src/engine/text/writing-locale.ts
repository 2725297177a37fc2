import { LOCALE_CONVENTIONS } from '../locale-conventions';
import type { Locale } from '../types';
import { isCjkCode } from './normalize';

/** How much of the author's text decides its language. */
const LANGUAGE_SAMPLE_CHARS = 4000;

/** Common characters written differently in the two scripts, to tell a Traditional text from a Simplified one. */
const SIMPLIFIED_ONLY = '们这个来会对说时国为与还过么请谢经关点问题后发现实将当从见进长开门头应该让给东处资讯务电话联络单确认议预审计总报区记无书员号邮复转华业产类级办费购货质场动态气样几间网';
const TRADITIONAL_ONLY = '們這個來會對說時國為與還過麼請謝經關點問題後發現實將當從見進長開門頭應該讓給東處資訊務電話聯絡單確認議預審計總報區記無書員號郵覆轉華業產類級辦費購貨質場動態氣樣幾間網';
/** +1 for a Simplified-only character, -1 for a Traditional-only one (the lists share none). */
// Pure, so a bundle that never calls writingLocale (Send's: only fixes call it) drops the table.
const SCRIPT_WEIGHT = /* @__PURE__ */ scriptWeights();

function scriptWeights(): Map<number, number> {
  const weights = new Map<number, number>();
  for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) weights.set(SIMPLIFIED_ONLY.charCodeAt(i), 1).set(TRADITIONAL_ONLY.charCodeAt(i), -1);
  return weights;
}

/**
 * The language a mail is written in, for text a fix inserts into it: English when Latin words
 * outnumber CJK characters, else Chinese in the script the text uses (Traditional when its
 * Traditional-only characters outnumber the Simplified-only ones), else the UI's language.
 * One pass over the code units of the opening; a Latin word is a run of what `/[a-z]/iu`
 * matches (ASCII letters, `ſ` and the Kelvin sign).
 *
 * @example writingLocale('Dear Li, please confirm.', 'zh-CN') // 'en-US'
 */
export function writingLocale(fullText: string, uiLocale: Locale): Locale {
  // The opening of a mail tells its language; a long body adds nothing but time.
  const end = Math.min(fullText.length, LANGUAGE_SAMPLE_CHARS);
  let cjk = 0;
  let latinWords = 0;
  let scriptBalance = 0;
  let inWord = false;
  for (let i = 0; i < end; i++) {
    const code = fullText.charCodeAt(i);
    const latin = ((code | 32) >= 97 && (code | 32) <= 122) || code === 0x17f || code === 0x212a;
    if (latin && !inWord) latinWords++;
    inWord = latin;
    if (isCjkCode(code)) {
      cjk++;
      scriptBalance += SCRIPT_WEIGHT.get(code) || 0;
    }
  }
  if (cjk === 0 && latinWords === 0) return uiLocale;
  if (latinWords > cjk) return 'en-US';
  if (scriptBalance < 0) return 'zh-TW';
  if (scriptBalance > 0) return 'zh-CN';
  return LOCALE_CONVENTIONS[uiLocale].chineseScript;
}
