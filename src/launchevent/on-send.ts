import { DEFAULT_POLICY, type Finding, type Locale, type Policy } from '../engine';
import { PROVISIONAL_AUDIT, writeAuditHeader, type AuditOutcome, type AuditRecord } from '../office/audit-header';
import type { ComposeItemLike } from '../office/mailbox';
import { supportsMailbox } from '../office/mailbox';
import { withDeadline } from '../office/office-call';
import { POLICY_FETCH_TIMEOUT_MS } from '../office/policy-source';
import { EMPTY_SESSION, fingerprint, readSession } from '../office/session';
import { failureText, smartAlertText, TASKPANE_COMMAND_ID } from '../office/smart-alert';
import { checkCurrentItem, EngineFailure, loadEnvironmentPolicy, localeFor, type CheckResult, type HandlerEnvironment } from './check';

/**
 * Outlook says "taking longer than expected" 5 s after Send, script download included. Whatever
 * hangs, Send is answered this long after the handler started, the audit header written or not.
 */
export const SEND_BUDGET_MS = 4000;
/**
 * The end of the budget kept for the final header write: a check that has not decided by
 * SEND_BUDGET_MS - HEADER_RESERVE_MS (a hung call) lets the send through. A check that decides
 * sooner leaves the write more.
 */
export const HEADER_RESERVE_MS = 500;
/**
 * The answer should be out this long after the click, a second before Outlook's notice. Only the
 * policy request bends to it, and only when a cached copy can stand in: the draft reads are never
 * cut short for speed, since a slow check showing Outlook's notice beats a mail sent unchecked.
 */
export const ANSWER_BY_MS = 4000;
/** What the evaluation and the header write usually need once the policy is in. */
const AFTER_POLICY_MS = 500;
const MIN_POLICY_WAIT_MS = 300;

/** How long the policy request may take when a cold start has already used `spentMs` of the send window. */
export function policyWaitMs(spentMs: number): number {
  return Math.min(POLICY_FETCH_TIMEOUT_MS, Math.max(MIN_POLICY_WAIT_MS, ANSWER_BY_MS - spentMs - AFTER_POLICY_MS));
}

/** The options `event.completed` takes for OnMessageSend (Smart Alerts). */
export interface SendCompletion {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
  readonly errorMessageMarkdown?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
  readonly sendModeOverride?: 'promptUser';
}

export interface SendOutcome {
  readonly completion: SendCompletion;
  readonly audit: AuditRecord;
}

type Timed = { readonly kind: 'done'; readonly check: CheckResult; readonly acknowledged: readonly string[] } | { readonly kind: 'failed'; readonly reason: string };

/**
 * Decides what Outlook does with the message being sent, stamps the audit header, and returns
 * the answer for `event.completed`. Never throws: a failure lets the message go (unless the
 * policy fails closed) and the header records why.
 */
export async function decideSend(env: HandlerEnvironment): Promise<SendOutcome> {
  const item = env.context.mailbox.item;
  const deadline = Date.now() + SEND_BUDGET_MS;
  // In the first round, beside the reads: when every call is slow, this one lands even if the
  // final header cannot, so the message never goes without a record.
  const provisional = item ? writeAuditHeader(item, PROVISIONAL_AUDIT, SEND_BUDGET_MS) : Promise.resolve();
  let knownPolicy: Policy = DEFAULT_POLICY;
  // One sessionData read serves the compose type, the acknowledged warnings and the policy record.
  const session = item ? readSession(item) : Promise.resolve(EMPTY_SESSION);
  const policy = loadEnvironmentPolicy(env, {
    waitWithCacheMs: policyWaitMs(env.spentBeforeEventMs ?? 0),
    recentConfirmation: session.then((snapshot) => snapshot.policyConfirmation),
  });
  let chosenLocale: Locale | null = null;
  void policy.then((loaded) => {
    knownPolicy = loaded.policy;
  });
  void session.then((snapshot) => {
    chosenLocale = snapshot.locale;
  });
  const attempt: Promise<Timed> = Promise.all([checkCurrentItem(env, policy, session), session.then((snapshot) => snapshot.acknowledged)]).then(
    ([check, acknowledged]): Timed => ({ kind: 'done', check, acknowledged }),
    (error: unknown): Timed => ({ kind: 'failed', reason: error instanceof EngineFailure ? error.reason : error instanceof Error ? `error:${error.name}` : 'error:unknown' }),
  );
  const timed = await withDeadline(attempt, SEND_BUDGET_MS - HEADER_RESERVE_MS, (): Timed => ({ kind: 'failed', reason: 'timeout:budget' }));
  const outcome = timed.kind === 'done' ? outcomeFor(env, timed.check, timed.acknowledged) : failureOutcome(env, knownPolicy, chosenLocale, timed.reason);
  if (item) await writeFinalHeader(item, provisional, outcome.audit, deadline);
  return outcome;
}

