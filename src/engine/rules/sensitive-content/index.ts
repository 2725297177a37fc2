import terms from '../../data/sensitive-terms.json';
import { calendarDateOf, TermScanner, type DetectorSetup } from '../../detectors';
import type { Draft } from '../../draft';
import type { DraftFacts } from '../../facts';
import type { Policy } from '../../policy/policy';
import { joinList } from '../../i18n';
import { booleanOption, doc, integerOption, termListOption } from '../../options';
import { defineRule, type ReportData, type ReportedFix } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { nfkc } from '../../text/normalize';
import type { Locale } from '../../types';
import { encryptionFix, protectionOf } from './encryption';
import { kindName, locationName } from './labels';
import { patternListOption } from './pattern-option';
import { DATA_KINDS, locationsOf, summarize, type KindFound, type Location, type Source } from './summary';

/** Masked examples shown per kind, and in all: enough to recognise the items, short enough for one sentence. */
const EXAMPLES_PER_KIND = 2;
const MAX_EXAMPLES = 6;

const options = {
  markings: termListOption(
    terms.markings,
    doc('Classification markings (绝密/絕密, 机密/機密, 【秘密】, 秘密★, 密级, confidential, top secret …); towards an external recipient they block. An array adds to the built-in list, {"replace": [...]} replaces it.'),
  ),
  keywords: termListOption(
    terms.keywords,
    doc('Confidential keywords (内部资料/內部資料, 商业秘密, 工资表, 薪资表, 工资条, internal only …) and the organisation\'s own. An array adds to the built-in list, {"replace": [...]} replaces it.'),
  ),
  patterns: patternListOption(
    doc('The organisation\'s own regular expressions (RE2 syntax, case-insensitive, on NFKC text), e.g. ["PRJ-\\\\d{4}"]. An invalid pattern, or one that matches empty text, is a policy error.'),
  ),
  blockMarkingsToExternal: booleanOption(true, doc('Block the send (instead of warning) when a classification marking goes to an external recipient, quoted history included.')),
  minMobileNumbers: integerOption(5, doc('How many distinct mainland mobile numbers in one message make a contact list (one or two in a signature are not sensitive).'), 2),
};

type Options = { readonly [K in keyof typeof options]: (typeof options)[K]['defaultValue'] };

/** Term scanners by resolved options: compiled once per policy, reused for every draft. */
const scanners = new WeakMap<object, TermScanner>();

function termScannerFor(resolved: Options): TermScanner {
  let scanner = scanners.get(resolved);
  if (!scanner) scanners.set(resolved, (scanner = new TermScanner({ markings: resolved.markings.terms, keywords: resolved.keywords.terms })));
  return scanner;
}

export default defineRule({
  meta: {
    id: 'sensitive-content',
    defaultSeverity: 'warning',
    clauses: ['sensitive-000', 'sensitive-001', 'sensitive-002', 'sensitive-003', 'sensitive-004', 'review', 'review-002'],
    principle: PRINCIPLES.sensitive,
    messages: {
      sensitive: {
        'zh-CN': '邮件含有敏感信息：{{kinds}}（位于{{locations}}：{{examples}}）。涉及敏感信息的邮件应加密发送，或删除这些信息。',
        'zh-TW': '郵件含有敏感資訊：{{kinds}}（位於{{locations}}：{{examples}}）。涉及敏感資訊的郵件應加密傳送，或刪除這些資訊。',
        'en-US': 'This message contains sensitive information: {{kinds}} (in the {{locations}}: {{examples}}). Send it encrypted, or remove the information.',
      },
      markingToExternal: {
        'zh-CN': '邮件带有密级标识“{{marking}}”，收件人却包括外部地址（{{domains}}）：涉密内容不得发给外部或无关人员。发现：{{kinds}}（位于{{locations}}：{{examples}}）。',
        'zh-TW': '郵件帶有機密等級標示「{{marking}}」，收件者卻包括外部地址（{{domains}}）：機密內容不得傳送給外部或無關人員。發現：{{kinds}}（位於{{locations}}：{{examples}}）。',
        'en-US': 'This message is marked "{{marking}}" but goes to external addresses ({{domains}}): classified content must not go to outside or unrelated people. Found: {{kinds}} (in the {{locations}}: {{examples}}).',
      },
    },
    options,
    fixes: {
      'apply-label': { 'zh-CN': '应用敏感度标签', 'zh-TW': '套用敏感度標籤', 'en-US': 'Apply the sensitivity label' },
      'add-tag': { 'zh-CN': '在主题前加上加密标记', 'zh-TW': '在主旨前加上加密標記', 'en-US': 'Add the encryption tag to the subject' },
      'show-instruction': { 'zh-CN': '查看加密方法', 'zh-TW': '查看加密方法', 'en-US': 'How to encrypt' },
    },
  },
  check({ draft, facts, policy, options: resolved, severity, locale, now }) {
    // Already protected as the policy asks: satisfied, no finding (RULES.md).
    if (protectionOf(draft, policy.encryption)) return [];
    const setup: DetectorSetup = {
      terms: termScannerFor(resolved),
      patterns: resolved.patterns,
      today: calendarDateOf(now),
    };
    const kinds = summarize(sourcesOf(facts), setup, resolved.minMobileNumbers);
    if (kinds.length === 0) return [];
    const data = describe(kinds, locale);
    const field = fieldOf(kinds);
    const report = { messageId: 'sensitive' as const, data, field, fixes: encryptionFixes(draft, policy, kinds, locale), ...(protectionUnknown(draft, policy) ? { severity: 'info' as const } : {}) };
    const marking = kinds.find((found) => found.kind === 'marking');
    // An admin who set the rule to info asked for the task pane only: no marking makes it stop Send.
    if (!marking || !resolved.blockMarkingsToExternal || severity === 'info') return [report];
    const external = facts.externalRecipients;
    if (external.length === 0) return [report];
    const domains = joinList([...new Set(external.map((recipient) => recipient.domain || recipient.address))], locale);
    return [{ ...report, messageId: 'markingToExternal', severity: 'block', data: { ...data, marking: marking.displays[0]!, domains } }];
  },
});

