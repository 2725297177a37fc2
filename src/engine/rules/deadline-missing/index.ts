import terms from './terms.json';
import { doc, termListOption } from '../../options';
import { localize } from '../../i18n';
import type { Locale, LocalizedText } from '../../types';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import type { TermList } from '../../term-list';
import type { KeywordMatch } from '../../text/keyword-matcher';
import { writingLocale } from '../../text/writing-locale';

/**
 * Dates and times written with numbers: 11月30日, 十一月三十日, 30号, 2026-11-30, 11/30, 30.11., 17:00, 5点,
 * 5pm, Nov 30, 30 November. Words such as 明天 or Friday are in the term list.
 */
const DATE_PATTERNS: readonly RegExp[] = [
  /\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?/u,
  /\d{1,2}\s*[日号號]\s*(?:前|之前|以前|下班|中午|上午|下午|晚上)/u,
  // Official documents write dates in Chinese numerals: 十二月五日, 二〇二六年十二月五日.
  /[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十廿卅]{1,4}\s*[日号號]/u,
  /[〇○零一二三四五六七八九]{4}\s*年/u,
  /\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2})?/u,
  /(?:^|[^\d.])\d{1,2}\/\d{1,2}(?![\d/])/u,
  /\d{1,2}:\d{2}/u,
  /[\d一二三四五六七八九十两兩]{1,3}\s*[点點时時]/u,
  /\b\d{1,2}\s*(?:am|pm)\b/u,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/u,
  /\b(?:by|before|on|until|till)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/u,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/u,
  /(?:下|本|这|這)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]/u,
  /[一二三四五六七八九十\d]{1,3}\s*(?:个|個)?\s*(?:工作日|天|日|小时|小時)\s*(?:内|內|之内|之內)/u,
  /\bwithin\s+\d+\s+(?:hours?|days?|business days?|working days?)\b/u,
];

export default defineRule({
  meta: {
    id: 'deadline-missing',
    defaultSeverity: 'info',
    clauses: ['deadline'],
    principle: PRINCIPLES.deadline,
    messages: {
      noDeadline: {
        'zh-CN': '邮件中写了“{{ask}}”，但没有写明截止时间：请注明希望对方在什么时间之前回复或完成。',
        'zh-TW': '郵件中寫了「{{ask}}」，但沒有註明截止時間：請寫明希望對方在何時之前回覆或完成。',
        'en-US': 'The message says "{{ask}}" but gives no deadline: say by when.',
      },
    },
    requires: ['body'],
    options: {
      askWords: termListOption(terms.askWords, doc('Phrases that ask for a reply or action; an array adds to the built-in list, {"replace": [...]} replaces it.')),
      askExceptions: termListOption(
        terms.askExceptions,
        doc('Phrases that make an ask in the same sentence an open offer, not a request (如有问题请告知, let me know if you have any questions); an array adds to the built-in list.'),
      ),
      deadlineWords: termListOption(terms.deadlineWords, doc('Words that give a time (明天, 下班前, Friday, EOD …); an array adds to the built-in list, {"replace": [...]} replaces it.')),
    },
    fixes: {
      'insert-deadline': { 'zh-CN': '插入截止时间', 'zh-TW': '插入截止時間', 'en-US': 'Insert a deadline' },
    },
  },
  check({ facts, options, locale, now }) {
    const text = facts.authorText;
    // A date anywhere settles it; only then is it worth finding the asks.
    if (options.deadlineWords.test(text) || DATE_PATTERNS.some((pattern) => pattern.test(text))) return [];
    const ask = firstRealAsk(text, options.askWords.matcher.findAll(text), options.askExceptions);
    if (!ask) return [];
    return [
      {
        messageId: 'noDeadline',
        data: { ask: ask.keyword },
        field: 'body',
        fixes: [{ id: 'insert-deadline', action: { kind: 'insertText', text: deadlineLine(proposedDeadline(now), writingLocale(text, locale)), position: 'cursor' } }],
      },
    ];
  },
});

/** Ends a sentence: Chinese and Latin full stops, question and exclamation marks, line breaks. */
const SENTENCE_END = /[。！？!?\n]|\.(?=\s|$)/gu;

/**
 * The first ask whose sentence holds no exception: in `如有问题请告知。请确认预算。` that is `请确认`.
 * Sentence ends are found once, so a long body costs one pass.
 */
export function firstRealAsk(text: string, asks: readonly KeywordMatch[], exceptions: Pick<TermList, 'test'>): KeywordMatch | undefined {
  if (asks.length === 0) return undefined;
  const ends = [...text.matchAll(SENTENCE_END)].map((end) => end.index ?? 0);
  let next = 0;
  let sentenceStart = 0;
  // A sentence already found to hold an exception is not read again for its next ask: one long
  // sentence of asks would otherwise be read once per ask (quadratic).
  let excepted = { start: -1, end: -1 };
  for (const ask of [...asks].sort((a, b) => a.start - b.start)) {
    while (next < ends.length && ends[next]! < ask.start) sentenceStart = ends[next++]! + 1;
    const sentenceEnd = next < ends.length ? Math.max(ends[next]!, ask.end) : text.length;
    if (sentenceStart === excepted.start && sentenceEnd >= excepted.end) continue;
    if (!exceptions.test(text.slice(sentenceStart, sentenceEnd))) return ask;
    excepted = { start: sentenceStart, end: sentenceEnd };
  }
  return undefined;
}

/** How many days ahead the proposed deadline falls; the author edits it as needed. */
const PROPOSED_DEADLINE_DAYS = 3;

/** Three days from now, moved to Monday when that is a weekend. */
export function proposedDeadline(now: Date): Date {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + PROPOSED_DEADLINE_DAYS);
  const weekday = date.getDay();
  if (weekday === 6) date.setDate(date.getDate() + 2);
  if (weekday === 0) date.setDate(date.getDate() + 1);
  return date;
}

const WEEKDAYS = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  'zh-TW': ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
  'en-US': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The line the fix inserts; `{{monthName}}` is the English month name. */
const DEADLINE_LINE: LocalizedText = {
  'zh-CN': '请于{{month}}月{{day}}日（{{weekday}}）前回复。',
  'zh-TW': '請於{{month}}月{{day}}日（{{weekday}}）前回覆。',
  'en-US': 'Please reply by {{weekday}}, {{monthName}} {{day}}.',
};

/** `请于11月27日（周五）前回复。` / `Please reply by Friday, November 27.` */
export function deadlineLine(date: Date, locale: Locale): string {
  const month = date.getMonth();
  return localize(DEADLINE_LINE, locale, { month: month + 1, monthName: MONTHS[month] ?? '', day: date.getDate(), weekday: WEEKDAYS[locale][date.getDay()] ?? '' });
}
