import { joinList } from '../../i18n';
import type { PlacedRecipient } from '../../facts';
import type { RestrictedRecipient } from '../../policy/policy';
import { PRINCIPLES } from '../../principles';
import { defineRule, type TypedReport } from '../../rule';
import type { Locale } from '../../types';

const MESSAGES = {
  restricted: {
    'zh-CN': '收件人 {{addresses}} 是单位禁止发往的地址（{{match}}）：请删除后再发送。',
    'zh-TW': '收件者 {{addresses}} 是單位禁止寄送的地址（{{match}}）：請刪除後再傳送。',
    'en-US': 'Your organization does not allow mail to {{addresses}} ({{match}}): remove them before sending.',
  },
  restrictedWithMessage: {
    'zh-CN': '收件人 {{addresses}}：{{message}}',
    'zh-TW': '收件者 {{addresses}}：{{message}}',
    'en-US': '{{addresses}}: {{message}}',
  },
} as const;

export default defineRule({
  meta: {
    id: 'restricted-recipients',
    defaultSeverity: 'block',
    clauses: ['sensitive-004', 'sensitive-001'],
    principle: PRINCIPLES.restricted,
    messages: MESSAGES,
    options: {},
    fixes: {
      'remove-restricted': { 'zh-CN': '删除这些收件人', 'zh-TW': '刪除這些收件者', 'en-US': 'Remove these recipients' },
    },
  },
  check({ facts, policy, locale }) {
    return policy.restrictedRecipients.flatMap((entry) => {
      const hits = facts.recipients.filter((recipient) => entry.matches(recipient.address));
      return hits.length > 0 ? [report(entry, hits, locale)] : [];
    });
  },
});

/** One finding per entry of the policy, naming every recipient it matched, with a fix that removes them. */
function report(entry: RestrictedRecipient, hits: readonly PlacedRecipient[], locale: Locale): TypedReport<typeof MESSAGES> {
  const addresses = joinList([...new Set(hits.map((recipient) => recipient.address))], locale);
  const fixes = [{ id: 'remove-restricted', action: { kind: 'removeRecipients' as const, entries: hits.map(({ field, index, address }) => ({ field, index, address })) } }];
  const field = hits[0]!.field;
  if (entry.message) return { messageId: 'restrictedWithMessage' as const, data: { addresses, match: entry.match, message: entry.message[locale] }, field, fixes };
  return { messageId: 'restricted' as const, data: { addresses, match: entry.match }, field, fixes };
}
