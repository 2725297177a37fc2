import terms from './terms.json';
import { doc, termListOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import type { TermList } from '../../term-list';
import { normalizeAddress } from '../../text/address';
import { CJK_CHAR } from '../../text/normalize';
import { escapeRegExp } from '../../text/subject';
import { writingLocale } from '../../text/writing-locale';

/** Phone numbers as written in signatures: 010-5555-0123, (021) 6666 8888, 138 0013 8000, +86 10 …, ext. 8021. */
const PHONE = /(?:\+?\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?)?\d{3,4}[\s-]?\d{4}|1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|(?:分机|分機|ext\.?|extension|x)\s*[:：]?\s*\d{2,6}/iu;
const PHONE_ALL = new RegExp(PHONE.source, 'giu');
const WORD = /\S+/gu;
const URL_IN_WORD = /(?:https?:\/\/|www\.)\S+/iu;
/** `电话`, `Tel.`, `分机`: words that label a number, not a person. Latin ones only as whole words. */
// `(^|[^a-z])` rather than a lookbehind: lookbehind is ES2018, and classic Outlook's on-send runtime is ES2016.
const PHONE_LABEL = new RegExp(`(^|[^a-z])(?:${terms.phoneLabels.map(escapeRegExp).join('|')})(?![a-z])\\.?`, 'giu');

/** Where one piece of a contact line ends: punctuation, brackets, or a run of spaces. */
const SEGMENT_BREAK = /[,，;；|/()（）[\]【】<>《》、:：。!！?？]+|\s{2,}/u;
/** Words that name a unit rather than a person: 信息部服务台 is not somebody to call. */
const UNIT_SUFFIX = /(?:部|处|處|科|室|组|組|中心|台|臺|团队|團隊|办公室|辦公室|desk|team|department|office|support)$/iu;
/** Characters that do not occur in Chinese names but glue sentences together (的, 了, 您, 请 …). */
const FUNCTION_CHAR = /[的了您你我他她们們请請已在是和与與或及将將把被这這那有无無不也都就还還要会會到为為从從]/u;
const CONTACT_VERB = new RegExp(`(?:^|[^a-z])(?:${terms.contactVerbs.map(escapeRegExp).join('|')})\\s*`, 'giu');
const NOT_NAMES = new Set(terms.contactNotNames);
const HAN_PAIR = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}/u;
const HAN_NOT_NAMES = terms.contactNotNames.filter((word) => CJK_CHAR.test(word));

export default defineRule({
  meta: {
    id: 'shared-mailbox-contact',
    defaultSeverity: 'warning',
    clauses: ['shared-mailbox'],
    principle: PRINCIPLES.sharedMailbox,
    messages: {
      noContact: {
        'zh-CN': '从公共邮箱 {{mailbox}} 发出的邮件应附上发件人本人的联系方式（姓名和电话或分机）。',
        'zh-TW': '從共用信箱 {{mailbox}} 傳送的郵件應附上寄件者本人的聯絡方式（姓名和電話或分機）。',
        'en-US': 'Messages sent from the shared mailbox {{mailbox}} must include the sender’s own contact details (name and phone number or extension).',
      },
    },
    fixes: {
      'insert-contact': { 'zh-CN': '插入联系方式', 'zh-TW': '插入聯絡資訊', 'en-US': 'Insert a contact line' },
    },
    requires: ['body', 'from'],
    options: {
      contactLabels: termListOption(terms.contactLabels, doc('Labels that introduce a contact person (联系人：); an array adds to the built-in list.')),
    },
  },
  check({ draft, facts, policy, options, locale }) {
    if (!policy.isSharedMailbox(draft.from)) return [];
    const lines = facts.bodyParts.author.split('\n').map((line) => line.trim());
    const hasContact = lines.some((line, index) => PHONE.test(line) && (namesPerson(line, options.contactLabels) || isNameLine(lines[index - 1] ?? '')));
    if (hasContact) return [];
    return [
      {
        messageId: 'noContact',
        data: { mailbox: normalizeAddress(draft.from) },
        field: 'body',
        // The template inserted and not filled in yet: inserting it again would only repeat it.
        fixes: Object.values(CONTACT_LINE).some((line) => draft.body.includes(line.trim())) ? [] : [{ id: 'insert-contact', action: { kind: 'insertText', text: CONTACT_LINE[writingLocale(facts.authorText, locale)], position: 'end' } }],
      },
    ];
  },
});

/**
 * Whether a line that holds a phone number also names a person: after a contact label
 * (`联系人：孙八`, `Contact: Anna Smith`), after a verb (`请联系孙八`, `call Anna`), or as a
 * piece of its own (`孙八 010-5555-0123`, `Sun Ba, ext. 8021`). A unit (`信息部服务台`,
 * `IT Service Desk`) or a sentence fragment is not a person.
 */
