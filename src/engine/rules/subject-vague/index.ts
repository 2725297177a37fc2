import terms from './terms.json';
import { doc, integerOption, termListOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import type { TermList } from '../../term-list';
import { countCjk, countLatinLetters, normalizeForMatch, PUNCTUATION_CLASS, trimPunctuation } from '../../text/normalize';

const PUNCTUATION_RUN = new RegExp(`[${PUNCTUATION_CLASS}]+`, 'u');

export default defineRule({
  meta: {
    id: 'subject-vague',
    defaultSeverity: 'warning',
    clauses: ['subject'],
    principle: PRINCIPLES.subject,
    messages: {
      generic: {
        'zh-CN': '主题“{{subject}}”过于笼统：请写明邮件的具体内容。',
        'zh-TW': '主旨「{{subject}}」過於籠統：請寫明郵件的具體內容。',
        'en-US': 'The subject "{{subject}}" is too generic: say what the message is about.',
      },
      short: {
        'zh-CN': '主题“{{subject}}”太短，看不出邮件内容：请写明具体事项。',
        'zh-TW': '主旨「{{subject}}」太短，看不出郵件內容：請寫明具體事項。',
        'en-US': 'The subject "{{subject}}" is too short to tell what the message is about.',
      },
    },
    aboutInheritedSubject: ['generic', 'short'],
    requires: ['subject'],
    options: {
      words: termListOption(terms.vagueSubjects, doc('Generic subjects (whole subject after prefixes and tags); an array adds to the built-in list, {"replace": [...]} replaces it.')),
      minCjk: integerOption(2, doc('A subject with fewer CJK characters than this (and fewer Latin letters than minLatin) is too short.')),
      minLatin: integerOption(4, doc('A subject with fewer Latin letters than this (and fewer CJK characters than minCjk) is too short.')),
    },
  },
  check({ facts, options }) {
    const core = facts.subjectCore;
    if (core === '') return []; // subject-missing speaks for an empty subject
    const data = { subject: core };
    const parts = normalizeForMatch(core)
      .split(PUNCTUATION_RUN)
      .map((part) => trimPunctuation(part))
      .filter(Boolean);
    const whole = normalizeForMatch(trimPunctuation(core));
    if (options.words.hasExactly(whole) || (parts.length > 0 && parts.every((part) => madeOfGenericWords(part, options.words)))) {
      return [{ messageId: 'generic', data, field: 'subject' }];
    }
    // Digits carry some meaning (a ticket or order number), at half the weight of letters.
    const digits = core.match(/\d/gu)?.length ?? 0;
    if (countCjk(core) < options.minCjk && countLatinLetters(core) + Math.floor(digits / 2) < options.minLatin) {
      return [{ messageId: 'short', data, field: 'subject' }];
    }
    return [];
  },
});

/**
 * Whether `part` is nothing but generic words written together: `请查收附件` is `请查收` + `附件`.
 * Latin words keep their word boundaries (the matcher's rule), so `this` is not `hi` + `s`.
 */
function madeOfGenericWords(part: string, words: TermList): boolean {
  if (words.hasExactly(part)) return true;
  const reachable = new Array<boolean>(part.length + 1).fill(false);
  reachable[0] = true;
  const matches = words.matcher.findAll(part).sort((a, b) => a.start - b.start);
  for (const { start, end } of matches) if (reachable[start]) reachable[end] = true;
  return reachable[part.length] === true;
}
