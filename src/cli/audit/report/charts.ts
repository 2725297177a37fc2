/**
 * The report's charts, as inline SVG written here: no charting library, nothing fetched. Each
 * chart is an image to assistive technology (`role="img"`, a `<title>` and a `<desc>` that say
 * the numbers) and carries its numbers as text, so it reads the same printed in black and white.
 */
import type { ActiveSeverity, Decision } from '../../../engine';
import type { ReportText } from './labels';
import { escapeHtml } from './safe-text';

export const DECISIONS: readonly Decision[] = ['allow', 'prompt', 'block'];
export const SEVERITIES: readonly ActiveSeverity[] = ['block', 'warning', 'info'];

/** Fluent UI's status colours, dark enough for text contrast on white. */
export const DECISION_COLOURS: Readonly<Record<Decision, string>> = { allow: '#107c10', prompt: '#c76a00', block: '#c50f1f' };
export const SEVERITY_COLOURS: Readonly<Record<ActiveSeverity, string>> = { block: '#c50f1f', warning: '#e08a00', info: '#0f6cbd' };
const EMPTY_COLOUR = '#d1d1d1';

const DONUT = { cx: 100, cy: 100, r: 70, stroke: 34 } as const;
/** Where the legend's columns start and end, in the chart's own units. */
const LEGEND = { swatch: 220, name: 244, count: 440, percent: 540, top: 58, step: 42 } as const;

/** The decisions as a donut with the total in the middle and a legend with counts and percentages. */
export function decisionsChart(decisions: Readonly<Record<Decision, number>>, text: ReportText, id: string): string {
  const total = DECISIONS.reduce((sum, decision) => sum + decisions[decision], 0);
  const labels = text.labels;
  const title = text.format(labels.decisionsChart, { total: text.count(total) });
  const lines = DECISIONS.map((decision) => `${labels.decision[decision]} ${text.count(decisions[decision])} (${text.percent(decisions[decision], total)})`);
  return [
    `<svg class="chart decisions" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 560 200" width="560" height="200">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(lines.join('; '))}</desc>`,
    donutRing(decisions, total),
    `<text class="donut-total" x="${DONUT.cx}" y="${DONUT.cy + 2}" text-anchor="middle">${text.count(total)}</text>`,
    `<text class="donut-label" x="${DONUT.cx}" y="${DONUT.cy + 24}" text-anchor="middle">${escapeHtml(labels.donutUnit)}</text>`,
    ...DECISIONS.map((decision, row) => legendRow(decision, row, decisions[decision], total, text)),
    '</svg>',
  ].join('');
}

function donutRing(decisions: Readonly<Record<Decision, number>>, total: number): string {
  const circumference = 2 * Math.PI * DONUT.r;
  const ring = (colour: string, length: number, offset: number): string =>
    `<circle cx="${DONUT.cx}" cy="${DONUT.cy}" r="${DONUT.r}" fill="none" stroke="${colour}" stroke-width="${DONUT.stroke}" ` +
    `stroke-dasharray="${round(length)} ${round(circumference - length)}" stroke-dashoffset="${round(-offset)}" transform="rotate(-90 ${DONUT.cx} ${DONUT.cy})"/>`;
  if (total === 0) return ring(EMPTY_COLOUR, circumference, 0);
  let offset = 0;
  const segments: string[] = [];
  for (const decision of DECISIONS) {
    const length = (circumference * decisions[decision]) / total;
    if (length > 0) segments.push(ring(DECISION_COLOURS[decision], length, offset));
    offset += length;
  }
  return segments.join('');
}

function legendRow(decision: Decision, row: number, count: number, total: number, text: ReportText): string {
  const y = LEGEND.top + row * LEGEND.step;
  return (
    `<rect x="${LEGEND.swatch}" y="${y - 13}" width="16" height="16" rx="3" fill="${DECISION_COLOURS[decision]}"/>` +
    `<text class="legend-name" x="${LEGEND.name}" y="${y}">${escapeHtml(text.labels.decision[decision])}</text>` +
    `<text class="legend-count" x="${LEGEND.count}" y="${y}" text-anchor="end">${text.count(count)}</text>` +
    `<text class="legend-percent" x="${LEGEND.percent}" y="${y}" text-anchor="end">${text.percent(count, total)}</text>`
  );
}

/** Width of a rule's bar in the chart's own units; the longest bar fills it. */
const BAR_WIDTH = 400;
const BAR_HEIGHT = 18;

/**
 * One rule's bar: its messages split by severity, as long as its share of the most frequent
 * rule's messages. `label` is the accessible text, already in the report's language.
 */
export function ruleBar(counts: Readonly<Record<ActiveSeverity, number>>, longest: number, label: string): string {
  let x = 0;
  const segments: string[] = [];
  for (const severity of SEVERITIES) {
    const width = longest > 0 ? (BAR_WIDTH * counts[severity]) / longest : 0;
    if (width > 0) segments.push(`<rect x="${round(x)}" y="0" width="${round(width)}" height="${BAR_HEIGHT}" fill="${SEVERITY_COLOURS[severity]}"/>`);
    x += width;
  }
  return (
    `<svg class="bar" role="img" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" preserveAspectRatio="none" width="${BAR_WIDTH}" height="${BAR_HEIGHT}">` +
    `<title>${escapeHtml(label)}</title><rect class="track" x="0" y="0" width="${BAR_WIDTH}" height="${BAR_HEIGHT}"/>${segments.join('')}</svg>`
  );
}

/** A small square of a colour, before a legend's words. */
export function swatch(colour: string): string {
  return `<svg class="swatch" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12"><rect width="12" height="12" rx="2" fill="${colour}"/></svg>`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
