import terms from '../../data/terms.json';
import { doc, termListOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { joinList } from '../../i18n';
import { normalizeForMatch } from '../../text/normalize';

/** Shortest file-name stem worth looking for in the body: `a.pdf` would match any `a`. */
const MIN_STEM_LENGTH = 2;

export default defineRule({
  meta: {
    id: 'attachment-unexplained',
    defaultSeverity: 'info',
    clauses: ['attachments'],
    principle: PRINCIPLES.attachments,
    messages: {
      unexplained: {
        'zh-CN': '正文没有说明附件（{{names}}）的内容：请简要介绍附件。',
        'zh-TW': '內文沒有說明附件（{{names}}）的內容：請簡要介紹附件。',
        'en-US': 'The body does not say what is attached ({{names}}): add a short description.',
      },
    },
    requires: ['attachments', 'body'],
    options: {
      words: termListOption(terms.attachmentWords, doc('Words that introduce an attachment; an array adds to the built-in list, {"replace": [...]} replaces it.')),
    },
  },
  check({ facts, options, locale }) {
    const attached = facts.nonInlineAttachments;
    if (attached.length === 0) return [];
    const text = facts.authorText;
    if (options.words.test(text)) return [];
    if (attached.some((attachment) => namesAttachment(text, attachment.name))) return [];
    return [{ messageId: 'unexplained', data: { names: joinList(attached.map((a) => a.name), locale) }, field: 'body' }];
  },
});

function namesAttachment(text: string, fileName: string): boolean {
  const name = normalizeForMatch(fileName).trim();
  const stem = name.replace(/\.[^.]{1,8}$/u, '');
  return [name, stem].some((candidate) => candidate.length >= MIN_STEM_LENGTH && text.includes(candidate));
}
