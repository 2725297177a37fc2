import terms from './terms.json';
import { doc, termListOption } from '../../options';
import { defineRule } from '../../rule';
import { foldWithOffsets } from '../../text/fold';
import { normalizeForMatch } from '../../text/normalize';
import { findImportanceTags, splitSubjectPrefixes } from '../../text/subject';

export default defineRule({
  meta: {
    id: 'important-tag',
    defaultSeverity: 'warning',
    clauses: ['subject'],
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
    fixes: {
      'add-tag': { 'zh-CN': '改为“{{tag}} …”开头', 'zh-TW': '改為「{{tag}} …」開頭', 'en-US': 'Start the subject with "{{tag}}"' },
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


/**
 * Puts the tag at the start of the subject, after any reply/forward prefixes. A tag the author
 * already wrote elsewhere is moved to the front as typed; otherwise the canonical tag is added.
 * Prefixes and tags are recognised on the NFKC form (`ｒｅ：`, `［重要］`), but the subject keeps
 * the characters the author typed. Nothing the author wrote is dropped.
 *
 * @example tagSubject('ｒｅ：预算 ［重要］', '[重要]') // 'ｒｅ：［重要］ 预算'
 */
export function tagSubject(subject: string, tag: string): string {
  const folded = foldWithOffsets(subject);
  const { rest: foldedRest } = splitSubjectPrefixes(folded.text);
  const restStart = folded.text.length - foldedRest.length;
  const prefixes = subject.slice(0, folded.startOf(restStart));
  const rest = subject.slice(folded.startOf(restStart));
  const found = findImportanceTags(foldedRest, tag).map((occurrence) => ({
    start: folded.startOf(restStart + occurrence.start) - prefixes.length,
    end: folded.endOf(restStart + occurrence.end) - prefixes.length,
  }));
  if (found.length === 0) return `${prefixes}${tag} ${rest}`.trimEnd();
  let remainder = '';
  let last = 0;
  for (const occurrence of found) {
    remainder += rest.slice(last, occurrence.start);
    last = occurrence.end;
  }
  remainder = `${remainder}${rest.slice(last)}`.replace(/\s{2,}/gu, ' ').trim();
  const tags = found.map((occurrence) => rest.slice(occurrence.start, occurrence.end)).join(' ');
  return `${prefixes}${tags}${remainder ? ` ${remainder}` : ''}`;
}
