import terms from './terms.json';
import type { Draft } from '../../draft';
import { DraftFacts } from '../../facts';
import { booleanOption, doc, termListOption, type ResolvedOptions } from '../../options';
import type { Policy } from '../../policy/policy';
import { defineRule, type ReportedFix } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { notAtSend } from '../../off-send-text';
import { normalizeAddress } from '../../text/address';
import { normalizeForMatch } from '../../text/normalize';
import { findImportanceTags } from '../../text/subject';
import { writingLocale } from '../../text/writing-locale';
import type { Locale } from '../../types';

const OPTIONS = {
  words: termListOption(terms.importanceWords, doc('Words that make a subject important; an array adds to the built-in list, {"replace": [...]} replaces it.')),
  exceptions: termListOption(
    terms.importanceExceptions,
    doc('Phrases that contain an importance word without making the mail important (重要性, 不紧急, not urgent); an array adds to the built-in list.'),
  ),
  askReceipt: booleanOption(
    false,
    doc('On [重要] mail whose text does not ask recipients to confirm receipt, an info finding offers to insert one line that asks (收到请回复确认，谢谢。); a missing or misplaced tag carries the same fix.'),
  ),
  receiptRequests: termListOption(
    terms.receiptRequests,
    doc('Phrases that already ask recipients to confirm receipt (收到请回复, 請確認收到, please confirm receipt); an array adds to the built-in list.'),
  ),
  readReceipt: booleanOption(false, doc('Send asks for a read receipt on [重要] mail: the Disposition-Notification-To header, with the sender’s address (docs/deploy.md says what clients do with it).')),
};

type ImportantTagOptions = ResolvedOptions<typeof OPTIONS>;

export default defineRule({
  meta: {
    id: 'important-tag',
    defaultSeverity: 'warning',
    clauses: ['subject', 'review', 'receipt-002', 'receipt'],
    principle: PRINCIPLES.important,
    messages: {
      missingTag: {
        'zh-CN': '主题提到“{{word}}”，但开头没有“{{tag}}”标记：重要邮件应在主题开头标注“{{tag}}”。',
        'zh-TW': '主旨提到「{{word}}」，但開頭沒有「{{tag}}」標記：重要郵件應在主旨開頭標註「{{tag}}」。',
        'en-US': 'The subject says "{{word}}" but does not start with "{{tag}}": tag important messages at the start of the subject.',
      },
      misplacedTag: {
        'zh-CN': '“{{found}}”标记应放在主题开头，而不是中间或末尾。',
        'zh-TW': '「{{found}}」標記應放在主旨開頭，而不是中間或結尾。',
        'en-US': 'The "{{found}}" tag belongs at the start of the subject, not in the middle or at the end.',
      },
      importantMail: {
        'zh-CN': '这是一封“{{tag}}”重要邮件。',
        'zh-TW': '這是一封「{{tag}}」重要郵件。',
        'en-US': 'This is an important ("{{tag}}") message.',
      },
      // Always an advisory info finding: the pane's, never Send's.
      noReceiptRequest: {
        'zh-CN': notAtSend('“{{tag}}”邮件没有请收件人确认收到：请对方收到后回复确认。'),
        'zh-TW': notAtSend('「{{tag}}」郵件沒有請收件者確認收到：請對方收到後回覆確認。'),
        'en-US': notAtSend('This "{{tag}}" message does not ask recipients to confirm receipt: ask them to reply once they have it.'),
      },
    },
    aboutInheritedSubject: ['missingTag'],
    requires: ['subject'],
    options: OPTIONS,
    fixes: {
      'add-tag': { 'zh-CN': '改为“{{tag}} …”开头', 'zh-TW': '改為「{{tag}} …」開頭', 'en-US': 'Start the subject with "{{tag}}"' },
      'insert-receipt-line': { 'zh-CN': '插入“收到请回复确认”', 'zh-TW': '插入「收到後請回覆確認」', 'en-US': 'Ask recipients to confirm receipt' },
    },
  },
  check({ draft, facts, options, policy, locale, reviewStep }) {
    const tag = policy.importantTag;
    const { rest } = facts.subjectParts;
    const tags = findImportanceTags(rest, tag);
    const asksReceipt = options.askReceipt && lacksReceiptRequest(draft, facts, options);
    if (tags[0]?.start === 0) {
      // A reply that kept the [重要] subject it inherited is not the author's important mail.
      if (facts.subjectInherited) return [];
      const data = { tag: tags[0].text };
      // The policy's review of important mail (001 三(二)1) is asked on the mail itself.
      const review = reviewStep ? [{ messageId: 'importantMail' as const, data, field: 'subject' as const, severity: 'info' as const }] : [];
      const ask = asksReceipt ? [{ messageId: 'noReceiptRequest' as const, data, field: 'body' as const, severity: 'info' as const, fixes: [receiptFix(facts, locale)], advisory: true as const }] : [];
      return [...review, ...ask];
    }
    // In a thread the author did not start, the review of important mail is not theirs to ask.
    const step = facts.subjectInherited ? { advisory: true as const } : {};
    if (tags.length > 0) {
      return [{ messageId: 'misplacedTag', data: { found: tags[0]!.text, tag }, field: 'subject', fixes: tagFixes(tag, asksReceipt, facts, locale), ...step }];
    }
    const word = options.words.matcher.findFirst(options.exceptions.matcher.blankOut(normalizeForMatch(rest)));
    if (!word) return [];
    return [{ messageId: 'missingTag', data: { word: word.keyword, tag }, field: 'subject', fixes: tagFixes(tag, asksReceipt, facts, locale), ...step }];
  },
});

