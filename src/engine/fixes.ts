import type { FixAction } from './types';
import { tagSubject } from './rules/important-tag';
import { taggedSubject } from './rules/sensitive-content/encryption';

/**
 * The subject a `tagSubject` fix makes of the subject as it is now. The Office adapter and the
 * playground call this right before writing, so edits made since the check are kept.
 */
export function applySubjectTag(subject: string, action: Extract<FixAction, { kind: 'tagSubject' }>): string {
  return action.style === 'importance' ? tagSubject(subject, action.tag) : taggedSubject(subject, action.tag);
}