/**
 * The fix the policy's encryption method offers, if any; a subject tag is not offered when the
 * subject itself holds a number. Called only where `fixes:` is, which the on-send build leaves out.
 */
function encryptionFixes(draft: Draft, policy: Policy, kinds: readonly KindFound[], locale: Locale): ReportedFix[] {
  const subjectHoldsData = kinds.some((found) => DATA_KINDS.has(found.kind) && found.locations.includes('subject'));
  const fix = encryptionFix(draft, policy.encryption, locale, subjectHoldsData);
  return fix ? [fix] : [];
}

/**
 * The client could not read what says whether the draft is protected (its label, or the subject
 * that would carry the tag): it may already be, so the warning stays in the task pane rather than
 * stopping the send.
 */
function protectionUnknown(draft: Draft, policy: Policy): boolean {
  const { method } = policy.encryption;
  return (method === 'sensitivityLabel' && draft.unavailable.includes('sensitivityLabel')) || (method === 'subjectTag' && draft.unavailable.includes('subject'));
}

/**
 * Subject (after its reply prefixes, so `RE: Confidential: …` starts with the label), the
 * author's text, the quoted history, every attachment name and the text read from attachments,
 * normalised.
 */
function sourcesOf(facts: DraftFacts): Source[] {
  // `facts.subjectParts` and `facts.bodyParts` are already NFKC: lower case completes `normalizeForMatch`.
  const cased = (location: Location, text: string): Source => ({ location, text: text.toLowerCase(), cased: text });
  return [
    cased('subject', facts.subjectParts.rest),
    { location: 'body', text: facts.authorText, cased: facts.bodyParts.author },
    cased('quoted', facts.bodyParts.quoted),
    ...facts.draft.attachments.map((attachment) => cased('attachment', nfkc(attachment.name))),
    ...facts.draft.attachments.flatMap((attachment) => (attachment.text ? [cased(`attachment:${attachment.name}`, nfkc(attachment.text))] : [])),
  ];
}

/** The placeholders of the messages, and stable ids for tests and audit. */
type KindsData = ReportData & { readonly kinds: string; readonly locations: string; readonly examples: string };

/** Message data: localised lists for the sentence, stable ids for tests and audit. No raw value. */
function describe(kinds: readonly KindFound[], locale: Locale): KindsData {
  const locations = locationsOf(kinds);
  const issuers = [...new Set(kinds.flatMap((found) => found.issuers))];
  return {
    kinds: joinList(
      kinds.map((found) => kindName(found.kind, found.count, locale)),
      locale,
    ),
    kindIds: kinds.map((found) => found.kind).join(','),
    locations: joinList(
      locations.map((location) => locationName(location, locale)),
      locale,
    ),
    locationIds: locations.join(','),
    examples: joinList(
      kinds.flatMap((found) => found.displays.slice(0, EXAMPLES_PER_KIND)).slice(0, MAX_EXAMPLES),
      locale,
    ),
    count: kinds.reduce((sum, found) => sum + found.count, 0),
    ...(issuers.length > 0 ? { issuers: issuers.join(',') } : {}),
  };
}

function fieldOf(kinds: readonly KindFound[]): 'subject' | 'body' | 'attachments' {
  const first = locationsOf(kinds)[0];
  if (first === 'subject') return 'subject';
  if (first?.startsWith('attachment')) return 'attachments';
  return 'body';
}