/** The line `insert-receipt-line` adds above the signature, in the language the mail is written in. */
export const RECEIPT_LINE = {
  'zh-CN': '收到请回复确认，谢谢。',
  'zh-TW': '收到後請回覆確認，謝謝。',
  'en-US': 'Please confirm you have received this.',
} as const satisfies Record<Locale, string>;

/**
 * Whether the mail should ask recipients to confirm receipt: the body could be read and neither
 * the subject nor the author's text already asks (in any wording of the list, or as the line
 * itself, whatever list the policy set).
 */
function lacksReceiptRequest(draft: Draft, facts: DraftFacts, options: ImportantTagOptions): boolean {
  if (draft.unavailable.includes('body')) return false;
  const text = facts.subjectAndAuthorText;
  return !options.receiptRequests.test(text) && !Object.values(RECEIPT_LINE).some((line) => text.includes(normalizeForMatch(line)));
}

/**
 * The fixes of a missing or misplaced tag: add it, and insert the receipt line when the mail
 * asks for one. Called only where `fixes:` is, which the on-send build leaves out with the fixes
 * and the language detection they need.
 */
function tagFixes(tag: string, asksReceipt: boolean, facts: DraftFacts, locale: Locale): ReportedFix[] {
  const addTag: ReportedFix = { id: 'add-tag', action: { kind: 'tagSubject', tag, style: 'importance' } };
  return asksReceipt ? [addTag, receiptFix(facts, locale)] : [addTag];
}

/** The fix that inserts the receipt line above the signature, in the language the mail is written in. */
function receiptFix(facts: DraftFacts, locale: Locale): ReportedFix {
  return { id: 'insert-receipt-line', action: { kind: 'insertText', text: RECEIPT_LINE[writingLocale(facts.authorText, locale)], position: 'closing' } };
}

/** An address a header may carry as it is: ASCII, no spaces or specials, a dotted domain. */
const HEADER_ADDRESS = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/u;

/**
 * The address Send puts in `Disposition-Notification-To` (the sender's own, so the receipt comes
 * back to whoever sent the mail), or null: the policy's `readReceipt` is off (or the rule is),
 * the subject does not start with the importance tag, the subject is one a reply inherited, or
 * `from` is unknown or not a plain address.
 */
export function readReceiptAddress(draft: Draft, policy: Policy): string | null {
  const settings = policy.rules['important-tag'];
  if (settings.severity === 'off' || !(settings.options as ImportantTagOptions).readReceipt) return null;
  if (draft.unavailable.includes('subject') || draft.unavailable.includes('from')) return null;
  const facts = DraftFacts.of(draft, policy);
  if (findImportanceTags(facts.subjectParts.rest, policy.importantTag)[0]?.start !== 0 || facts.subjectInherited) return null;
  const address = normalizeAddress(draft.from);
  return address.length <= 254 && HEADER_ADDRESS.test(address) ? address : null;
}