/** The result replaces the provisional header: written after it (so it lands last), in what is left of the budget. */
function writeFinalHeader(item: ComposeItemLike, provisional: Promise<void>, audit: AuditRecord, deadline: number): Promise<void> {
  const left = () => Math.max(0, deadline - Date.now());
  return withDeadline(
    provisional.then(() => writeAuditHeader(item, audit, left())),
    left(),
    () => undefined,
  );
}

function outcomeFor(env: HandlerEnvironment, check: CheckResult, acknowledged: readonly string[]): SendOutcome {
  const { policy } = check.loaded;
  const base = {
    policyVersion: policy.version,
    ...(check.loaded.origin === 'cache' || check.loaded.origin === 'default' ? { policyOrigin: check.loaded.origin } : {}),
    truncated: check.read.truncated,
  };
  const findings = check.evaluation.findings;
  const blocking = findings.filter((f) => f.severity === 'block');
  const acknowledgedSet = new Set(acknowledged);
  const warnings = findings.filter((f) => f.severity === 'warning');
  const open = warnings.filter((f) => !acknowledgedSet.has(fingerprint(f)));
  const seen = warnings.filter((f) => acknowledgedSet.has(fingerprint(f))).map((f) => f.rule);

  if (blocking.length > 0) {
    return stop(check, [...blocking, ...open], { ...base, outcome: { kind: 'blocked', rules: ids(blocking) }, acknowledged: seen }, false);
  }
  if (open.length > 0) {
    if (supportsMailbox(env.context, '1.14')) {
      return stop(check, open, { ...base, outcome: { kind: 'prompted', rules: ids(open) }, acknowledged: seen }, true);
    }
    if (policy.oldClientWarnings === 'block') {
      return stop(check, open, { ...base, outcome: { kind: 'blocked', rules: ids(open) }, acknowledged: seen }, false);
    }
    // Without Mailbox 1.14 a dialog could only hard-block: send, record it, and leave the nudge to the bars and pane.
    return { completion: { allowEvent: true }, audit: { ...base, outcome: { kind: 'warned', rules: ids(open) }, acknowledged: seen } };
  }
  // What could be read raised nothing, but an unread part of the draft might have: the check is
  // incomplete, and says so exactly as a failed check does (fail open, or closed by policy).
  const unread = check.read.failures[0];
  if (unread !== undefined) return failureOutcome(env, policy, check.session.locale, unread, check.read.truncated);
  const outcome: AuditOutcome = seen.length > 0 ? { kind: 'acknowledged', rules: seen } : { kind: 'clean' };
  return { completion: { allowEvent: true }, audit: { ...base, outcome } };
}

function stop(check: CheckResult, shown: readonly Finding[], audit: AuditRecord, mayOverride: boolean): SendOutcome {
  const text = smartAlertText(shown, check.locale);
  return {
    completion: {
      allowEvent: false,
      errorMessage: text.errorMessage,
      errorMessageMarkdown: text.errorMessageMarkdown,
      cancelLabel: text.cancelLabel,
      commandId: TASKPANE_COMMAND_ID,
      ...(mayOverride ? { sendModeOverride: 'promptUser' as const } : {}),
    },
    audit,
  };
}

/** `policy` and `chosenLocale` are whatever had been read when the check failed (the defaults if nothing had). */
function failureOutcome(env: HandlerEnvironment, policy: Policy, chosenLocale: Locale | null, reason: string, truncated?: readonly string[]): SendOutcome {
  if (policy.failClosed) {
    const text = failureText(reason, localeFor(env.context, policy, chosenLocale));
    return {
      completion: { allowEvent: false, errorMessage: text.errorMessage, errorMessageMarkdown: text.errorMessageMarkdown, cancelLabel: text.cancelLabel, commandId: TASKPANE_COMMAND_ID },
      audit: { policyVersion: policy.version, outcome: { kind: 'blocked', rules: [`check-failed:${reason}`] }, truncated },
    };
  }
  return { completion: { allowEvent: true }, audit: { policyVersion: policy.version, outcome: { kind: 'failed-open', reason }, truncated } };
}

function ids(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))];
}
