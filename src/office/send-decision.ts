import type { Finding, Locale, Policy } from '../engine';
import type { Acknowledged, AuditOutcome, AuditRecord } from './audit-header';
import type { CheckOutcome, CheckResult } from './run-check';
import { confirmationOf } from './session';
import { failureText, smartAlertText, TASKPANE_COMMAND_ID, type SmartAlertText } from './smart-alert';

/** The options `event.completed` takes for OnMessageSend (Smart Alerts). */
export interface SendCompletion {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
  readonly errorMessageMarkdown?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
  readonly sendModeOverride?: 'promptUser';
}

/** What Outlook is told, and what the X-Preflight header records. */
export interface SendOutcome {
  readonly completion: SendCompletion;
  readonly audit: AuditRecord;
}

/**
 * What Send does with a check's outcome, as a pure function. `mayPrompt`: the client has Mailbox
 * 1.14, whose dialog can offer "send anyway"; without it a dialog could only hard-block.
 */
export function sendDecision(checked: CheckOutcome, mayPrompt: boolean): SendOutcome {
  return checked.ok ? decideChecked(checked, mayPrompt) : failureOutcome(checked.policy, checked.locale, checked.reason);
}

type StopOutcome = { readonly kind: 'prompted' | 'blocked'; readonly rules: readonly string[] };

/**
 * Stops the mail with a dialog; in monitor mode lets it go and records the stop it would have
 * been (`monitored=prompt:subject-vague`). The dialog's text is made only when it is shown.
 */
function stopOrMonitor(policy: Policy, outcome: StopOutcome, show: () => SendCompletion, record: (outcome: AuditOutcome) => AuditRecord): SendOutcome {
  if (policy.mode !== 'monitor') return { completion: show(), audit: record(outcome) };
  return { completion: { allowEvent: true }, audit: record({ kind: 'monitored', decision: outcome.kind === 'prompted' ? 'prompt' : 'block', rules: outcome.rules }) };
}

function decideChecked(check: CheckResult, mayPrompt: boolean): SendOutcome {
  const { policy, origin } = check.loaded;
  const { acknowledged } = check.session;
  const findings = check.evaluation.findings;
  // Send read less of a long body than the pane: its counts may differ from the finding confirmed there.
  const loosely = check.read.truncated.length > 0;
  // A rule that threw did not check the draft either: the header names it (`rule:<id>`) even when other findings stop the mail.
  const failedRules = check.evaluation.failed || [];
  const truncated = failedRules.length > 0 ? [...check.read.truncated, ...failedRules.map((id) => `rule:${id}`)] : check.read.truncated;
  const confirmations = new Map<Finding, string>();
  for (const f of findings) {
    const confirmation = f.acknowledge || f.severity === 'warning' ? confirmationOf(f, acknowledged, loosely) : null;
    if (confirmation !== null) confirmations.set(f, confirmation);
  }
  const confirmed = [...confirmations.keys()];
  const reviews = findings.filter((f) => f.acknowledge && !confirmations.has(f));
  const blocking = findings.filter((f) => f.severity === 'block' && !f.acknowledge);
  const open = findings.filter((f) => f.severity === 'warning' && !f.acknowledge && !confirmations.has(f));
  const audit = (outcome: AuditOutcome): AuditRecord => ({
    policyVersion: policy.version,
    policyOrigin: origin === 'cache' || origin === 'default' ? origin : undefined,
    scopes: check.scopes,
    outcome,
    acknowledged: acknowledgedEntries(confirmations),
    truncated,
    unscanned: check.read.unscanned,
  });
  const stop = (shown: readonly Finding[], outcome: StopOutcome, mayOverride: boolean): SendOutcome =>
    stopOrMonitor(policy, outcome, () => dialog(smartAlertText(shown, check.locale, policy.clauses), mayOverride), audit);

  // A review step waits for the pane, as a block does: "send anyway" would skip the step.
  const stopping = [...blocking, ...reviews];
  if (stopping.length > 0) return stop([...stopping, ...open], { kind: 'blocked', rules: ids(stopping) }, false);
  if (open.length > 0) {
    if (mayPrompt) return stop(open, { kind: 'prompted', rules: ids(open) }, true);
    if (policy.oldClientWarnings === 'block') return stop(open, { kind: 'blocked', rules: ids(open) }, false);
    // Send, record it, and leave the nudge to the bars and pane.
    return { completion: { allowEvent: true }, audit: audit({ kind: 'warned', rules: ids(open) }) };
  }
  // What could be read raised nothing, but an unread part of the draft, or a rule that threw,
  // might have: the check is incomplete, and says so exactly as a failed check does (fail open, or
  // closed by policy). Attachments left unscanned stop it only closed: open, `unscanned=` says it.
  const unread = check.read.failures[0] || (failedRules.length > 0 ? `engine:${failedRules[0]}` : undefined) || (policy.failClosed && check.read.unscanned ? 'unscanned' : undefined);
  if (unread !== undefined) return failureOutcome(policy, check.locale, unread, truncated, check.scopes, check.read.unscanned);
  return { completion: { allowEvent: true }, audit: audit(confirmed.length > 0 ? { kind: 'acknowledged' } : { kind: 'clean' }) };
}

/** One entry per rule and reference its review steps were given (`mass-mail:QF-118`), in the findings' order. */
function acknowledgedEntries(confirmations: ReadonlyMap<Finding, string>): Acknowledged[] {
  const entries = new Map<string, Acknowledged>();
  for (const [{ rule }, reference] of confirmations) {
    const key = `${rule}\n${reference}`;
    if (!entries.has(key)) entries.set(key, reference ? { rule, reference } : { rule });
  }
  return [...entries.values()];
}

/** The Smart Alerts dialog, whose button opens the task pane; "send anyway" only when `mayOverride`. */
function dialog(text: SmartAlertText, mayOverride: boolean): SendCompletion {
  return {
    allowEvent: false,
    errorMessage: text.errorMessage,
    errorMessageMarkdown: text.errorMessageMarkdown,
    cancelLabel: text.cancelLabel,
    commandId: TASKPANE_COMMAND_ID,
    ...(mayOverride ? { sendModeOverride: 'promptUser' as const } : {}),
  };
}

function failureOutcome(policy: Policy, locale: Locale, reason: string, truncated?: readonly string[], scopes?: readonly string[], unscanned?: number): SendOutcome {
  const record = (outcome: AuditOutcome): AuditRecord => ({ policyVersion: policy.version, scopes, outcome, truncated, unscanned });
  if (!policy.failClosed) return { completion: { allowEvent: true }, audit: record({ kind: 'failed-open', reason }) };
  return stopOrMonitor(policy, { kind: 'blocked', rules: [`check-failed:${reason}`] }, () => dialog(failureText(reason, locale), false), record);
}

function ids(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))];
}
