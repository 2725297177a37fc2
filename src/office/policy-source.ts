import { DEFAULT_POLICY, parsePolicyText, type InputError, type Policy } from '../engine';
import { safely } from './safely';

/** The policy must arrive well inside Outlook's 5-second send budget; after this the cache or defaults are used. */
export const POLICY_FETCH_TIMEOUT_MS = 1500;
/**
 * When nobody waits on the answer (the compose window opening, recipients or attachments
 * changing), a slow server gets longer: what arrives is confirmed for the message's Send.
 */
export const BACKGROUND_POLICY_FETCH_TIMEOUT_MS = 6000;
/** Where the last good policy text is kept, in localStorage or roaming settings. */
export const POLICY_CACHE_KEY = 'preflight.policy';

/**
 * How long a policy the server confirmed for a message (when its compose window opened, its
 * recipients or attachments changed, or the task pane loaded) stands in at Send without asking
 * the server again. A policy change reaches a message still being written within this window.
 */
export const POLICY_CONFIRMED_FOR_MS = 10 * 60_000;

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
  /** Set when the server's copy was fetched and valid: worth remembering for the message's Send. */
  readonly confirmation: PolicyConfirmation | null;
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
  /**
   * How long to wait for the server when a valid cached copy can stand in (never longer than
   * the full wait). Without a cached copy the full timeout always applies: the
   * organisation's policy is not traded for speed.
   */
  readonly waitWithCacheMs?: number;
  /** The full wait for the server (POLICY_FETCH_TIMEOUT_MS unless said). */
  readonly timeoutMs?: number;
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
 * same schema as the CLI. A missing, unreachable or invalid file falls back to the last good copy,
 * then to the built-in defaults, and says why, so the user can be told and sending is never stuck.
 */
export async function loadPolicy(url: string, fetchText: FetchText, cache: PolicyCache | null, options: LoadPolicyOptions = {}): Promise<LoadedPolicy> {
  const now = options.now ?? Date.now;
  const cachedText = cache ? safely(() => cache.read()) : null;
  // The cached copy is parsed only when needed: before a shorter wait (a copy an older add-in
  // version cached may no longer validate), after a failed fetch, or to stand in as confirmed.
  // Never on a plain send.
  let cachedPolicy: Policy | null | undefined;
  const standIn = (): Policy | null => (cachedPolicy === undefined ? (cachedPolicy = validCachedPolicy(cachedText)) : cachedPolicy);
  const fullWait = options.timeoutMs ?? POLICY_FETCH_TIMEOUT_MS;
  const shorterWait = options.waitWithCacheMs !== undefined && options.waitWithCacheMs < fullWait ? Math.max(0, options.waitWithCacheMs) : null;
  const timeoutMs = shorterWait !== null && standIn() ? shorterWait : fullWait;
  const fetched = fetchPolicy(url, fetchText, timeoutMs, now).then((result) => {
    if (result.ok && cache && cachedText !== result.text) safely(() => cache.write(result.text));
    return result;
  });
  const fromServer = fetched.then((result): Answer => ({ kind: 'server', result }));
  const fromConfirmation = confirmedStandIn(options.recentConfirmation, cachedText, now, standIn).then((policy) => (policy ? { kind: 'confirmed' as const, policy } : fromServer));
  const answer = await Promise.race([fromServer, fromConfirmation]);
  if (answer.kind === 'confirmed') return { policy: answer.policy, origin: 'confirmed', problem: null, confirmation: null };
  const result = answer.result;
  if (result.ok) return { policy: result.policy, origin: 'fetched', problem: null, confirmation: result.confirmation };
  const cached = standIn();
  return cached ? { policy: cached, origin: 'cache', problem: result.problem, confirmation: null } : { policy: DEFAULT_POLICY, origin: 'default', problem: result.problem, confirmation: null };
}

type FetchedPolicy =
  | { readonly ok: true; readonly policy: Policy; readonly text: string; readonly confirmation: PolicyConfirmation }
  | { readonly ok: false; readonly problem: PolicyProblem };

type Answer = { readonly kind: 'server'; readonly result: FetchedPolicy } | { readonly kind: 'confirmed'; readonly policy: Policy };

async function fetchPolicy(url: string, fetchText: FetchText, timeoutMs: number, now: () => number): Promise<FetchedPolicy> {
  try {
    const response = await fetchText(url, timeoutMs);
    if (!response.ok) return { ok: false, problem: { kind: 'unreachable', detail: `HTTP ${response.status}` } };
    const parsed = parsePolicyText(response.text);
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
  const confirmed = await confirmation.catch(() => null);
  return confirmed && isRecent(confirmed, now()) && confirmed.hash === policyTextHash(cachedText) ? standIn() : null;
}

function isRecent(confirmation: PolicyConfirmation, nowMs: number): boolean {
  const age = nowMs - confirmation.at;
  return age >= 0 && age <= POLICY_CONFIRMED_FOR_MS;
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
  const parsed = parsePolicyText(text);
  return parsed.ok ? parsed.policy : null;
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
