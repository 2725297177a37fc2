import { joinList } from '../../i18n';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';

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
    options: {},
  },
  check({ facts, locale }) {
    const external = facts.externalRecipients;
    if (external.length === 0) return [];
    const domains = [...new Set(external.map((r) => r.domain || r.address))];
    return [{ messageId: 'external', data: { domains: joinList(domains, locale), count: external.length }, field: external[0]!.field }];
  },
});
