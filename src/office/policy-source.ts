import { DEFAULT_POLICY, parsePolicyText, type InputError, type Policy } from '../engine';
import { safely } from './safely';
import { TIMING } from './timing';

/** Where the last good policy text is kept, in localStorage or roaming settings. */
export const POLICY_CACHE_KEY = 'preflight.policy';
/**
 * A policy is a few kilobytes. A longer text is refused unread: parsing 50 MB holds up Send for
 * seconds, and no timer can cut a synchronous parse short.
 */
export const MAX_POLICY_CHARS = 1 << 20;

/**
 * `confirmed`: the cached copy, which the server confirmed for this message a moment ago.
 * `cache`: the cached copy, because the server's answer was missing, invalid or late.
 */
export type PolicyOrigin = 'fetched' | 'confirmed' | 'cache' | 'default';

/** Proof that `text` (known by its hash) was the server's valid policy at `at` (epoch ms). */
export interface PolicyConfirmation {
  readonly hash: string;
  readonly at: number;
}

export interface LoadedPolicy {
  readonly policy: Policy;
  readonly origin: PolicyOrigin;
  /** Why the fetched file was not used (missing, invalid with its errors, unreachable). */
  readonly problem: PolicyProblem | null;
  /**
   * Settles when the request does: the server's valid copy, worth remembering for the message's
   * Send, or null when it failed. The request may outlive the answer (see `answerWithinMs`).
   */
  readonly confirmation: Promise<PolicyConfirmation | null>;
}

export type PolicyProblem =
  | { readonly kind: 'unreachable'; readonly detail: string }
  | { readonly kind: 'invalid'; readonly errors: readonly InputError[] };

/** Where the last good policy text is kept: localStorage in a browser, roaming settings in Outlook's JavaScript-only runtime. */
export interface PolicyCache {
  read(): string | null;
  write(text: string): void;
}

export type FetchText = (url: string, timeoutMs: number) => Promise<{ ok: boolean; status: number; text: string }>;

export interface LoadPolicyOptions {
  /** How long the request may run (TIMING.policyFetchMs unless said). */
  readonly timeoutMs?: number;
  /**
   * How long the caller waits for the server before the last good copy (or the defaults) answers;
   * the request carries on until `timeoutMs` to refresh the cache and settle `confirmation`.
   * The whole request time unless said.
   */
  readonly answerWithinMs?: number;
  /**
   * A shorter wait that applies only when a valid cached copy can stand in. Without one the
   * answer waits as long as above: the organisation's policy is not traded for speed.
   */
  readonly waitWithCacheMs?: number;
  /**
   * The confirmation recorded for this message, if any. One that is recent and names the cached
   * text lets the cached copy answer as soon as it is read, while the request carries on to
   * refresh the cache.
   */
  readonly recentConfirmation?: Promise<PolicyConfirmation | null>;
  /** The clock confirmations are dated by (epoch ms). */
  readonly now?: () => number;
}

/**
 * Gets the organisation's policy: the admin's `policy.json` beside the add-in, validated with the
 * same schema as the CLI. A missing, unreachable, invalid or late file falls back to the last good
 * copy, then to the built-in defaults, and says why, so the user can be told and sending is never
 * stuck.
 */
export async function loadPolicy(url: string, fetchText: FetchText, cache: PolicyCache | null, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const now = options.now ?? Date.now;
  const cachedText = cache ? safely(() => cache.read()) : null;
  // The cached copy is parsed only when needed: before a shorter wait (a copy an older add-in
  // version cached may no longer validate), after a failed or late fetch, or to stand in as
  // confirmed. Never on a plain send.
  let cachedPolicy: Policy | null | undefined;
  const standIn = (): Policy | null => (cachedPolicy === undefined ? (cachedPolicy = validCachedPolicy(cachedText)) : cachedPolicy);
  const requestMs = options.timeoutMs ?? TIMING.policyFetchMs;
  const answerMs = answerWait(options, requestMs, standIn);
  const fetched = fetchPolicy(url, fetchText, requestMs, now).then((result) => {
    if (result.ok && cache && cachedText !== result.text) safely(() => cache.write(result.text));
    return result;
  });
  const confirmation = fetched.then((result) => (result.ok ? result.confirmation : null));
  const recent = options.recentConfirmation?.catch(() => null);
  const fromServer = fetched.then((result): Answer => ({ kind: 'server', result }));
  const fromConfirmation = confirmedStandIn(recent, cachedText, now, standIn).then((policy) => (policy ? { kind: 'confirmed' as const, policy } : fromServer));
  const deadline = answerMs < requestMs ? timer(answerMs) : null;
  const late = deadline ? [deadline.elapsed.then((): Answer => ({ kind: 'late' }))] : [];
  const answer = await Promise.race([fromServer, fromConfirmation, ...late]);
  deadline?.cancel();
  if (answer.kind === 'confirmed') return { policy: answer.policy, origin: 'confirmed', problem: null, confirmation };
  if (answer.kind === 'server' && answer.result.ok) return { policy: answer.result.policy, origin: 'fetched', problem: null, confirmation };
  const problem: PolicyProblem = answer.kind === 'server' && !answer.result.ok ? answer.result.problem : { kind: 'unreachable', detail: `no answer within ${answerMs} ms` };
  const cached = standIn();
  return cached ? { policy: cached, origin: 'cache', problem, confirmation } : { policy: DEFAULT_POLICY, origin: 'default', problem, confirmation };
}

