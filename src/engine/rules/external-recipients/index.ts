import type { PlacedRecipient } from '../../facts';
import { joinList } from '../../i18n';
import { doc, integerOption } from '../../options';
import { defineRule, type ReportedFix } from '../../rule';
import { PRINCIPLES } from '../../principles';
import massMail from '../mass-mail';

const MOVE_TO_BCC = 'move-external-to-bcc';

export default defineRule({
  meta: {
    id: 'external-recipients',
    defaultSeverity: 'info',
    clauses: ['recipients', 'external-etiquette'],
    principle: PRINCIPLES.external,
    messages: {
      external: {
        'zh-CN': '这封邮件会发给外部地址（{{domains}}）：请确认收件人无误、内容可以对外发送。',
        'zh-TW': '這封郵件會傳送給外部地址（{{domains}}）：請確認收件者無誤、內容可以對外傳送。',
        'en-US': 'This message goes outside your organization ({{domains}}): check the recipients, and that the content can be shared outside.',
      },
    },
    options: {
      suggestBccDomains: integerOption(
        3,
        doc('External domains in To and CC together from which the finding offers to move the external To and CC recipients to BCC, so no organisation sees the others; 0 never offers it.'),
        0,
      ),
    },
    // The same fix as mass-mail's, with its label: one text in the bundle, one in the pane.
    fixes: { [MOVE_TO_BCC]: massMail.meta.fixes![MOVE_TO_BCC]! },
  },
  check({ draft, facts, options, locale }) {
    const external = facts.externalRecipients;
    if (external.length === 0) return [];
    const domains = [...new Set(external.map((r) => r.domain || r.address))];
    return [{ messageId: 'external', data: { domains: joinList(domains, locale), count: external.length }, field: external[0]!.field, fixes: draft.composeType === 'reply' ? [] : bccFix(external, options.suggestBccDomains) }];
  },
});

/**
 * Several organisations in To and CC see each other's addresses: from `minDomains` of them, the
 * finding offers to move them to BCC. Not on replies, whose recipients have seen each other
 * already and would lose the thread. Called only where `fixes:` is, which the on-send build
 * leaves out.
 */
function bccFix(external: readonly PlacedRecipient[], minDomains: number): ReportedFix[] {
  const visible = external.filter((r) => r.field !== 'bcc');
  if (minDomains === 0 || new Set(visible.map((r) => r.domain)).size < minDomains) return [];
  return [{ id: MOVE_TO_BCC, action: { kind: 'moveRecipients', entries: visible.map((r) => ({ field: r.field, index: r.index, address: r.address })), target: 'bcc' } }];
}
