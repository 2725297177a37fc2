import terms from './terms.json';
import { doc, termListOption } from '../../options';
import { defineRule } from '../../rule';
import { PRINCIPLES } from '../../principles';
import { normalizeForMatch } from '../../text/normalize';
import { findImportanceTags } from '../../text/subject';

export default defineRule({
  meta: {
    id: 'important-tag',
    defaultSeverity: 'warning',
    clauses: ['subject'],
    principle: PRINCIPLES.important,
    messages: {
      missingTag: {
        'zh-CN': '主题提到“{{word}}”，但开头没有“{{tag}}”标记：重要邮件应在主题开头标注“{{tag}}”。',
        'zh-TW': '主旨提到「{{word}}」，但開頭沒有「{{tag}}」標記：重要郵件應在主旨開頭標註「{{tag}}」。',
        'en-US': 'The subject says "{{word}}" but does not start with "{{tag}}": tag important messages at the start of the subject.',
      },
      misplacedTag: {
        'zh-CN': '“{{found}}”标记应放在主题开头，而不是中间或末尾。',
        'zh-TW': '「{{found}}」標記應放在主旨開頭，而不是中間或結尾。',
        'en-US': 'The "{{found}}" tag belongs at the start of the subject, not in the middle or at the end.',
      },
    },
    aboutInheritedSubject: ['missingTag'],
    requires: ['subject'],
    options: {
      words: termListOption(terms.importanceWords, doc('Words that make a subject important; an array adds to the built-in list, {"replace": [...]} replaces it.')),
      exceptions: termListOption(
        terms.importanceExceptions,
        doc('Phrases that contain an importance word without making the mail important (重要性, 不紧急, not urgent); an array adds to the built-in list.'),
      ),
    },
    fixes: {
      'add-tag': { 'zh-CN': '改为“{{tag}} …”开头', 'zh-TW': '改為「{{tag}} …」開頭', 'en-US': 'Start the subject with "{{tag}}"' },
    },
  },
  check({ facts, options, policy }) {
    const tag = policy.importantTag;
    const { rest } = facts.subjectParts;
    const tags = findImportanceTags(rest, tag);
    if (tags[0]?.start === 0) return [];
    const fix = { id: 'add-tag', action: { kind: 'tagSubject' as const, tag, style: 'importance' as const } };
    if (tags.length > 0) {
      return [{ messageId: 'misplacedTag', data: { found: tags[0]!.text, tag }, field: 'subject', fixes: [fix] }];
    }
    const word = options.words.matcher.findFirst(options.exceptions.matcher.blankOut(normalizeForMatch(rest)));
    if (!word) return [];
    return [{ messageId: 'missingTag', data: { word: word.keyword, tag }, field: 'subject', fixes: [fix] }];
  },
});
