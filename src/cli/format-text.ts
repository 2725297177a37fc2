/** The human-readable report: per file, findings grouped by severity, then a summary line. */
import { formatMessage, joinList, type ActiveSeverity, type Decision, type Finding, type Locale } from '../engine';
import type { FileResult, RunSummary } from './result';
import TEXT_LABELS from './text-labels.json';
import { visible } from './visible';

export interface TextStyle {
  readonly color: boolean;
  readonly locale: Locale;
}

const SEVERITIES: readonly ActiveSeverity[] = ['block', 'warning', 'info'];

/**
 * The report's words in each language, kept as data in text-labels.json. zh-CN's prompt is 需确认,
 * not 提示: that is the info group's heading.
 */
interface Labels {
  /** The decision after a file name; `error` when the file could not be checked. */
  readonly decision: Readonly<Record<Decision | 'error', string>>;
  readonly severity: Readonly<Record<ActiveSeverity, string>>;
  /** Label before the clause citation, with its colon. */
  readonly clause: string;
  /** Label before a fix's title, with its colon. */
  readonly fix: string;
  /** The review step a finding waits for at Send, with and without a reference to give. */
  readonly review: Readonly<Record<'tick' | 'withReference', string>>;
  readonly noFindings: string;
  /** Before the rules that threw instead of judging the draft. */
  readonly failedRules: string;
  /** Before the attachments whose text was not read in full. */
  readonly unscanned: string;
  /** The closing line over RunSummary's counts, for one file and for any other number. */
  readonly summary: Readonly<Record<'one' | 'other', string>>;
}

const LABELS: Readonly<Record<Locale, Labels>> = TEXT_LABELS;

/** ANSI SGR codes; only the basic 16-colour set, which every terminal that shows colour supports. */
const ANSI = { reset: 0, bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
type AnsiStyle = keyof typeof ANSI;

const SEVERITY_STYLE: Readonly<Record<ActiveSeverity, AnsiStyle>> = { block: 'red', warning: 'yellow', info: 'cyan' };
const DECISION_STYLE = { allow: 'green', prompt: 'yellow', block: 'red' } as const;

/**
 * Colour when FORCE_COLOR asks for it (any value but `0`/`false`), else never when NO_COLOR is
 * set (no-color.org), else when stdout is a terminal. FORCE_COLOR wins, as in Node itself.
 */
export function shouldUseColor(env: NodeJS.ProcessEnv, stdoutIsTty: boolean): boolean {
  // NO_COLOR always wins (no-color.org): a user who asked for no colour never gets it.
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stdoutIsTty;
}

/** One file's block of the report, ending with a blank line. */
export function formatFileResult(result: FileResult, style: TextStyle): string {
  const paint = painter(style.color);
  const labels = LABELS[style.locale];
  const file = visible(result.file);
  if ('error' in result) return `${paint('bold', file)}  ${paint('red', labels.decision.error)}  ${visible(result.error[style.locale])}\n\n`;
  const head = `${paint('bold', file)}  ${paint(DECISION_STYLE[result.decision], labels.decision[result.decision])}`;
  const failed = result.failed ? `  ${paint('red', `${labels.failedRules}${result.failed.join(', ')}`)}\n` : '';
  const unscanned = result.unscanned ? `  ${paint('yellow', visible(formatMessage(labels.unscanned, { files: joinList(result.unscanned, style.locale) })))}\n` : '';
  const notes = failed + unscanned;
  if (result.findings.length === 0) return notes ? `${head}\n${notes}\n` : `${head}  ${paint('dim', labels.noFindings)}\n\n`;
  const groups = SEVERITIES.map((severity) => formatGroup(severity, result.findings.filter((f) => f.severity === severity), labels, paint));
  return `${head}\n${notes}${groups.join('')}\n`;
}

function formatGroup(severity: ActiveSeverity, findings: readonly Finding[], labels: Labels, paint: Painter): string {
  if (findings.length === 0) return '';
  const title = paint(SEVERITY_STYLE[severity], `${labels.severity[severity]} (${findings.length})`);
  return `  ${title}\n${findings.map((finding) => formatFinding(finding, labels, paint)).join('')}`;
}

function formatFinding(finding: Finding, labels: Labels, paint: Painter): string {
  // Messages quote the mail (subjects, addresses, file names); clauses and fix titles may quote the policy.
  const lines = [`    ${paint(SEVERITY_STYLE[finding.severity], finding.rule)}  ${visible(finding.message)}`];
  // A custom rule may come without a clause: no empty "Clause:" line then.
  if (finding.clause) lines.push(`      ${paint('dim', `${labels.clause}${visible(finding.clause)}`)}`);
  for (const fix of finding.fixes) lines.push(`      ${paint('dim', `${labels.fix}${visible(fix.title)}`)}`);
  const step = finding.acknowledge;
  if (step) lines.push(`      ${paint('bold', visible(formatMessage(step.reference ? labels.review.withReference : labels.review.tick, { label: step.label, reference: step.reference ?? '' })))}`);
  return `${lines.join('\n')}\n`;
}

/** The closing line: how many files, and how many of each decision. */
export function formatSummary(summary: RunSummary, style: TextStyle): string {
  const template = LABELS[style.locale].summary[summary.files === 1 ? 'one' : 'other'];
  return `${painter(style.color)('bold', formatMessage(template, { ...summary }))}\n`;
}

type Painter = (style: AnsiStyle, text: string) => string;

function painter(color: boolean): Painter {
  return color ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[${ANSI.reset}m` : (_style, text) => text;
}
