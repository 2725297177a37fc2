import type { RuleId } from './rules/ids';

/** Languages the UI and every message are written in. */
export const LOCALES = ['zh-CN', 'zh-TW', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in each supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * `off` produces nothing; `info` shows in the task pane (and, for external recipients only, one
 * notification bar) and never stops Send; `warning` nudges at send; `block` stops the send.
 */
export const SEVERITIES = ['off', 'info', 'warning', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ActiveSeverity = Exclude<Severity, 'off'>;

/** What the on-send handler does with a draft. */
export type Decision = 'allow' | 'prompt' | 'block';

/** Generated from the rule folders (`npm run generate`), in catalog order. */
export { RULE_IDS, type RuleId } from './rules/ids';

/** The id of a rule the policy defines (`customRules`): `x-` keeps it apart from every built-in id. */
export type CustomRuleId = `x-${string}`;

export type RecipientField = 'to' | 'cc' | 'bcc';

/** Where in the draft a finding points. */
export type DraftField = 'subject' | 'body' | RecipientField | 'attachments' | 'from';

/**
 * A change a finding proposes, as data. The Office adapter, the playground or the CLI applies it;
 * the engine never touches a mailbox. No fix removes text the author wrote.
 */
export type FixAction =
  | { readonly kind: 'setSubject'; readonly subject: string }
  /**
   * Puts `tag` at the start of the subject as it is when the fix is applied (the user may have
   * edited it since the check): `importance` moves a tag already in the subject to the front,
   * `encryption` adds the tag once. Carries no copy of the subject, so no data leaks into output.
   */
  | { readonly kind: 'tagSubject'; readonly tag: string; readonly style: 'importance' | 'encryption' }
  | { readonly kind: 'removeRecipients'; readonly entries: readonly RecipientRef[] }
  | { readonly kind: 'moveRecipients'; readonly entries: readonly RecipientRef[]; readonly target: RecipientField }
  /**
   * `closing` goes where a letter's closing goes: above the sender's signature (name and contact
   * lines) when there is one, else at the end of the author's text; `end` after the author's text.
   * Both stay above quoted history.
   */
  | { readonly kind: 'insertText'; readonly text: string; readonly position: 'cursor' | 'start' | 'end' | 'closing' }
  | { readonly kind: 'applySensitivityLabel'; readonly label: string }
  | { readonly kind: 'showInstruction'; readonly text: string };

/** Points at one recipient entry: its field, its position in that field, and its address. */
export interface RecipientRef {
  readonly field: RecipientField;
  readonly index: number;
  readonly address: string;
}

export interface Fix {
  /** Stable within a rule, e.g. `add-tag`. */
  readonly id: string;
  /** Localised button label. */
  readonly title: string;
  readonly action: FixAction;
}

/** One problem found in a draft, ready to show. */
export interface Finding {
  readonly rule: RuleId | CustomRuleId;
  readonly severity: ActiveSeverity;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  /** One sentence, in the requested locale. */
  readonly message: string;
  /** The clauses of the organisation's rules this comes from (short citation), in the requested locale. */
  readonly clause: string;
  readonly field?: DraftField;
  readonly fixes: readonly Fix[];
  /**
   * The review step the policy puts before Send for this rule (RULES.md «Review steps»), in the
   * requested locale: until the user confirms it in the task pane, Send stops.
   */
  readonly acknowledge?: AcknowledgeRequest;
}

export interface AcknowledgeRequest {
  /** The checkbox's label (部门负责人已审核). */
  readonly label: string;
  /** The reference field's name (审批编号), or null when a tick is enough. */
  readonly reference: string | null;
}

export interface Evaluation {
  readonly decision: Decision;
  readonly findings: readonly Finding[];
  /** What was not checked in full, when a limit of `EvaluateOptions` was reached (`patterns:3000000`). */
  readonly truncated?: readonly string[];
  /** The rules (built-in or custom ids) that threw instead of judging the draft: a bug to report, never a clean result. */
  readonly failed?: readonly string[];
}
