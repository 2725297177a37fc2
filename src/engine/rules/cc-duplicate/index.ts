import { joinList } from '../../i18n';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import type { RecipientRef } from '../../types';

export default defineRule({
  meta: {
    id: 'cc-duplicate',
    defaultSeverity: 'info',
    clauses: ['recipients'],
    principle: PRINCIPLES.recipients,
    messages: {
      duplicate: {
        'zh-CN': '{{addresses}} 在收件人、抄送或密送中出现了不止一次。',
        'zh-TW': '{{addresses}} 在收件者、副本或密件副本中出現了不止一次。',
        'en-US': 'Listed more than once across To, CC and BCC: {{addresses}}.',
      },
    },
    options: {},
    fixes: {
      'remove-duplicates': { 'zh-CN': '删除重复的收件人', 'zh-TW': '刪除重複的收件者', 'en-US': 'Remove the duplicates' },
    },
  },
  check({ facts, locale }) {
    // Recipients come in To, CC, BCC order, so the first entry kept is the most visible one.
    const seen = new Set<string>();
    const extras: RecipientRef[] = [];
    const repeated = new Set<string>();
    for (const recipient of facts.recipients) {
      if (seen.has(recipient.key)) {
        extras.push({ field: recipient.field, index: recipient.index, address: recipient.address });
        repeated.add(recipient.key);
      } else {
        seen.add(recipient.key);
      }
    }
    if (extras.length === 0) return [];
    // Shown as normalised addresses: `<Li.Si@Contoso.com>` and `li.si@contoso.com` are one person.
    const addresses = [...repeated];
    return [
      {
        messageId: 'duplicate',
        data: { addresses: joinList(addresses, locale), count: extras.length },
        field: extras[0]!.field,
        fixes: [{ id: 'remove-duplicates', action: { kind: 'removeRecipients', entries: extras } }],
      },
    ];
  },
});
