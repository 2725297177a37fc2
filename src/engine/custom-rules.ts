import type { DraftFacts } from './facts';
import type { CustomRule } from './policy/policy';
import { isDomainWithin } from './text/address';
import { nfkc } from './text/normalize';
import type { DraftField } from './types';

/** What a custom rule found: the matched text, the part it was in, and the field to point at. */
export interface CustomMatch {
  readonly matched: string;
  readonly where: CustomRule['in'][number];
  readonly field: DraftField;
}

/**
 * The first match of a custom rule (RULES.md «Custom rules») over the parts it names, in the
 * order it names them. A part the client could not read is skipped, never taken for empty.
 * Keywords match like the built-in lists; in recipient domains a keyword is a domain, matching it
 * and its subdomains only.
 */
export function matchCustomRule(rule: CustomRule, facts: DraftFacts): CustomMatch | null {
  const unread = facts.draft.unavailable;
  for (const where of rule.in) {
    if (where === 'recipientDomains') {
      for (const { domain, field } of facts.recipients) {
        if (unread.includes(field) || !domain) continue;
        const matched = rule.keywords.keywords.find((keyword) => isDomainWithin(domain, [keyword])) || firstPattern(rule, domain);
        if (matched) return { matched: domain, where, field };
      }
      continue;
    }
    const part = where === 'attachmentNames' ? 'attachments' : where === 'subject' ? 'subject' : 'body';
    if (unread.includes(part)) continue;
    for (const text of textsOf(where, facts)) {
      const keyword = rule.keywords.findFirst(text);
      const matched = keyword ? text.slice(keyword.start, keyword.end) : firstPattern(rule, text);
      if (matched) return { matched, where, field: part };
    }
  }
  return null;
}

/** The part's texts, normalised for matching (NFKC, lower case). */
function textsOf(where: Exclude<CustomRule['in'][number], 'recipientDomains'>, facts: DraftFacts): readonly string[] {
  if (where === 'subject') return [facts.subjectParts.rest.toLowerCase()];
  if (where === 'body') return [facts.authorText];
  if (where === 'history') return [facts.bodyParts.quoted.toLowerCase()];
  return facts.draft.attachments.map((attachment) => nfkc(attachment.name).toLowerCase());
}

function firstPattern(rule: CustomRule, text: string): string {
  for (const pattern of rule.patterns) {
    const found = pattern.find(text);
    if (found) return text.slice(found.start, found.end);
  }
  return '';
}
