import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';

export default defineRule({
  meta: {
    id: 'subject-missing',
    defaultSeverity: 'warning',
    clauses: ['subject', 'subject-002'],
    principle: PRINCIPLES.subject,
    messages: {
      missing: {
        'zh-CN': '邮件没有主题：请用一句话概括邮件内容。',
        'zh-TW': '郵件沒有主旨：請用一句話概括郵件內容。',
        'en-US': 'This message has no subject: sum up what it is about in a few words.',
      },
    },
    aboutInheritedSubject: ['missing'],
    requires: ['subject'],
    options: {},
  },
  check({ facts }) {
    return facts.subjectCore === '' ? [{ messageId: 'missing', field: 'subject' }] : [];
  },
});
