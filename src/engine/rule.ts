import type { ClauseId } from './clauses';
import type { Draft, DraftPart } from './draft';
import type { DraftFacts } from './facts';
import type { OptionSpecs, ResolvedOptions } from './options';
import type { Policy } from './policy/policy';
import type { RuleArea } from './rules/areas';
import type { ActiveSeverity, DraftField, FixAction, Locale, LocalizedText, RuleId, Severity } from './types';

/** Message templates by message id, with `{{placeholders}}`. */
export type MessageTable = Readonly<Record<string, LocalizedText>>;

export interface RuleMeta<S extends OptionSpecs = OptionSpecs, M extends MessageTable = MessageTable> {
  readonly id: RuleId;
  readonly defaultSeverity: Severity;
  /** The clauses of the seed documents this rule enforces, most specific first. */
  readonly clauses: readonly ClauseId[];
  /** What the rule asks for, in plain words: a finding's clause when the policy has none of its own (see principles.ts). */
  readonly principle: LocalizedText;
  /** Message templates by message id, with `{{placeholders}}`: a report names one and fills its placeholders. */
  readonly messages: M;
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

export type ReportData = Readonly<Record<string, string | number>>;

/** What a rule's check returns for each problem. */
export interface Report {
  readonly messageId: string;
  readonly data?: ReportData;
  readonly field?: DraftField;
  readonly fixes?: readonly ReportedFix[];
  /** Replaces the configured severity for this report (e.g. escalation to `block`). */
  readonly severity?: ActiveSeverity;
  /** Advice beside the rule's point (a line to add): the policy's review step is not asked for it. */
  readonly advisory?: true;
}

/** The names between `{{` and `}}` in a template: `'{{count}} of {{max}}'` gives `'count' | 'max'`. */
export type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** Data that fills every placeholder of the message (more values may ride along). */
type DataFor<Names extends string> = [Names] extends [never] ? { readonly data?: ReportData } : { readonly data: Readonly<Record<Names, string | number>> & ReportData };

/** A report of one of the rule's messages, with data for each placeholder any locale's text uses. */
export type TypedReport<M extends MessageTable> = {
  [Id in keyof M & string]: Omit<Report, 'messageId' | 'data'> & { readonly messageId: Id } & DataFor<Placeholders<M[Id][Locale]>>;
}[keyof M & string];

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
  /**
   * The policy puts a review step before Send on this rule (RULES.md «Review steps»): a rule
   * whose point is a kind of mail rather than a fault (important mail) reports that mail then.
   */
  readonly reviewStep: boolean;
}

/**
 * A rule as the engine runs it, whatever its options and message ids: the policy resolved the
 * options with this rule's own specs (`resolvePolicy`), so they are the ones its check reads.
 */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext<unknown>): readonly Report[];
}

/** A rule as its folder writes it, with its options' and messages' types inferred from the meta. */
export interface RuleDefinition<S extends OptionSpecs, M extends MessageTable> {
  readonly meta: RuleMeta<S, M> & { readonly aboutInheritedSubject?: readonly (keyof M & string)[] };
  check(context: RuleContext<ResolvedOptions<S>>): readonly TypedReport<M>[];
}

/**
 * Declares a rule. The options' types come from the option specs; the message ids and placeholder
 * names from the message texts, so a report naming a message the meta lacks, or leaving one of its
 * `{{placeholders}}` without data, does not compile.
 */
export function defineRule<S extends OptionSpecs, const M extends MessageTable>(rule: RuleDefinition<S, M>): Rule {
  return rule;
}

/**
 * A rule's entry in the catalog: what the task pane and the docs call it, and where it stands.
 * Kept beside the rule rather than in its meta so the on-send bundle, which shows none of it,
 * carries none of it (`npm run generate` collects the entries into rules/catalog.ts).
 */
export interface CatalogEntry {
  /** The catalog orders rules by area (the order of `RULE_AREAS`), then by position within it. */
  readonly area: RuleArea;
  /** Unique within the area; steps of 10 leave room for a new rule between two. */
  readonly position: number;
  /** A short title for the findings list. */
  readonly title: LocalizedText;
  /** When the rule fires, in one sentence: the rule page's summary and the "Fires when" of docs/rules.md. */
  readonly description: string;
}
