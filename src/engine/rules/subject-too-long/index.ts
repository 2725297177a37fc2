import { doc, integerOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { displayWidth } from '../../text/width';

export default defineRule({
  meta: {
    id: 'subject-too-long',
    defaultSeverity: 'info',
    clauses: ['subject'],
    principle: PRINCIPLES.subject,
    messages: {
      tooLong: {
        'zh-CN': '主题较长（约 {{width}} 个半角字符宽，建议不超过 {{max}}）：请精简，把细节放在正文里。',
        'zh-TW': '主旨較長（約 {{width}} 個半形字元寬，建議不超過 {{max}}）：請精簡，把細節放在內文裡。',
        'en-US': 'The subject is long (about {{width}} characters wide; keep it to {{max}} or fewer): shorten it and put details in the body.',
      },
    },
    aboutInheritedSubject: ['tooLong'],
    requires: ['subject'],
    options: {
      maxWidth: integerOption(80, doc('Widest subject allowed, in columns: a CJK character counts 2, others 1 (40 Han characters pass, 41 fire).'), 1),
    },
  },
  check({ facts, options }) {
    const width = displayWidth(facts.subjectCore);
    return width > options.maxWidth ? [{ messageId: 'tooLong', data: { width, max: options.maxWidth }, field: 'subject' }] : [];
  },
});
