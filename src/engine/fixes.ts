import { tagSubject } from './text/subject-tag';
import type { FixAction } from './types';

/**
 * The subject a `tagSubject` fix makes of the subject as it is now. The Office adapter and the
 * playground call this right before writing, so edits made since the check are kept. The fix is
 * data: any rule may ask for a subject tag without this module knowing the rule.
 */
export function applySubjectTag(subject: string, action: Extract<FixAction, { kind: 'tagSubject' }>): string {
  return tagSubject(subject, action.tag, action.style);
}
