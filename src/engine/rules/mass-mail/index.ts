import { joinList } from '../../i18n';
import { doc, integerOption } from '../../options';
import { defineRule, type ReportedFix } from '../../rule';
import { PRINCIPLES } from '../../principles';
import type { PlacedRecipient } from '../../facts';

export default defineRule({
  meta: {
    id: 'mass-mail',
    defaultSeverity: 'warning',
    clauses: ['mass-mail', 'mass-mail-004'],
    principle: PRINCIPLES.massMail,
    messages: {
      toGroup: {
        'zh-CN': '这是一封发给群组 {{groups}} 的群发邮件：发送前需填写《群发消息申请表》并经部门负责人审核；外部名单请用密送。',
        'zh-TW': '這是一封傳送給群組 {{groups}} 的群發郵件：傳送前需填寫《群發消息申請表》並經部門主管審核；外部名單請放在密件副本。',
        'en-US': 'This is a mass mailing to {{groups}}: first get a mass-mail approval form (群发消息申请表) signed off, and put external lists in BCC.',
      },
      tooMany: {
        'zh-CN': '这封邮件发给 {{count}} 个地址，属于群发：发送前需填写《群发消息申请表》并经部门负责人审核；外部名单请用密送。',
        'zh-TW': '這封郵件傳送給 {{count}} 個地址，屬於群發：傳送前需填寫《群發消息申請表》並經部門主管審核；外部名單請放在密件副本。',
        'en-US': 'This message goes to {{count}} addresses, a mass mailing: first get a mass-mail approval form (群发消息申请表) signed off, and put external lists in BCC.',
      },
    },
    options: {
      minRecipients: integerOption(20, doc('Distinct addresses in To, CC and BCC together that make a mail a mass mailing.'), 1),
    },
    fixes: {
      'move-cc-to-bcc': { 'zh-CN': '把抄送的人移到密送', 'zh-TW': '把副本收件者移到密件副本', 'en-US': 'Move CC recipients to BCC' },
      'move-external-to-bcc': { 'zh-CN': '把外部收件人移到密送', 'zh-TW': '把外部收件者移到密件副本', 'en-US': 'Move external recipients to BCC' },
    },
  },
  check({ draft, facts, options, locale }) {
    if (draft.composeType === 'reply') return []; // reply-all-group speaks for replies
    const visible = facts.recipients.filter((r) => r.field !== 'bcc');
    const groups = visible.filter((r) => r.group);
    const count = new Set(facts.recipients.map((r) => r.key)).size;
    if (groups.length === 0 && count < options.minRecipients) return [];
    if (groups.length > 0) {
      const names = [...new Set(groups.map((g) => g.name || g.address))];
      return [{ messageId: 'toGroup', data: { groups: joinList(names, locale), count }, field: groups[0]!.field, fixes: bccFixes(visible) }];
    }
    return [{ messageId: 'tooMany', data: { count }, field: 'to', fixes: bccFixes(visible) }];
  },
});

/** Called only where `fixes:` is, which the on-send build leaves out. */
function bccFixes(visible: readonly PlacedRecipient[]): ReportedFix[] {
  const toRef = (r: PlacedRecipient) => ({ field: r.field, index: r.index, address: r.address });
  const fixes: ReportedFix[] = [];
  const external = visible.filter((r) => !r.internal);
  if (external.length > 0) fixes.push({ id: 'move-external-to-bcc', action: { kind: 'moveRecipients', entries: external.map(toRef), target: 'bcc' } });
  const cc = visible.filter((r) => r.field === 'cc');
  // When every CC entry is external and nobody else is, both fixes would move the same entries.
  const sameAsExternal = cc.length === external.length && cc.every((r) => !r.internal);
  if (cc.length > 0 && !sameAsExternal) fixes.push({ id: 'move-cc-to-bcc', action: { kind: 'moveRecipients', entries: cc.map(toRef), target: 'bcc' } });
  return fixes;
}
