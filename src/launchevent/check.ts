import { evaluate, type Draft, type Evaluation, type Locale, type Policy } from '../engine';
import { userLocale } from '../office/locale';
import type { OfficeContextLike } from '../office/mailbox';
import { loadPolicy, type FetchText, type LoadedPolicy, type LoadPolicyOptions, type PolicyCache } from '../office/policy-source';
import { readItemDraft, SEND_LIMITS, type DraftRead } from '../office/read-draft';
import { readSession, type SessionSnapshot } from '../office/session';

/** What every event handler needs from its surroundings; tests and the playground pass fakes. */
export interface HandlerEnvironment {
  readonly context: OfficeContextLike;
  readonly policyUrl: string;
  readonly fetchText: FetchText;
  readonly policyCache: PolicyCache | null;
  /** Time Outlook's send window had already used when the event reached the handler (a cold start's download and parse). */
  readonly spentBeforeEventMs?: number;
}

export interface CheckResult {
  readonly read: DraftRead;
  readonly loaded: LoadedPolicy;
  readonly evaluation: Evaluation;
  readonly locale: Locale;
  /** What the add-in had left in the item's sessionData (read once, in the same round). */
  readonly session: SessionSnapshot;
}

export function loadEnvironmentPolicy(env: HandlerEnvironment, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  return loadPolicy(env.policyUrl, env.fetchText, env.policyCache, options);
}

/**
 * Reads the draft, its sessionData and the policy in parallel (one round trip) and evaluates what
 * the event handlers check of it (SEND_LIMITS: they share one runtime with Send).
 */
export async function checkCurrentItem(env: HandlerEnvironment, policy: Promise<LoadedPolicy> = loadEnvironmentPolicy(env), session?: Promise<SessionSnapshot>): Promise<CheckResult> {
  const item = env.context.mailbox.item;
  if (!item) throw new Error('no item in compose mode');
  const snapshot = session ?? readSession(item);
  const [read, loaded, recorded] = await Promise.all([readItemDraft(env.context, item, snapshot, SEND_LIMITS), policy, snapshot]);
  const locale = localeFor(env.context, loaded.policy, recorded.locale);
  const evaluation = evaluateOrFail(read.draft, loaded.policy, locale);
  const truncated = evaluation.truncated ? [...read.truncated, ...evaluation.truncated] : read.truncated;
  return { read: { ...read, truncated }, loaded, evaluation, locale, session: recorded };
}

/**
 * What all admin patterns together may cost in one check: each character costs a step, and one
 * more per live thread (up to a pattern's instructions). 3 million steps took 0.08-0.14 s here (about
 * 0.5-0.8 s on a 6x slower CPU, by multiplying, not measured); `prj-\d{4}` takes 1.1 million over Send's 512 KiB of body. Patterns
 * cut short are recorded (`truncated=patterns:3000000`); the task pane checks them in full.
 */
export const PATTERN_STEPS = 3e6;

/**
 * The engine threw on a draft the adapter had already validated: a bug in Preflight, never the
 * draft's fault. Kept apart from the adapter's failures so the header says which (`engine:RangeError`).
 */
export class EngineFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function evaluateOrFail(draft: Draft, policy: Policy, locale: Locale): Evaluation {
  try {
    return evaluate(draft, policy, { locale, patternSteps: PATTERN_STEPS });
  } catch (error) {
    throw new EngineFailure(`engine:${error instanceof Error ? error.name : 'unknown'}`);
  }
}

/** The task pane's choice (this message's, else the user's), else Office's display language, else the organisation's default, else zh-CN. */
export function localeFor(context: OfficeContextLike, policy: Policy, messageChoice: Locale | null = null): Locale {
  return userLocale(context, policy, messageChoice);
}
