/** Per rule: the words, domains and file types behind it, and a few example messages. */
import type { CalendarDate } from '../../../engine/detectors';
import type { AuditExample } from '../summary';
import type { EvidenceKind, ReportText } from './labels';
import { ruleAnchor, type RuleRow } from './rule-rows';
import { escapeHtml, mailSource, mailText } from './safe-text';

const KINDS: readonly EvidenceKind[] = ['term', 'domain', 'type', 'other'];

export function ruleDetails(row: RuleRow, text: ReportText, today: CalendarDate): string {
  const anchor = ruleAnchor(row.id);
  return (
    `<article class="rule" id="${anchor}" data-rule="${escapeHtml(row.id)}" aria-labelledby="${anchor}-heading">` +
    `<h3 id="${anchor}-heading">${escapeHtml(row.title)} <code>${escapeHtml(row.id)}</code></h3>` +
    evidenceList(row.tally.evidence, text, today) +
    examplesTable(row.tally.examples, text, today) +
    '</article>'
  );
}

/** `term:工资表` → term, `工资表`; a key of a kind this report does not know is shown whole. */
export function parseEvidenceKey(key: string): { readonly kind: EvidenceKind; readonly value: string } {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  if (colon > 0 && (kind === 'term' || kind === 'domain' || kind === 'type')) return { kind, value: key.slice(colon + 1) };
  return { kind: 'other', value: key };
}

/** The evidence grouped by kind, most frequent first within each (the summary's order); none, nothing. */
function evidenceList(evidence: Readonly<Record<string, number>>, text: ReportText, today: CalendarDate): string {
  const groups = new Map<EvidenceKind, string[]>();
  for (const [key, count] of Object.entries(evidence)) {
    const { kind, value } = parseEvidenceKey(key);
    const items = groups.get(kind) ?? [];
    items.push(`<li><span class="term">${mailText(value, today)}</span> <span class="n">${text.count(count)}</span></li>`);
    groups.set(kind, items);
  }
  if (groups.size === 0) return '';
  const rows = KINDS.filter((kind) => groups.has(kind)).map(
    (kind) => `<div data-kind="${kind}"><dt>${escapeHtml(text.labels.evidenceKind[kind])}</dt><dd><ul class="chips">${groups.get(kind)!.join('')}</ul></dd></div>`,
  );
  return `<h4>${escapeHtml(text.labels.evidence)}</h4><dl class="evidence">${rows.join('')}</dl>`;
}

function examplesTable(examples: readonly AuditExample[], text: ReportText, today: CalendarDate): string {
  if (examples.length === 0) return '';
  const labels = text.labels;
  const rows = examples.map(
    (example) =>
      `<tr><td class="source">${mailSource(example.source, today)}</td>` +
      `<td>${example.subject === '' ? `<span class="none">${escapeHtml(labels.noSubject)}</span>` : mailText(example.subject, today)}</td>` +
      `<td>${mailText(example.message, today)}</td></tr>`,
  );
  return (
    `<h4>${escapeHtml(labels.examples)}</h4><table class="examples"><thead><tr><th scope="col" class="source">${escapeHtml(labels.source)}</th>` +
    `<th scope="col" class="subject">${escapeHtml(labels.subject)}</th><th scope="col">${escapeHtml(labels.message)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}
