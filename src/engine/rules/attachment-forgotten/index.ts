import sharedTerms from '../../data/terms.json';
import terms from './terms.json';
import { doc, termListOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';

export default defineRule({
  meta: {
    id: 'attachment-forgotten',
    defaultSeverity: 'warning',
    clauses: ['attachments'],
    principle: PRINCIPLES.attachments,
    messages: {
      forgotten: {
        'zh-CN': '邮件提到“{{word}}”，但没有添加附件：是否忘了添加？',
        'zh-TW': '郵件提到「{{word}}」，但沒有加入附件：是否忘了附加？',
        'en-US': 'The message mentions "{{word}}" but nothing is attached: did you forget the attachment?',
      },
    },
    requires: ['attachments'],
    options: {
      words: termListOption(sharedTerms.attachmentWords, doc('Words that mention an attachment; an array adds to the built-in list, {"replace": [...]} replaces it.')),
      negations: termListOption(
        terms.attachmentNegations,
        doc('Phrases that say there is no attachment (无附件, no attachment) and so are not a mention; an array adds to the built-in list.'),
      ),
    },
  },
  check({ facts, options }) {
    if (facts.nonInlineAttachments.length > 0) return [];
    const text = options.negations.matcher.blankOut(facts.subjectAndAuthorText);
    const mention = options.words.matcher.findFirst(text);
    return mention ? [{ messageId: 'forgotten', data: { word: mention.keyword }, field: 'attachments' }] : [];
  },
});

