/** The report's sections as HTML; every text that came from mail goes through `mailText`. */
import type { CalendarDate } from '../../../engine/detectors';
import type { AuditSummary } from '../summary';
import { decisionsChart, ruleBar, SEVERITIES, SEVERITY_COLOURS, swatch } from './charts';
import type { ReportText } from './labels';
import { ruleAnchor, type RuleRow } from './rule-rows';
import { escapeHtml, mailSource, mailText } from './safe-text';

/** Unreadable messages listed by name; the rest are counted. A broken export can hold thousands. */
export const MAX_UNREADABLE_LISTED = 100;

export interface SectionContext {
  readonly summary: AuditSummary;
  readonly text: ReportText;
  readonly today: CalendarDate;
  readonly rows: readonly RuleRow[];
}

/** Title, what the report is, the policy, the date and the key figures. */
export function overview({ summary, text, today, rows }: SectionContext, generated: string): string {
  const labels = text.labels;
  const policy = summary.policy === 'default' ? escapeHtml(labels.defaultPolicy) : `<code>${mailText(summary.policy, today)}</code>`;
  const flagged = summary.decisions.prompt + summary.decisions.block;
  const figures: ReadonlyArray<readonly [string, string, string]> = [
    ['messages', labels.messages, text.count(summary.messages)],
    ['unreadable', labels.unreadable, text.count(summary.unreadable.length)],
    ['flagged', labels.flagged, text.percent(flagged, summary.messages)],
    ['rules', labels.rulesFired, text.count(rows.length)],
  ];
  return [
    `<header><h1>${escapeHtml(labels.title)}</h1><p class="intro">${escapeHtml(labels.intro)}</p>`,
    `<dl class="meta"><div><dt>${escapeHtml(labels.policy)}</dt><dd>${policy}</dd></div>`,
    `<div><dt>${escapeHtml(labels.generated)}</dt><dd>${escapeHtml(generated)}</dd></div></dl></header>`,
    '<ul class="figures">',
    ...figures.map(([key, label, value]) => `<li data-figure="${key}"><span class="value">${value}</span><span class="label">${escapeHtml(label)}</span></li>`),
    '</ul>',
  ].join('');
}

export function decisionsSection({ summary, text }: SectionContext): string {
  return section('decisions', text.labels.decisionsHeading, `<figure>${decisionsChart(summary.decisions, text, 'decisions-chart')}</figure>`);
}

/** Every rule that fired: a bar split by severity, its messages and its share of all messages. */
export function rulesSection({ summary, text, rows }: SectionContext): string {
  const labels = text.labels;
  if (rows.length === 0) return section('rules', labels.rulesHeading, `<p>${escapeHtml(labels.noRules)}</p>`);
  const legend = SEVERITIES.map((severity) => `<li>${swatch(SEVERITY_COLOURS[severity])}${escapeHtml(labels.severity[severity])}</li>`).join('');
  const longest = Math.max(...rows.map((row) => row.messages));
  const body = rows.map((row) => {
    const rate = text.percent(row.messages, summary.messages);
    const bar = ruleBar(row.tally.counts, longest, text.format(labels.ruleBar, { rule: row.title, count: text.messageCount(row.messages), rate }) + severityBreakdown(row, text));
    return (
      `<tr data-rule="${escapeHtml(row.id)}"><th scope="row"><a href="#${ruleAnchor(row.id)}">${escapeHtml(row.title)}</a> <code>${escapeHtml(row.id)}</code></th>` +
      `<td class="bar-cell">${bar}</td><td class="num" data-count>${text.count(row.messages)}</td><td class="num" data-rate>${rate}</td></tr>`
    );
  });
  return section(
    'rules',
    labels.rulesHeading,
    `<p class="note">${escapeHtml(labels.rulesNote)}</p><ul class="legend">${legend}</ul>` +
      `<table class="rules"><thead><tr><th scope="col">${escapeHtml(labels.rule)}</th><th scope="col">${escapeHtml(labels.distribution)}</th>` +
      `<th scope="col" class="num">${escapeHtml(labels.messageColumn)}</th><th scope="col" class="num">${escapeHtml(labels.share)}</th></tr></thead>` +
      `<tbody>${body.join('')}</tbody></table>`,
  );
}

/** `（阻止 3、警告 9）`: the severities the rule fired at. */
function severityBreakdown(row: RuleRow, text: ReportText): string {
  const parts = SEVERITIES.filter((severity) => row.tally.counts[severity] > 0).map((severity) => `${text.labels.severity[severity]} ${text.count(row.tally.counts[severity])}`);
  return parts.length > 0 ? text.aside(text.list(parts)) : '';
}

export function scopesSection({ summary, text, today }: SectionContext): string {
  const labels = text.labels;
  const scopes = Object.entries(summary.scopes).sort(([, a], [, b]) => b - a);
  if (scopes.length === 0) return section('scopes', labels.scopesHeading, `<p>${escapeHtml(labels.noScopes)}</p>`);
  const rows = scopes.map(
    ([name, count]) => `<tr><th scope="row">${mailText(name, today)}</th><td class="num">${text.count(count)}</td><td class="num">${text.percent(count, summary.messages)}</td></tr>`,
  );
  return section(
    'scopes',
    labels.scopesHeading,
    `<table><thead><tr><th scope="col">${escapeHtml(labels.scope)}</th><th scope="col" class="num">${escapeHtml(labels.messageColumn)}</th>` +
      `<th scope="col" class="num">${escapeHtml(labels.share)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}

export function unreadableSection({ summary, text, today }: SectionContext): string {
  const labels = text.labels;
  const unreadable = summary.unreadable;
  if (unreadable.length === 0) return section('unreadable', labels.unreadableHeading, `<p>${escapeHtml(labels.noUnreadable)}</p>`);
  const rows = unreadable.slice(0, MAX_UNREADABLE_LISTED).map((item) => `<tr><td class="source">${mailSource(item.source, today)}</td><td>${mailText(item.reason, today)}</td></tr>`);
  const more = unreadable.length - MAX_UNREADABLE_LISTED;
  return section(
    'unreadable',
    labels.unreadableHeading + text.aside(text.count(unreadable.length)),
    `<table><thead><tr><th scope="col">${escapeHtml(labels.source)}</th><th scope="col">${escapeHtml(labels.reason)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
      (more > 0 ? `<p class="more">${escapeHtml(text.format(labels.more, { count: text.count(more) }))}</p>` : ''),
  );
}

/** Only when a rule threw on some message: nothing to say otherwise. */
export function incompleteSection({ summary, text, today }: SectionContext): string {
  const labels = text.labels;
  const incomplete = summary.incomplete;
  if (incomplete.length === 0) return '';
  const rows = incomplete.slice(0, MAX_UNREADABLE_LISTED).map((item) => `<tr><td class="source">${mailSource(item.source, today)}</td><td>${item.rules.map((id) => `<code>${escapeHtml(id)}</code>`).join(' ')}</td></tr>`);
  const more = incomplete.length - MAX_UNREADABLE_LISTED;
  return section(
    'incomplete',
    labels.incompleteHeading + text.aside(text.count(incomplete.length)),
    `<p>${escapeHtml(labels.incompleteIntro)}</p><table><thead><tr><th scope="col">${escapeHtml(labels.source)}</th><th scope="col">${escapeHtml(labels.failedRules)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
      (more > 0 ? `<p class="more">${escapeHtml(text.format(labels.more, { count: text.count(more) }))}</p>` : ''),
  );
}

/** A titled section; `heading` is plain text, `body` HTML. */
export function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${escapeHtml(heading)}</h2>${body}</section>`;
}
