import { doc, integerOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';

export default defineRule({
  meta: {
    id: 'cc-excessive',
    defaultSeverity: 'warning',
    clauses: ['cc'],
    principle: PRINCIPLES.cc,
    messages: {
      tooMany: {
        'zh-CN': '抄送了 {{count}} 人（超过 {{max}} 人）：请只抄送确实需要知悉的人，并说明抄送原因。',
        'zh-TW': '副本收件者有 {{count}} 人（超過 {{max}} 人）：請只將確實需要知悉的人加入副本，並說明原因。',
        'en-US': '{{count}} people are in CC (more than {{max}}): copy only those who need to know, and say why.',
      },
    },
    requires: ['cc'],
    options: {
      maxCc: integerOption(5, doc('Most CC recipients before the rule fires.')),
    },
  },
  check({ facts, options }) {
    // People, not entries: an address typed twice is one more person to copy, not two.
    const count = new Set(facts.recipients.filter((recipient) => recipient.field === 'cc').map((recipient) => recipient.key)).size;
    return count > options.maxCc ? [{ messageId: 'tooMany', data: { count, max: options.maxCc }, field: 'cc' }] : [];
  },
});
