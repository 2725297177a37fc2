/**
 * `preflight audit --report FILE.html`: the audit summary as one self-contained HTML page that an
 * admin can mail to whoever decides on the rollout (RULES.md «Audit»). Nothing in it is fetched:
 * inline CSS, inline SVG charts, system fonts, and a Content-Security-Policy that lets the page
 * load nothing, so not even a text the report failed to escape could fetch or run anything.
 */
import type { Locale } from '../../../engine';
import { calendarDateOf } from '../../../engine/detectors';
import type { AuditSummary } from '../summary';
import { ReportText } from './labels';
import { ruleDetails } from './rule-details';
import { ruleRows } from './rule-rows';
import { escapeHtml } from './safe-text';
import { decisionsSection, incompleteSection, overview, rulesSection, scopesSection, section, unreadableSection, type SectionContext } from './sections';
import { REPORT_CSS } from './style';

export interface ReportOptions {
  /** When the report was made: shown in it, and the day personal numbers are judged on. Default: now. */
  readonly generatedAt?: Date;
  /** The IANA time zone the date is written in (`Asia/Shanghai`). Default: the machine's. */
  readonly timeZone?: string;
}

/** Loads nothing from anywhere; inline styles only, images only as `data:` URLs. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The report as a complete HTML document, in `locale`. Every text taken from mail is masked
 * (resident IDs, bank cards, mobile numbers, whatever the audit did) and escaped.
 *
 * @example fs.writeFileSync('report.html', renderAuditReport(summary, 'zh-CN', { generatedAt: new Date() }))
 */
export function renderAuditReport(summary: AuditSummary, locale: Locale, options: ReportOptions = {}): string {
  const generatedAt = options.generatedAt ?? new Date();
  const text = new ReportText(locale);
  const context: SectionContext = { summary, text, today: calendarDateOf(generatedAt), rows: ruleRows(summary, locale) };
  const details = context.rows.map((row) => ruleDetails(row, text, context.today)).join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light">',
    `<title>${escapeHtml(text.labels.title)}</title><style>${REPORT_CSS}</style></head><body><main>`,
    overview(context, text.dateTime(generatedAt, options.timeZone)),
    decisionsSection(context),
    rulesSection(context),
    details === '' ? '' : section('details', text.labels.detailsHeading, details),
    scopesSection(context),
    unreadableSection(context),
    incompleteSection(context),
    `</main><footer><p>${escapeHtml(text.labels.footer)}</p></footer></body></html>`,
    '',
  ].join('\n');
}
