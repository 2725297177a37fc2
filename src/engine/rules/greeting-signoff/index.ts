import terms from './terms.json';
import { doc, integerOption, termListOption } from '../../options';
import { defineRule, type ReportedFix } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { isSignatureDetail } from '../../text/signature';
import { writingLocale } from '../../text/writing-locale';
import type { Locale } from '../../types';

/** A short first line ending in a colon or comma is a salutation: `李经理：`, `Erika,`, `Dear team,`. */
const SALUTATION_LINE = /^.{1,24}[:：,，]$/u;

export default defineRule({
  meta: {
    id: 'greeting-signoff',
    defaultSeverity: 'info',
    clauses: ['external-etiquette', 'etiquette'],
    principle: PRINCIPLES.etiquette,
    messages: {
      missingBoth: {
        'zh-CN': '发给外部的邮件缺少称呼和结束语：请使用正式的称呼（如“您好”）和结束语（如“此致”“谢谢”）。',
        'zh-TW': '傳送給外部的郵件缺少稱呼和結語：請使用正式的稱呼（如「您好」）和結語（如「此致」「謝謝」）。',
        'en-US': 'This message to external recipients has no greeting and no closing: add a formal greeting (Dear …) and a closing (Kind regards, …).',
      },
      missingGreeting: {
        'zh-CN': '发给外部的邮件缺少称呼：请在开头加上正式的称呼（如“您好”）。',
        'zh-TW': '傳送給外部的郵件缺少稱呼：請在開頭加上正式的稱呼（如「您好」）。',
        'en-US': 'This message to external recipients has no greeting: start with a formal greeting (Dear …).',
      },
      missingClosing: {
        'zh-CN': '发给外部的邮件缺少结束语：请在结尾加上结束语（如“此致”“谢谢”）。',
        'zh-TW': '傳送給外部的郵件缺少結語：請在結尾加上結語（如「此致」「謝謝」）。',
        'en-US': 'This message to external recipients has no closing: end with a closing (Kind regards, …).',
      },
    },
    requires: ['body'],
    options: {
      greetings: termListOption(terms.greetings, doc('Greetings looked for in the first lines; an array adds to the built-in list, {"replace": [...]} replaces it.')),
      closings: termListOption(terms.closings, doc('Closings looked for in the last lines; an array adds to the built-in list, {"replace": [...]} replaces it.')),
      headLines: integerOption(3, doc('How many non-empty lines at the start may hold the greeting.'), 1),
      tailLines: integerOption(6, doc('How many non-empty lines at the end (not counting contact details such as Tel: or 邮箱：) may hold the closing.'), 1),
    },
    fixes: {
      'insert-greeting': { 'zh-CN': '在开头插入称呼', 'zh-TW': '在開頭插入稱呼', 'en-US': 'Insert a greeting at the start' },
      'insert-closing': { 'zh-CN': '插入结束语', 'zh-TW': '插入結語', 'en-US': 'Insert a closing' },
    },
  },
  check({ facts, options, locale }) {
    if (facts.externalRecipients.length === 0) return [];
    const lines = facts.authorText.split('\n').map((line) => line.trim()).filter(Boolean);
    const head = lines.slice(0, options.headLines);
    const tail = lastLines(lines, options.tailLines, (line) => !isSignatureDetail(line));
    const hasGreeting = head.some((line) => options.greetings.test(line)) || (head[0] !== undefined && SALUTATION_LINE.test(head[0]));
    const hasClosing = tail.some((line) => options.closings.test(line));
    if (hasGreeting && hasClosing) return [];
    const messageId = !hasGreeting && !hasClosing ? 'missingBoth' : hasGreeting ? 'missingClosing' : 'missingGreeting';
    // The inserted words go into the mail, so they follow the mail's language, not the UI's.
    return [{ messageId, field: 'body', fixes: insertions(hasGreeting, hasClosing, writingLocale(facts.authorText, locale)) }];
  },
});

/** The greeting and the closing the mail lacks. Built only where `fixes:` is, which the on-send build leaves out. */
function insertions(hasGreeting: boolean, hasClosing: boolean, language: Locale): ReportedFix[] {
  const fixes: ReportedFix[] = [];
  if (!hasGreeting) fixes.push({ id: 'insert-greeting', action: { kind: 'insertText', text: GREETING[language], position: 'start' } });
  if (!hasClosing) fixes.push({ id: 'insert-closing', action: { kind: 'insertText', text: CLOSING[language], position: 'closing' } });
  return fixes;
}

/** The last `count` lines that pass `keep`, read from the end so a long body costs nothing extra. */
function lastLines(lines: readonly string[], count: number, keep: (line: string) => boolean): string[] {
  const found: string[] = [];
  for (let i = lines.length - 1; i >= 0 && found.length < count; i--) if (keep(lines[i]!)) found.unshift(lines[i]!);
  return found;
}

const GREETING = { 'zh-CN': '您好：\n\n', 'zh-TW': '您好：\n\n', 'en-US': 'Dear Sir or Madam,\n\n' } as const;
const CLOSING = { 'zh-CN': '此致\n敬礼', 'zh-TW': '此致\n敬禮', 'en-US': 'Kind regards,' } as const;
