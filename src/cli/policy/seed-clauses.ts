/**
 * The seed documents' clauses (shared/seeds/, cited in src/engine/clauses.ts) as the presets quote
 * them: a rule's clauses from the preset's own documents only, cited and quoted in every language.
 */
import { LOCALE_CONVENTIONS, RULES, type Locale, type LocalizedText, type RuleId } from '../../engine';
import { quoteClause } from '../../engine/clause-texts';
import { CLAUSES, citeClause, type Clause, type ClauseId } from '../../engine/clauses';

/** A seed document's number: 000 nonprofit, 001 and 002 company rules, 003 government, 004 corporate mailbox. */
export type SeedDocument = Clause['document'];

/** The clauses `rule` encodes (its meta.clauses) that come from one of `documents`, in the rule's order. */
export function clausesFrom(rule: RuleId, documents: readonly SeedDocument[]): ClauseId[] {
  const clauses: readonly ClauseId[] = RULES.find((candidate) => candidate.meta.id === rule)?.meta.clauses ?? [];
  return clauses.filter((id) => documents.includes(CLAUSES[id].document));
}

/** The clauses cited and quoted, one per line, in each language: `《企业邮箱管理制度》第四篇 四.8：员工收到…`. */
export function quoteClauses(ids: readonly ClauseId[]): LocalizedText {
  const lines = (locale: Locale): string => ids.map((id) => quoteClause(id, locale)).join('\n');
  return { 'zh-CN': lines('zh-CN'), 'zh-TW': lines('zh-TW'), 'en-US': lines('en-US') };
}

/** The citations alone, for a `$comment`: `《消息发送管理办法》二(一)4；…`. */
export function citeClauses(ids: readonly ClauseId[], locale: Locale): string {
  return ids.map((id) => citeClause(id, locale)).join(LOCALE_CONVENTIONS[locale].citationSeparator);
}
