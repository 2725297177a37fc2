/**
 * Adding messages up: a worker tallies its batch, the main thread merges the tallies and turns
 * the total into the `AuditSummary`. Examples and unreadable messages carry their position in
 * the input (`seq`), so the summary is the same whichever worker saw which message.
 */
import { RULE_IDS, type CustomRuleId, type Decision, type Evaluation, type RuleId } from '../../engine';
import { MAX_EVIDENCE, MAX_EXAMPLES, type AuditExample, type AuditSummary, type IncompleteMessage, type SeverityCounts, type UnreadableMessage } from './summary';

/** A message's position in the inputs, counted from 0 over every PATH. */
type Sequenced<T> = T & { readonly seq: number };

/** A built-in rule's id or a custom rule's: both are counted alike. */
type AnyRuleId = RuleId | CustomRuleId;

export interface RuleTotals {
  /** Messages the rule fired in, at any severity. */
  messages: number;
  readonly counts: SeverityCounts;
  /** Every evidence key seen so far; only the most frequent reach the summary. */
  readonly evidence: Record<string, number>;
  /** How many keys `evidence` holds. */
  evidenceKeys: number;
  /** The first examples by `seq`, at most `MAX_EXAMPLES`. */
  examples: Sequenced<AuditExample>[];
}

/** Plain data, so that it crosses from a worker to the main thread as it is. */
export interface AuditTally {
  messages: number;
  unreadable: Sequenced<UnreadableMessage>[];
  incomplete: Sequenced<IncompleteMessage>[];
  readonly decisions: Record<Decision, number>;
  readonly rules: Partial<Record<AnyRuleId, RuleTotals>>;
  readonly scopes: Record<string, number>;
}

/**
 * Evidence keys are kept per rule up to this many: beyond it, new keys are not counted. Domains
 * and words repeat across mail, so real mailboxes stay far below it; it keeps a mailbox of
 * unique values from growing the tally without bound.
 */
export const MAX_TRACKED_EVIDENCE = 10_000;

export function emptyTally(): AuditTally {
  return { messages: 0, unreadable: [], incomplete: [], decisions: { allow: 0, prompt: 0, block: 0 }, rules: {}, scopes: {} };
}

/** What one message gave: its evaluation, the evidence keys per rule, and its example texts. */
export interface MessageOutcome {
  readonly seq: number;
  readonly source: string;
  /** Masked. */
  readonly subject: string;
  readonly evaluation: Evaluation;
  readonly evidence: ReadonlyMap<AnyRuleId, ReadonlySet<string>>;
  readonly scopes: readonly string[];
}

export function addMessage(tally: AuditTally, outcome: MessageOutcome): void {
  tally.messages += 1;
  tally.decisions[outcome.evaluation.decision] += 1;
  for (const scope of outcome.scopes) increment(tally.scopes, scope, 1);
  const { failed } = outcome.evaluation;
  if (failed) tally.incomplete.push({ seq: outcome.seq, source: outcome.source, rules: failed });
  const seen = new Set<string>();
  for (const finding of outcome.evaluation.findings) {
    const rule = rulesOf(tally, finding.rule);
    // Counts are of messages: a rule that reports twice at one severity counts once.
    const key = `${finding.rule}\u0000${finding.severity}`;
    if (!seen.has(key)) rule.counts[finding.severity] += 1;
    if (!seen.has(finding.rule)) {
      rule.messages += 1;
      for (const word of outcome.evidence.get(finding.rule) ?? []) addEvidence(rule, word, 1);
      offerExample(rule, { seq: outcome.seq, source: outcome.source, subject: outcome.subject, message: finding.message });
    }
    seen.add(key).add(finding.rule);
  }
}

export function addUnreadable(tally: AuditTally, message: Sequenced<UnreadableMessage>): void {
  tally.unreadable.push(message);
}

export function mergeTally(into: AuditTally, part: AuditTally): void {
  into.messages += part.messages;
  into.unreadable.push(...part.unreadable);
  into.incomplete.push(...part.incomplete);
  for (const decision of Object.keys(into.decisions) as Decision[]) into.decisions[decision] += part.decisions[decision];
  for (const [scope, count] of Object.entries(part.scopes)) increment(into.scopes, scope, count);
  for (const [id, totals] of Object.entries(part.rules) as [AnyRuleId, RuleTotals][]) {
    const rule = rulesOf(into, id);
    rule.messages += totals.messages;
    rule.counts.block += totals.counts.block;
    rule.counts.warning += totals.counts.warning;
    rule.counts.info += totals.counts.info;
    for (const [word, count] of Object.entries(totals.evidence)) addEvidence(rule, word, count);
    for (const example of totals.examples) offerExample(rule, example);
  }
}

/**
 * The summary: built-in rules in catalog order, then custom rules by id; the top evidence,
 * examples and unreadable messages in input order.
 */
export function summarize(tally: AuditTally, policy: string): AuditSummary {
  const rules: AuditSummary['rules'] = {};
  const custom = (Object.keys(tally.rules) as AnyRuleId[]).filter((id) => id.startsWith('x-')).sort();
  for (const id of [...RULE_IDS, ...custom]) {
    const totals = tally.rules[id];
    if (totals) rules[id] = { messages: totals.messages, counts: { ...totals.counts }, evidence: topEvidence(totals.evidence), examples: totals.examples.map(withoutSeq) };
  }
  const unreadable = [...tally.unreadable].sort((a, b) => a.seq - b.seq).map(({ source, reason }) => ({ source, reason }));
  const incomplete = [...tally.incomplete].sort((a, b) => a.seq - b.seq).map(({ source, rules }) => ({ source, rules }));
  return { messages: tally.messages, unreadable, incomplete, decisions: { ...tally.decisions }, rules, policy, scopes: { ...tally.scopes } };
}

function rulesOf(tally: AuditTally, id: AnyRuleId): RuleTotals {
  let rule = tally.rules[id];
  if (!rule) {
    rule = { messages: 0, counts: { block: 0, warning: 0, info: 0 }, evidence: {}, evidenceKeys: 0, examples: [] };
    tally.rules[id] = rule;
  }
  return rule;
}

/** Own keys only: a scope named `constructor` is a count like any other. */
function increment(counts: Record<string, number>, key: string, by: number): void {
  counts[key] = (Object.hasOwn(counts, key) ? counts[key]! : 0) + by;
}

function addEvidence(rule: RuleTotals, word: string, count: number): void {
  if (Object.hasOwn(rule.evidence, word)) {
    increment(rule.evidence, word, count);
  } else if (rule.evidenceKeys < MAX_TRACKED_EVIDENCE) {
    rule.evidence[word] = count;
    rule.evidenceKeys += 1;
  }
}

/** Keeps the `MAX_EXAMPLES` earliest examples. */
function offerExample(rule: RuleTotals, example: Sequenced<AuditExample>): void {
  const examples = rule.examples;
  if (examples.length >= MAX_EXAMPLES && examples[examples.length - 1]!.seq < example.seq) return;
  examples.push(example);
  examples.sort((a, b) => a.seq - b.seq);
  if (examples.length > MAX_EXAMPLES) examples.length = MAX_EXAMPLES;
}

/** The most frequent keys, ties in code-point order, so every run gives the same list. */
function topEvidence(evidence: Record<string, number>): Record<string, number> {
  const entries = Object.entries(evidence).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.slice(0, MAX_EVIDENCE));
}

function withoutSeq({ source, subject, message }: Sequenced<AuditExample>): AuditExample {
  return { source, subject, message };
}
