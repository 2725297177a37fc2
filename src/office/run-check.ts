import { applyScopes, DEFAULT_POLICY, evaluate, type Evaluation, type Locale, type Policy } from '../engine';
import { userLocale } from './locale';
import type { ComposeItemLike, OfficeContextLike } from './mailbox';
import { withDeadline } from './office-call';
import { loadPolicy, type FetchText, type LoadedPolicy, type LoadPolicyOptions, type PolicyCache } from './policy-source';
import { readItemDraft, SEND_LIMITS, type DraftRead, type ReadLimits } from './read-draft';
import { EMPTY_SESSION, readSession, type SessionSnapshot } from './session';
import { policyWaitMs, TIMING } from './timing';

/** What a check needs from its surroundings: the event handlers and the task pane pass Office's, tests and the playground fakes. */
export interface CheckEnvironment {
  readonly context: OfficeContextLike;
  readonly policyUrl: string;
  readonly fetchText: FetchText;
  readonly policyCache: PolicyCache | null;
  /** Time Outlook's send window had already used when the event reached the handler (a cold start's download and parse). */
  readonly spentBeforeEventMs?: number;
}

/**
 * What all admin patterns together may cost in one check: each character costs a step, and one
 * more per live thread (up to a pattern's instructions). 3 million steps took 0.08-0.14 s here (about
 * 0.5-0.8 s on a 6x slower CPU, by multiplying, not measured); `prj-\d{4}` takes 1.1 million over Send's 512 KiB of body. Patterns
 * cut short are recorded (`truncated=patterns:3000000`); the task pane checks them in full.
 */
export const PATTERN_STEPS = 3e6;

/** How one entry point checks: how much of the draft, how long the policy may take, and how long the whole check. */
export interface CheckProfile {
  /** What is read of the draft; all of it when absent. */
  readonly limits?: ReadLimits;
  /** What the admin patterns may cost; no bound when absent. */
  readonly patternSteps?: number;
  /** After this long the check stops with `timeout:budget`; it waits for every read when absent. */
  readonly budgetMs?: number;
  /** How the policy request waits, given the environment and this message's sessionData (read in the same round). */
  policyWait(env: CheckEnvironment, session: Promise<SessionSnapshot>): LoadPolicyOptions;
}

/**
 * Send: what the check reads and matches is bounded (it runs while the user waits), the policy
 * wait shrinks by what a cold start used, a policy confirmed for this message a moment ago answers
 * at once, and the check gives up in time to leave the final header write its reserve.
 */
export const SEND_CHECK: CheckProfile = {
  limits: SEND_LIMITS,
  patternSteps: PATTERN_STEPS,
  budgetMs: TIMING.sendBudgetMs - TIMING.headerReserveMs,
  policyWait: (env, session) => ({ waitWithCacheMs: policyWaitMs(env.spentBeforeEventMs ?? 0), recentConfirmation: session.then((snapshot) => snapshot.policyConfirmation) }),
};

/**
 * The compose-time nudges (OnMessageCompose, recipient and attachment changes) share one runtime
 * with Send, so they check what Send checks. The bars wait for the policy as long as Send would;
 * the request itself runs longer, and what the server says is then remembered for this message.
 */
export const NUDGE_CHECK: CheckProfile = {
  limits: SEND_LIMITS,
  patternSteps: PATTERN_STEPS,
  policyWait: () => ({ timeoutMs: TIMING.backgroundPolicyFetchMs, answerWithinMs: TIMING.policyFetchMs }),
};

/** The task pane keeps no one waiting: it reads and matches all of the draft, and waits for every read. */
export const PANE_CHECK: CheckProfile = { policyWait: () => ({}) };

export interface CheckResult {
  readonly ok: true;
  /** What the add-in had left in the item's sessionData (read once, in the same round as the draft). */
  readonly session: SessionSnapshot;
  /** The policy as it applies to this draft's sender (its scopes merged in), and where it came from. */
  readonly loaded: LoadedPolicy;
  /** The names of the policy's scopes that apply to the sender. */
  readonly scopes: readonly string[];
  /** The draft, its unread parts and what was cut to the profile's limits (the patterns' cut included). */
  readonly read: DraftRead;
  readonly evaluation: Evaluation;
  /** The language the findings are written in. */
  readonly locale: Locale;
}

