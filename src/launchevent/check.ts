import { evaluate, type Evaluation, type Locale, type Policy } from '../engine';
import { userLocale } from '../office/locale';
import type { OfficeContextLike } from '../office/mailbox';
import { loadPolicy, type FetchText, type LoadedPolicy, type LoadPolicyOptions, type PolicyCache } from '../office/policy-source';
import { readItemDraft, type DraftRead } from '../office/read-draft';
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

/** Reads the draft, its sessionData and the policy in parallel (one round trip) and evaluates. */
export async function checkCurrentItem(env: HandlerEnvironment, policy: Promise<LoadedPolicy> = loadEnvironmentPolicy(env), session?: Promise<SessionSnapshot>): Promise<CheckResult> {
  const item = env.context.mailbox.item;
  if (!item) throw new Error('no item in compose mode');
  const snapshot = session ?? readSession(item);
  const [read, loaded, recorded] = await Promise.all([readItemDraft(env.context, item, snapshot), policy, snapshot]);
  const locale = localeFor(env.context, loaded.policy, recorded.locale);
  return { read, loaded, evaluation: evaluate(read.draft, loaded.policy, { locale }), locale, session: recorded };
}

/** The task pane's choice (this message's, else the user's), else Office's display language, else the organisation's default, else zh-CN. */
export function localeFor(context: OfficeContextLike, policy: Policy, messageChoice: Locale | null = null): Locale {
  return userLocale(context, policy, messageChoice);
}
