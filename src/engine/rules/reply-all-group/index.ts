import { joinList } from '../../i18n';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';

export default defineRule({
  meta: {
    id: 'reply-all-group',
    defaultSeverity: 'warning',
    clauses: ['reply-all'],
    principle: PRINCIPLES.replyAll,
    messages: {
      replyToGroup: {
        'zh-CN': '这封回复会发给整个群组 {{groups}}：请不要“全部答复”群发邮件，只回复需要知道的人。',
        'zh-TW': '這封回覆會傳送給整個群組 {{groups}}：群發郵件請不要「全部回覆」，只回覆需要知道的人。',
        'en-US': 'This reply goes to the whole group {{groups}}: do not reply all to group mail; reply only to the people who need it.',
      },
    },
    options: {},
  },
  check({ draft, facts, locale }) {
    if (draft.composeType !== 'reply') return [];
    const groups = facts.recipients.filter((r) => r.group && r.field !== 'bcc');
    if (groups.length === 0) return [];
    const names = [...new Set(groups.map((g) => g.name || g.address))];
    return [{ messageId: 'replyToGroup', data: { groups: joinList(names, locale) }, field: groups[0]!.field }];
  },
});