/** A check that could not finish: a hung call past the budget (`timeout:budget`), or the engine throwing (`engine:RangeError`). */
export interface CheckFailure {
  readonly ok: false;
  readonly reason: string;
  /** The policy, if it had arrived when the check stopped; else the defaults. */
  readonly policy: Policy;
  /** The language to tell the user in, from what had arrived. */
  readonly locale: Locale;
}

export type CheckOutcome = CheckResult | CheckFailure;

export interface CheckOptions {
  /** A policy request already under way (the pane reuses one across re-checks). */
  readonly policy?: Promise<LoadedPolicy>;
  /** The language to write the findings in, instead of the user's (the pane's choice). */
  readonly locale?: Locale;
}

/** Starts the policy request as `profile` waits for it; `session` is this message's sessionData, when the profile reads it. */
export function requestPolicy(env: CheckEnvironment, profile: CheckProfile, session: Promise<SessionSnapshot>): Promise<LoadedPolicy> {
  return loadPolicy(env.policyUrl, env.fetchText, env.policyCache, profile.policyWait(env, session));
}

type Stopped = { readonly ok: false; readonly reason: string };

/**
 * The one check pipeline: reads the item's sessionData, the policy and the draft in parallel (one
 * round trip) and evaluates the draft, as `profile` says. Never rejects: a check that cannot
 * finish says why, with the policy and language it had got so far.
 */
export function runCheck(env: CheckEnvironment, profile: CheckProfile, options: CheckOptions = {}): Promise<CheckOutcome> {
  const item = env.context.mailbox.item;
  // One sessionData read serves the compose type, the acknowledged warnings and the policy record.
  const session = item ? readSession(item) : Promise.resolve(EMPTY_SESSION);
  // `||`, not `??`: the same for these, and shorter in the ES2016 bundle.
  const policy = options.policy || requestPolicy(env, profile, session);
  // Derived at once, so that they have settled whenever what they come from has (see soFar).
  const arrivedPolicy = policy.then((loaded) => loaded.policy, () => DEFAULT_POLICY);
  const arrivedLocale = session.then((snapshot) => snapshot.locale);
  const attempt = (item ? check(env, item, profile, options, session, policy) : Promise.reject(new Error('no item'))).catch(
    (error: unknown): Stopped => ({ ok: false, reason: error instanceof Error ? `error:${error.name}` : 'error:unknown' }),
  );
  const finished = profile.budgetMs === undefined ? attempt : withDeadline<CheckResult | Stopped>(attempt, profile.budgetMs, () => ({ ok: false, reason: 'timeout:budget' }));
  return finished.then((outcome) =>
    outcome.ok
      ? outcome
      : Promise.all([soFar(arrivedPolicy, DEFAULT_POLICY), soFar(arrivedLocale, null)]).then(([known, chosen]): CheckFailure => ({
          ok: false,
          reason: outcome.reason,
          policy: known,
          locale: userLocale(env.context, known, chosen),
        })),
  );
}

async function check(
  env: CheckEnvironment,
  item: ComposeItemLike,
  profile: CheckProfile,
  options: CheckOptions,
  session: Promise<SessionSnapshot>,
  policy: Promise<LoadedPolicy>,
): Promise<CheckResult | Stopped> {
  const [read, base, recorded] = await Promise.all([readItemDraft(env.context, item, session, profile.limits), policy, session]);
  const locale = options.locale || userLocale(env.context, base.policy, recorded.locale);
  const scoped = applyScopes(base.policy, read.draft.from);
  const loaded = { ...base, policy: scoped.policy };
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(read.draft, loaded.policy, { locale, patternSteps: profile.patternSteps });
  } catch (error) {
    // A bug in Preflight, never the draft's fault (the adapter validated it): the header says which.
    return { ok: false, reason: `engine:${error instanceof Error ? error.name : 'unknown'}` };
  }
  const truncated = evaluation.truncated ? [...read.truncated, ...evaluation.truncated] : read.truncated;
  return { ok: true, session: recorded, loaded, scopes: scoped.scopes, read: { ...read, truncated }, evaluation, locale };
}

/**
 * `arrived`'s value if it has already settled, else `fallback`. Promise.race subscribes in
 * order, and a settled promise queues its answer at once, so it wins over the fallback; one still
 * pending loses to it. `arrived` must never reject.
 */
function soFar<T>(arrived: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([arrived, Promise.resolve(fallback)]);
}
