import terms from '../../data/terms.json';
import { termListOption } from '../../options';
import { defineRule } from '../../rule';
import { CJK_CHAR } from '../../text/normalize';

/** Phone numbers as written in signatures: 010-5555-0123, (021) 6666 8888, 138 0013 8000, +86 10 …, ext. 8021. */
const PHONE = /(?:\+?\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?)?\d{3,4}[\s-]?\d{4}|1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|(?:分机|分機|ext\.?|extension|x)\s*[:：]?\s*\d{2,6}/iu;

/** Words that name a unit rather than a person: 信息部服务台 is not somebody to call. */
const UNIT_SUFFIX = /(?:部|处|處|科|室|组|組|中心|台|团队|團隊|办公室|辦公室|服务台|服務台|desk|team|department|office|support)$/iu;

export default defineRule({
  meta: {
    id: 'shared-mailbox-contact',
    defaultSeverity: 'warning',
    clauses: ['shared-mailbox'],
    messages: {
      noContact: {
        'zh-CN': '从公共邮箱 {{mailbox}} 发出的邮件应附上发件人本人的联系方式（姓名和电话或分机）。',
        'zh-TW': '從公共郵箱 {{mailbox}} 寄出的郵件應附上寄件人本人的聯絡方式（姓名和電話或分機）。',
        'en-US': 'Mail from the shared mailbox {{mailbox}} must carry the sender’s own contact details (name and phone or extension).',
      },
    },
    fixes: {
      'insert-contact': { 'zh-CN': '插入联系人行', 'zh-TW': '插入聯絡人行', 'en-US': 'Insert a contact line' },
    },
    options: {
      contactLabels: termListOption(terms.contactLabels, 'Labels that introduce a contact person (联系人：); an array adds to the built-in list.'),
    },
  },
  check({ draft, facts, policy, options, locale }) {
    if (!policy.isSharedMailbox(draft.from)) return [];
    const lines = facts.bodyParts.author.split('\n').map((line) => line.trim());
    const hasContact = lines.some((line, index) => PHONE.test(line) && (namesPerson(line, options.contactLabels.test.bind(options.contactLabels)) || namesPerson(lines[index - 1] ?? '', () => false)));
    if (hasContact) return [];
    return [
      {
        messageId: 'noContact',
        data: { mailbox: draft.from },
        field: 'body',
        fixes: [{ id: 'insert-contact', action: { kind: 'insertText', text: CONTACT_LINE[locale], position: 'end' } }],
      },
    ];
  },
});

/**
 * Whether a signature line names a person: a contact label (联系人：), or, once phone numbers and
 * labels are removed, two to four Han characters or a capitalised Latin name that is not a unit.
 */
function namesPerson(line: string, hasLabel: (text: string) => boolean): boolean {
  const lower = line.normalize('NFKC').toLowerCase();
  if (hasLabel(lower)) return true;
  const words = line
    .replace(new RegExp(PHONE.source, 'giu'), ' ')
    .split(/[\s:：,，;；|/()（）]+/u)
    .map((word) => word.replace(/^(?:电话|電話|手机|手機|分机|分機|座机|座機|tel|phone|mobile|email|邮箱|郵箱)/iu, ''))
    .filter((word) => word && !UNIT_SUFFIX.test(word));
  return words.some((word) => isHanName(word) || /^[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*$/u.test(word));
}

function isHanName(word: string): boolean {
  const chars = [...word];
  return chars.length >= 2 && chars.length <= 4 && chars.every((char) => CJK_CHAR.test(char));
}

const CONTACT_LINE = {
  'zh-CN': '\n联系人：____  电话：____',
  'zh-TW': '\n聯絡人：____  電話：____',
  'en-US': '\nContact: ____  Phone: ____',
} as const;
