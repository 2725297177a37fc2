/** The audit's summary for people (text, in the audit's language) and for programs (one JSON object). */
import { LOCALE_CONVENTIONS, type ActiveSeverity, type Decision, type Locale } from '../../engine';
import { displayWidth } from '../../engine/text/width';
import { visible } from '../visible';
import type { AuditSummary } from './summary';
import { AUDIT_TEXT, formatCount } from './texts';

const DECISIONS: readonly Decision[] = ['allow', 'prompt', 'block'];
/** The column order of the text table: the severities that stop Send first. */
const TEXT_SEVERITIES: readonly ActiveSeverity[] = ['block', 'warning', 'info'];
/** The unreadable messages the text lists; JSON lists every one. */
export const LISTED_UNREADABLE = 20;

/** RULES.md «Audit»: `{"messages", "unreadable", "decisions", "rules", "policy"}`, then the lists. */
export function formatAuditJson(summary: AuditSummary): string {
  const rules: Record<string, Record<ActiveSeverity, number>> = {};
  for (const id of ruleIds(summary)) {
    const tally = summary.rules[id];
    if (tally) rules[id] = { warning: tally.counts.warning, block: tally.counts.block, info: tally.counts.info };
  }
  const json = {
    messages: summary.messages,
    unreadable: summary.unreadable.length,
    decisions: { allow: summary.decisions.allow, prompt: summary.decisions.prompt, block: summary.decisions.block },
    rules,
    policy: summary.policy,
    unreadableMessages: summary.unreadable.map(({ source, reason }) => ({ source, reason })),
    scopes: summary.scopes,
    ...(summary.incomplete.length > 0 ? { incompleteMessages: summary.incomplete.map(({ source, rules }) => ({ source, rules })) } : {}),
  };
  return `${JSON.stringify(json)}\n`;
}

export function formatAuditText(summary: AuditSummary, locale: Locale): string {
  const lines = [AUDIT_TEXT.headline(summary.messages, summary.policy)[locale]];
  if (summary.unreadable.length > 0) lines.push(AUDIT_TEXT.unreadableCount(summary.unreadable.length)[locale]);
  const { labelColon, listSeparator } = LOCALE_CONVENTIONS[locale];
  lines.push(`${AUDIT_TEXT.decisions[locale]}${labelColon}${DECISIONS.map((decision) => decisionCell(summary, decision, locale)).join(listSeparator)}`);
  lines.push('', AUDIT_TEXT.rulesHeading[locale], ...ruleTable(summary, locale));
  const scopes = Object.entries(summary.scopes);
  if (scopes.length > 0) lines.push('', AUDIT_TEXT.scopesHeading[locale], ...scopes.map(([name, count]) => `  ${visible(name)}  ${formatCount(count)}`));
  if (summary.unreadable.length > 0) lines.push('', AUDIT_TEXT.unreadableHeading[locale], ...unreadableLines(summary, locale));
  if (summary.incomplete.length > 0) lines.push('', AUDIT_TEXT.incompleteHeading[locale], ...incompleteLines(summary, locale));
  return `${lines.join('\n')}\n`;
}

/** The summary's rules in its own order: built-in ones in catalog order, then custom ones. */
function ruleIds(summary: AuditSummary): (keyof AuditSummary['rules'])[] {
  return Object.keys(summary.rules) as (keyof AuditSummary['rules'])[];
}

function decisionCell(summary: AuditSummary, decision: Decision, locale: Locale): string {
  const count = summary.decisions[decision];
  return `${AUDIT_TEXT.decision[decision][locale]} ${formatCount(count)} (${percent(count, summary.messages)})`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;
}

function ruleTable(summary: AuditSummary, locale: Locale): string[] {
  const rows = ruleIds(summary).flatMap((id) => {
    const tally = summary.rules[id];
    return tally ? [[id, ...TEXT_SEVERITIES.map((severity) => formatCount(tally.counts[severity]))]] : [];
  });
  if (rows.length === 0) return [`  ${AUDIT_TEXT.noRules[locale]}`];
  const header = AUDIT_TEXT.ruleColumns[locale].split('|');
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => displayWidth(row[column]!))));
  return table.map((row) => `  ${row.map((cell, column) => (column === 0 ? padEnd(cell, widths[0]!) : padStart(cell, widths[column]!))).join('  ')}`);
}

function unreadableLines(summary: AuditSummary, locale: Locale): string[] {
  const listed = summary.unreadable.slice(0, LISTED_UNREADABLE).map(({ source, reason }) => `  ${visible(source)}  ${visible(reason)}`);
  const rest = summary.unreadable.length - listed.length;
  return rest > 0 ? [...listed, `  ${AUDIT_TEXT.moreUnreadable(rest)[locale]}`] : listed;
}

/** Listed like the unreadable ones: the first few in text, every one in JSON. */
function incompleteLines(summary: AuditSummary, locale: Locale): string[] {
  const listed = summary.incomplete.slice(0, LISTED_UNREADABLE).map(({ source, rules }) => `  ${visible(source)}  ${rules.join(', ')}`);
  const rest = summary.incomplete.length - listed.length;
  return rest > 0 ? [...listed, `  ${AUDIT_TEXT.moreUnreadable(rest)[locale]}`] : listed;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(width - displayWidth(text), 0));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(width - displayWidth(text), 0)) + text;
}
