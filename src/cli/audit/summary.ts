/**
 * What `preflight audit` adds up over a mailbox (RULES.md «Audit»): the numbers the text and
 * JSON summaries print and the HTML report draws. Workers send their partial summaries to the
 * main thread, so everything here is plain data (structured-cloneable: no Map, no class).
 */
import type { ActiveSeverity, CustomRuleId, Decision, RuleId } from '../../engine';

/** Counts of messages in which a rule fired at each severity. */
export type SeverityCounts = Record<ActiveSeverity, number>;

/** One message shown as an example of a rule: every sensitive number in it already masked. */
export interface AuditExample {
  /** Where the message came from: a file path, `mbox-file#12` or `file.pst#Inbox/3`. */
  readonly source: string;
  readonly subject: string;
  /** The finding's message, in the audit's locale (masked, as every finding message is). */
  readonly message: string;
}

export interface RuleTally {
  /** Messages in which the rule fired at any severity (one rule can report at two in one message). */
  readonly messages: number;
  readonly counts: SeverityCounts;
  /**
   * What lay behind the findings, with how many messages each came up in: words and terms
   * (`term:工资表`), recipient domains (`domain:gmail.com`), file types (`type:.exe`). Only the
   * most frequent are kept (see `MAX_EVIDENCE`).
   */
  readonly evidence: Record<string, number>;
  /** The first few messages the rule fired on (`MAX_EXAMPLES`). */
  readonly examples: readonly AuditExample[];
}

/** A message that could not be read or parsed: counted and listed, never fatal. */
export interface UnreadableMessage {
  readonly source: string;
  readonly reason: string;
}

/** A message some rule could not judge (it threw: a bug in Preflight to report); the others did. */
export interface IncompleteMessage {
  readonly source: string;
  readonly rules: readonly string[];
}

export interface AuditSummary {
  readonly messages: number;
  readonly unreadable: readonly UnreadableMessage[];
  /** Counted among `messages` with what the other rules found; listed so their silence is not read as clean. */
  readonly incomplete: readonly IncompleteMessage[];
  readonly decisions: Record<Decision, number>;
  /** Built-in rules in catalog order, then custom rules (`x-…`) by id. */
  readonly rules: Partial<Record<RuleId | CustomRuleId, RuleTally>>;
  /** The policy's `version` (`default` without one). */
  readonly policy: string;
  /** Scopes by name, with how many messages each applied to. */
  readonly scopes: Record<string, number>;
}

export const MAX_EVIDENCE = 20;
export const MAX_EXAMPLES = 5;
