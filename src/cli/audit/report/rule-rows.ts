/** The rules that fired, ordered for the report, with their names in the report's language. */
import { RULE_CATALOG, type CustomRuleId, type Locale, type RuleId } from '../../../engine';
import type { AuditSummary, RuleTally } from '../summary';

export interface RuleRow {
  readonly id: RuleId | CustomRuleId;
  readonly title: string;
  readonly tally: RuleTally;
  /** Messages the rule fired on, at any severity. */
  readonly messages: number;
}

/** Most frequent first; rules that fired equally often keep the summary's (catalog) order. */
export function ruleRows(summary: AuditSummary, locale: Locale): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const [id, tally] of Object.entries(summary.rules) as [RuleId | CustomRuleId, RuleTally | undefined][]) {
    if (!tally) continue;
    rows.push({ id, title: titleOf(id, locale), tally, messages: tally.messages });
  }
  return rows.map((row, index) => ({ row, index })).sort((a, b) => b.row.messages - a.row.messages || a.index - b.index).map(({ row }) => row);
}

/** A custom rule, or a rule of a newer Preflight this one does not know: its id stands in. */
function titleOf(id: RuleId | CustomRuleId, locale: Locale): string {
  const entry = Object.hasOwn(RULE_CATALOG, id) ? RULE_CATALOG[id as RuleId] : undefined;
  return entry ? entry.title[locale] : id;
}

/** An element id for a rule's details: only the id's letters, digits and hyphens. */
export function ruleAnchor(id: string): string {
  return `rule-${id.replace(/[^a-z0-9-]/gu, '_')}`;
}
