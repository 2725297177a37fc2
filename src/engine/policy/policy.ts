import type { AdminPattern } from '../detectors/admin-patterns';
import type { KeywordMatcher } from '../text/keyword-matcher';
import type { CustomRuleId, Locale, LocalizedText, RuleId, Severity } from '../types';
import type { CUSTOM_RULE_PARTS } from './schema';
import type { PolicyScope } from './scopes';

/** The fix `sensitive-content` offers (policy key `encryption`). */
export type EncryptionAction =
  | { readonly method: 'sensitivityLabel'; readonly label: string }
  | { readonly method: 'subjectTag'; readonly tag: string }
  | { readonly method: 'instruction'; readonly text: string | LocalizedText };

export interface MailTemplate {
  readonly name: string;
  readonly subject?: string;
  readonly body: string;
}

/** A review step the user confirms in the task pane before Send lets the rule's findings go. */
export interface AcknowledgeStep {
  readonly label: LocalizedText;
  /** The name of the reference the user gives (审批编号), or null when a tick is enough. */
  readonly reference: LocalizedText | null;
}

export interface RuleSettings {
  readonly severity: Severity;
  readonly acknowledge: AcknowledgeStep | null;
  /** The rule's resolved options (typed by the rule's own option specs). */
  readonly options: unknown;
}

/** A recipient the organisation forbids, with the admin's own message when it gave one. */
export interface RestrictedRecipient {
  /** The address or `*` pattern as the policy wrote it. */
  readonly match: string;
  readonly message: LocalizedText | null;
  /** Whether an address is this entry: the whole address, case-insensitively. */
  matches(address: string): boolean;
}

/** A rule of the organisation's own (`customRules`), compiled. Its clause is in `Policy.clauses`. */
export interface CustomRule extends Omit<RuleSettings, 'options'> {
  readonly id: CustomRuleId;
  readonly in: readonly (typeof CUSTOM_RULE_PARTS)[number][];
  readonly keywords: KeywordMatcher;
  readonly patterns: readonly AdminPattern[];
  readonly message: LocalizedText;
}

/** A policy file merged over the built-in defaults, validated and ready to evaluate with. */
export interface Policy {
  /** Shown in audit headers; the admin's `version`, or `default`. */
  readonly version: string;
  readonly internalDomains: readonly string[];
  readonly groupAddresses: readonly string[];
  readonly sharedMailboxes: readonly string[];
  /** Recipients no mail may go to (`restricted-recipients`). */
  readonly restrictedRecipients: readonly RestrictedRecipient[];
  readonly importantTag: string;
  readonly encryption: EncryptionAction;
  /** The organisation's default UI language, if it set one. */
  readonly locale: Locale | null;
  /** The organisation's own clause text per rule (a custom rule's too), shown instead of the built-in principle. */
  readonly clauses: Readonly<Partial<Record<RuleId | CustomRuleId, LocalizedText>>>;
  /** `monitor`: Send never prompts or blocks, and the header records what would have happened. */
  readonly mode: 'enforce' | 'monitor';
  /** Per-sender overrides; `applyScopes` gives the policy for one sender. */
  readonly scopes: readonly PolicyScope[];
  readonly rules: Readonly<Record<RuleId, RuleSettings>>;
  /** The organisation's own rules, run after the built-in ones. */
  readonly customRules: readonly CustomRule[];
  /** When the check itself fails (Office.js error, timeout), block instead of letting the mail go. */
  readonly failClosed: boolean;
  /** On clients without Smart Alerts' "send anyway" (Mailbox < 1.14): let warnings through, or block. */
  readonly oldClientWarnings: 'allow' | 'block';
  /** Minutes Send holds back mail with an external recipient (Outlook's delayed delivery); 0: at once. */
  readonly deferExternalMinutes: number;
  /** Templates the task pane offers (seed 000 三.2.3). */
  readonly templates: readonly MailTemplate[];
  /** Subject tags that are markers, not content (the encryption tag). */
  readonly extraSubjectTags: readonly string[];
  isGroupAddress(address: string): boolean;
  isSharedMailbox(address: string): boolean;
}
