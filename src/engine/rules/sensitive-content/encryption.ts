import type { Draft } from '../../draft';
import type { EncryptionAction } from '../../policy/policy';
import type { ReportedFix } from '../../rule';
import { carriesTag } from '../../text/subject-tag';
import type { Locale } from '../../types';

/**
 * How the draft is already protected as the policy asks, or undefined: it carries the policy's
 * sensitivity label, by id or by name (case-insensitive), or its subject carries the encryption tag.
 */
export function protectionOf(draft: Draft, encryption: EncryptionAction): string | undefined {
  if (encryption.method === 'sensitivityLabel') {
    const label = encryption.label.trim();
    const carried = [draft.sensitivityLabel, draft.sensitivityLabelName].map((value) => value?.trim().toLowerCase());
    return carried.includes(label.toLowerCase()) ? label : undefined;
  }
  if (encryption.method === 'subjectTag') {
    return carriesTag(draft.subject, encryption.tag) ? encryption.tag.trim() : undefined;
  }
  return undefined;
}

/**
 * The fix the policy's encryption method offers. The subject tag goes after any RE:/FW:
 * prefixes and keeps every word of the subject; it is not offered when `subjectHoldsData`,
 * because the new subject would repeat the sensitive number (and subjects travel unencrypted).
 */
export function encryptionFix(draft: Draft, encryption: EncryptionAction, locale: Locale, subjectHoldsData: boolean): ReportedFix | undefined {
  switch (encryption.method) {
    case 'sensitivityLabel':
      return { id: 'apply-label', action: { kind: 'applySensitivityLabel', label: encryption.label } };
    case 'subjectTag':
      return subjectHoldsData ? undefined : { id: 'add-tag', action: { kind: 'tagSubject', tag: encryption.tag.trim(), style: 'encryption' } };
    case 'instruction': {
      const text = typeof encryption.text === 'string' ? encryption.text : encryption.text[locale];
      return { id: 'show-instruction', action: { kind: 'showInstruction', text } };
    }
  }
}