function namesPerson(line: string, labels: TermList): boolean {
  const cleaned = withoutAddresses(line.replace(PHONE_ALL, ' | ')).replace(PHONE_LABEL, (_label, before: string) => `${before} | `);
  const lower = cleaned.toLowerCase();
  for (const label of labels.matcher.findAll(lower)) {
    if (looksLikeName(firstSegment(cleaned.slice(label.end)), 8)) return true;
  }
  for (const verb of cleaned.matchAll(CONTACT_VERB)) {
    const after = firstSegment(cleaned.slice((verb.index ?? 0) + verb[0].length));
    // `请联系孙八处理`: the name is the next two or three Han characters; `call Anna Smith at`: the capitalised words.
    const latin = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}/u.exec(after)?.[0];
    const candidates = HAN_PAIR.test(after) ? [after.slice(0, 2), after.slice(0, 3)] : [latin ?? after];
    if (candidates.some((candidate) => looksLikeName(candidate, 4))) return true;
  }
  // Without the labels, so `经办人` itself is not taken for a name.
  const chars = cleaned.split('');
  for (const { start, end } of labels.matcher.findAll(lower)) chars.fill('|', start, end);
  return chars.join('').split(SEGMENT_BREAK).some((segment) => looksLikeName(segment.trim(), 4));
}

/** A line holding only a name, above the phone line: `孙八` / `电话：010-5555-0123`. */
function isNameLine(line: string): boolean {
  if (line.length === 0 || line.length > 24 || /[。！？!?]/u.test(line)) return false;
  return line.split(SEGMENT_BREAK).some((segment) => looksLikeName(segment.trim(), 4));
}

/**
 * E-mail addresses and URLs replaced by a break, word by word (what `\S+@\S+|(?:https?://|www\.)\S+`
 * replaces, without that pattern: on a long word with no `@` it retried the word from each of its
 * characters, quadratic). A word with an `@` after its first character and before its last is
 * an address; otherwise a URL in it runs to its end.
 */
export function withoutAddresses(line: string): string {
  return line.replace(WORD, (word) => {
    const at = word.indexOf('@', 1);
    return at !== -1 && at < word.length - 1 ? ' | ' : word.replace(URL_IN_WORD, ' | ');
  });
}

/** Longer than any name `looksLikeName` takes (four capitalised words, eight Han characters). */
const NAME_REACH = 64;
const SEGMENT_START = /[^\s:：]/u;

/**
 * The piece of `text` before its first segment break, without leading spaces and colons; ''
 * when it runs past `NAME_REACH` (no name). Read within that reach only: this runs once per
 * label and verb on a line, and splitting the whole rest of a long line each time was quadratic.
 */
function firstSegment(text: string): string {
  const start = text.search(SEGMENT_START);
  if (start === -1) return '';
  // Two characters past the reach, so a break of two spaces starting within it is seen whole.
  const reach = text.slice(start, start + NAME_REACH + 2);
  const found = SEGMENT_BREAK.exec(reach);
  const end = found ? found.index : reach.length;
  return end > NAME_REACH ? '' : reach.slice(0, end).trim();
}

/**
 * A person's name: a word of two to `maxHan` Han characters that is not a unit, a role or a
 * sentence fragment; or one to four capitalised Latin words none of which is a unit word.
 */
function looksLikeName(segment: string, maxHan: number): boolean {
  if (!segment) return false;
  const words = segment.split(/\s+/u).filter(Boolean);
  if (words.length <= 4 && words.every((word) => /^[A-Z][a-z'’-]*\.?$/u.test(word))) {
    return !words.some((word) => NOT_NAMES.has(word.toLowerCase().replace(/\.$/u, ''))) && !UNIT_SUFFIX.test(segment);
  }
  return words.some((word) => isHanName(word, maxHan));
}

function isHanName(word: string, maxHan: number): boolean {
  const chars = [...word.replace(/[·•]/gu, '')];
  if (chars.length < 2 || chars.length > maxHan || !chars.every((char) => CJK_CHAR.test(char))) return false;
  return !FUNCTION_CHAR.test(word) && !UNIT_SUFFIX.test(word) && !HAN_NOT_NAMES.some((generic) => word.includes(generic));
}

const CONTACT_LINE = {
  'zh-CN': '\n联系人：____  电话：____',
  'zh-TW': '\n聯絡人：____  電話：____',
  'en-US': '\nContact: ____  Phone: ____',
} as const;
