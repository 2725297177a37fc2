import { formatMessage } from './i18n';
import { LOCALE_CONVENTIONS } from './locale-conventions';
import type { Locale, LocalizedText } from './types';

/** The organisations' policy documents (`shared/seeds/`), by their number. */
const DOCUMENTS = {
  '000': { 'zh-CN': '非营利组织邮箱管理流程', 'zh-TW': '非營利組織郵箱管理流程', 'en-US': 'Nonprofit mailbox management procedure' },
  '001': { 'zh-CN': '消息发送管理办法', 'zh-TW': '消息發送管理辦法', 'en-US': 'Message sending rules' },
  '002': { 'zh-CN': '电子沟通管理办法', 'zh-TW': '電子溝通管理辦法', 'en-US': 'Electronic communication rules' },
  '003': { 'zh-CN': '海宁市公务电子邮箱使用管理规定', 'zh-TW': '海寧市公務電子郵箱使用管理規定', 'en-US': 'Haining official email rules' },
  '004': { 'zh-CN': '企业邮箱管理制度', 'zh-TW': '企業郵箱管理制度', 'en-US': 'Corporate mailbox rules' },
} as const satisfies Record<string, LocalizedText>;

export interface Clause {
  readonly document: keyof typeof DOCUMENTS;
  /** Section as the document numbers it, e.g. `二(一)1` or `第四篇 四.8`. */
  readonly section: string;
}

function clause(document: keyof typeof DOCUMENTS, section: string): Clause {
  return { document, section };
}

export const CLAUSES = {
  'subject': clause('001', '二(一)1'),
  'subject-002': clause('002', '二(一)2'),
  'deadline': clause('001', '二(一)2'),
  'attachments': clause('001', '二(一)3'),
  'attachments-002': clause('002', '二(一)2'),
  'cc': clause('001', '二(一)4'),
  'recipients': clause('002', '二(一)2'),
  'external-etiquette': clause('002', '二(二)1'),
  'etiquette': clause('000', '三.2.4'),
  'templates': clause('000', '三.2.3'),
  'review': clause('001', '三(二)1'),
  'review-002': clause('002', '二(二)1'),
  'receipt': clause('003', '三.4'),
  'receipt-002': clause('002', '二(一)2'),
  'mass-mail': clause('001', '三(三)'),
  'mass-mail-004': clause('004', '第四篇 四.7'),
  'reply-all': clause('004', '第四篇 四.8'),
  'sensitive-000': clause('000', '三.4.3'),
  'sensitive-001': clause('001', '四(二)1'),
  'sensitive-002': clause('002', '四(二)2'),
  'sensitive-003': clause('003', '三.2'),
  'sensitive-004': clause('004', '第四篇 四.13'),
  'virus': clause('004', '第五篇 四.3'),
  'shared-mailbox': clause('004', '第三篇 4.2.4'),
  'non-company-address': clause('004', '第四篇 五.3'),
  'sole-mailbox': clause('004', '第三篇 4.1.1'),
  'company-mail-only': clause('004', '第五篇 四.1'),
} as const satisfies Record<string, Clause>;

export type ClauseId = keyof typeof CLAUSES;

/**
 * The short citation shown beside a finding: `《消息发送管理办法》二(一)1` in Chinese,
 * `Message sending rules (001), §2(1)1` in English.
 */
export function citeClause(id: ClauseId, locale: Locale): string {
  const { document, section } = CLAUSES[id];
  const title = DOCUMENTS[document][locale];
  const conventions = LOCALE_CONVENTIONS[locale];
  return formatMessage(conventions.citation, { title, document, section: conventions.westernSectionNumbers ? englishSection(section) : section });
}

const NUMBERED_UNITS: Readonly<Record<string, string>> = { 篇: 'Part', 章: 'Chapter', 条: 'Art.', 條: 'Art.', 款: 'para.' };

/**
 * A section number as an English reader writes it: Chinese numerals become digits, `第N篇` (and
 * 章, 条, 款) a word, and the numbering the document itself uses follows `§`:
 * `第四篇 四.13` → `Part 4, §4.13`, `二(一)1` → `§2(1)1`.
 */
export function englishSection(section: string): string {
  const digits = section.replace(/[一二三四五六七八九十]+/gu, (numeral) => String(chineseNumber(numeral)));
  return digits
    .split(/\s+/u)
    .filter((part) => part !== '')
    .map((part) => {
      const unit = /^第(\d+)([篇章条條款])$/u.exec(part);
      return unit ? `${NUMBERED_UNITS[unit[2]!]} ${unit[1]}` : `§${part}`;
    })
    .join(', ');
}

/** `一` … `九十九` as a number (section numbers never go higher). */
function chineseNumber(numeral: string): number {
  const digit = (char: string | undefined) => (char === undefined ? 0 : '一二三四五六七八九'.indexOf(char) + 1);
  const ten = numeral.indexOf('十');
  if (ten < 0) return digit(numeral);
  return (ten === 0 ? 1 : digit(numeral[0])) * 10 + digit(numeral[ten + 1]);
}
