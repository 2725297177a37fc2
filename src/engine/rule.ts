import type { ClauseId } from './clauses';
import type { Draft, DraftPart } from './draft';
import type { DraftFacts } from './facts';
import type { OptionSpecs, ResolvedOptions } from './options';
import type { Policy } from './policy/policy';
import type { ActiveSeverity, DraftField, FixAction, Locale, LocalizedText, RuleId, Severity } from './types';

export interface RuleMeta<S extends OptionSpecs = OptionSpecs> {
  readonly id: RuleId;
  readonly defaultSeverity: Severity;
  /** The clauses of the seed documents this rule enforces, most specific first. */
  readonly clauses: readonly ClauseId[];
  /** Message templates by message id, with `{{placeholders}}`. */
  readonly messages: Readonly<Record<string, LocalizedText>>;
  /** Button labels of the fixes the rule may offer, by fix id. */
  readonly fixes?: Readonly<Record<string, LocalizedText>>;
  readonly options: S;
  /**
   * Parts of the draft the rule cannot judge without. When the client could not read one (an
   * older Outlook, a failed call), the rule is not run rather than taking it for empty.
   */
  readonly requires?: readonly DraftPart[];
  /**
   * Message ids that judge the subject's wording: on a reply or forward that kept the subject it
   * inherited, they report at most `info` (the author did not write it).
   */
  readonly aboutInheritedSubject?: readonly string[];
}

/** A proposed fix as a rule reports it; the engine adds the localised title. */
export interface ReportedFix {
  readonly id: string;
  readonly action: FixAction;
}

/** What a rule's check returns for each problem. */
export interface Report {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly field?: DraftField;
  readonly fixes?: readonly ReportedFix[];
  /** Replaces the configured severity for this report (e.g. escalation to `block`). */
  readonly severity?: ActiveSeverity;
}

export interface RuleContext<O> {
  readonly draft: Draft;
  readonly facts: DraftFacts;
  readonly policy: Policy;
  readonly options: O;
  /** The severity the policy gives this rule (never `off`: off rules are not run). */
  readonly severity: ActiveSeverity;
  /** The locale messages are shown in, for rules that build list placeholders. */
  readonly locale: Locale;
  /** The moment of the check (`EvaluateOptions.now`). */
  readonly now: Date;
}

export interface Rule<S extends OptionSpecs = OptionSpecs> {
  readonly meta: RuleMeta<S>;
  check(context: RuleContext<ResolvedOptions<S>>): readonly Report[];
}

/** Declares a rule with its options' types inferred from the option specs. */
export function defineRule<S extends OptionSpecs>(rule: Rule<S>): Rule<S> {
  return rule;
}