function answerWait(options: LoadPolicyOptions, requestMs: number, standIn: () => Policy | null): number {
  const asked = Math.min(options.answerWithinMs ?? requestMs, requestMs);
  const shorter = options.waitWithCacheMs;
  return shorter !== undefined && shorter < asked && standIn() ? Math.max(0, shorter) : asked;
}

function timer(ms: number): { elapsed: Promise<void>; cancel(): void } {
  let id: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<void>((resolve) => {
    id = setTimeout(resolve, ms);
  });
  return { elapsed, cancel: () => clearTimeout(id) };
}

type FetchedPolicy =
  | { readonly ok: true; readonly policy: Policy; readonly text: string; readonly confirmation: PolicyConfirmation }
  | { readonly ok: false; readonly problem: PolicyProblem };

type Answer = { readonly kind: 'server'; readonly result: FetchedPolicy } | { readonly kind: 'confirmed'; readonly policy: Policy } | { readonly kind: 'late' };

async function fetchPolicy(url: string, fetchText: FetchText, timeoutMs: number, now: () => number): Promise<FetchedPolicy> {
  try {
    const response = await fetchText(url, timeoutMs);
    if (!response.ok) return { ok: false, problem: { kind: 'unreachable', detail: `HTTP ${response.status}` } };
    const parsed = parsePolicyBounded(response.text);
    if (!parsed.ok) return { ok: false, problem: { kind: 'invalid', errors: parsed.errors } };
    return { ok: true, policy: parsed.policy, text: response.text, confirmation: { hash: policyTextHash(response.text), at: now() } };
  } catch (error) {
    return { ok: false, problem: { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** The cached policy, when `confirmation` is recent, names the cached text and that text still validates. */
async function confirmedStandIn(
  confirmation: Promise<PolicyConfirmation | null> | undefined,
  cachedText: string | null,
  now: () => number,
  standIn: () => Policy | null,
): Promise<Policy | null> {
  if (!confirmation || !cachedText) return null;
  const confirmed = await confirmation;
  return confirmed && isRecent(confirmed, now()) && confirmed.hash === policyTextHash(cachedText) ? standIn() : null;
}

function isRecent(confirmation: PolicyConfirmation, nowMs: number): boolean {
  const age = nowMs - confirmation.at;
  return age >= 0 && age <= TIMING.policyConfirmedForMs;
}

/** FNV-1a over the UTF-16 code units, with the length: tells policy texts apart, no security intended. */
export function policyTextHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}.${hash.toString(36)}`;
}

function validCachedPolicy(text: string | null): Policy | null {
  if (!text) return null;
  const parsed = parsePolicyBounded(text);
  return parsed.ok ? parsed.policy : null;
}

/**
 * `parsePolicyText` that never throws: a text over MAX_POLICY_CHARS, or one the parser cannot
 * take (a stack overflow), is an invalid policy. A throw here would reject the policy for Send
 * and fail the whole check.
 */
function parsePolicyBounded(text: string): { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly errors: readonly InputError[] } {
  let message = `longer than ${MAX_POLICY_CHARS} characters`;
  if (text.length <= MAX_POLICY_CHARS) {
    try {
      return parsePolicyText(text);
    } catch (error) {
      message = String(error);
    }
  }
  return { ok: false, errors: [{ path: '$', message }] };
}

/** `fetch` with a time limit and no credentials; the policy is the only thing the add-in fetches. */
export const fetchWithTimeout: FetchText = (url, timeoutMs) => {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller?.abort();
      reject(new Error(`policy fetch timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const request = fetch(url, { cache: 'no-cache', credentials: 'omit', signal: controller?.signal ?? null }).then(async (response) => ({
    ok: response.ok,
    status: response.status,
    text: await response.text(),
  }));
  // No Promise.prototype.finally: classic Outlook's older JavaScript runtime lacks it.
  return Promise.race([request, timeout]).then(
    (result) => {
      clearTimeout(timer);
      return result;
    },
    (error: unknown) => {
      clearTimeout(timer);
      throw error;
    },
  );
};

/** localStorage where the runtime has one (task pane, web and new Outlook). */
export function localStorageCache(): PolicyCache | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    if (!storage) return null;
    return { read: () => storage.getItem(POLICY_CACHE_KEY), write: (text) => storage.setItem(POLICY_CACHE_KEY, text) };
  } catch {
    return null;
  }
}

interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: unknown) => void): void;
}

/**
 * Roaming settings for classic Outlook's JavaScript-only runtime, which has no localStorage.
 * Saved only when the text changed; the save finishes in the background.
 */
export function roamingSettingsCache(settings: RoamingSettingsLike | undefined): PolicyCache | null {
  if (!settings) return null;
  return {
    read: () => {
      const value = settings.get(POLICY_CACHE_KEY);
      return typeof value === 'string' ? value : null;
    },
    write: (text) => {
      settings.set(POLICY_CACHE_KEY, text);
      settings.saveAsync();
    },
  };
}

/** The policy URL: beside the page in a browser runtime, else the base URL the bundle was built for. */
export function policyUrl(baseUrl: string): string {
  const location = (globalThis as { location?: { href?: string } }).location;
  if (location?.href && /^https?:/u.test(location.href)) return new URL('policy.json', location.href).href;
  return `${baseUrl.replace(/\/+$/u, '')}/policy.json`;
}
