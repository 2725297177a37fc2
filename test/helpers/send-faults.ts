import vm from 'node:vm';
import { fakeOutlook, type CacheState, type Fault, type FakeMessage, type PolicyFault, type Recipient, type SendCall } from './fake-outlook';
import { drainJobs, VirtualClock } from './virtual-clock';

/**
 * Fault injection at Send, shared by test/launchevent-faults.test.ts and `npm run bench -- faults`.
 * The built launchevent.js runs in a bare context like classic Outlook's JavaScript-only runtime
 * (no DOM, no localStorage, no AbortController, none of the library functions newer than ES2016),
 * on a virtual clock, against a fake Office whose calls and policy server misbehave on demand.
 */

export * from './fake-outlook';
export { VirtualClock } from './virtual-clock';

/** The policy server's own answer when nothing goes wrong, and the last good copy in the cache. */
export const SERVER_VERSION = 'server-1';
export const CACHED_VERSION = 'cached-1';
/** How long the policy server takes when it behaves (OFFICE_LATENCY_MS: every Office.js call). */
export const POLICY_LATENCY_MS = 40;
/** The policy wait at Send (TIMING.policyFetchMs); the slow server answers just under and just past it. */
const POLICY_WAIT_MS = 1500;
/** How long the run goes on after Send, to catch a second completion or a late rejection. */
export const HORIZON_MS = 15_000;

const person = (emailAddress: string): Recipient => ({ emailAddress, displayName: emailAddress, recipientType: 'user' });

/** A draft every rule is happy with. */
export const CLEAN_MESSAGE: FakeMessage = {
  subject: '第三季度市场预算审批',
  body: '李经理：\n\n第三季度市场预算表见附件，请于11月30日前确认。\n\n谢谢！\n张三',
  to: [person('li.si@contoso.com')],
  cc: [],
  bcc: [],
  // A legacy workbook: not a kind whose text is read, so Send needs no task pane result for it (attachment-contents tests carry their own files).
  attachments: [{ id: 'a1', name: '第三季度市场预算.xls', size: 48213, isInline: false }],
};

/**
 * What each scenario runs: the clean draft under a fail-open and a fail-closed policy, and a draft
 * whose body holds a password under a policy that blocks it (the block lives in body.getAsync).
 */
export const SCENARIOS = {
  'fail-open': { message: CLEAN_MESSAGE, policy: {} },
  'fail-closed': { message: CLEAN_MESSAGE, policy: { failClosed: true } },
  'block-in-body': {
    message: { ...CLEAN_MESSAGE, body: `${CLEAN_MESSAGE.body}\n\n系统登录密码：Zx9!kLm2q` },
    policy: { rules: { 'sensitive-content': { severity: 'block' } } },
  },
} as const satisfies Record<string, { message: FakeMessage; policy: object }>;
export type ScenarioName = keyof typeof SCENARIOS;

/** A 50 MB policy that is valid JSON: one template with a huge body. */
const HUGE_POLICY = () => JSON.stringify({ version: 'huge-1', templates: [{ name: 'big', subject: 'big', body: 'x'.repeat(50 * 1024 * 1024) }] });
/** A policy nested 100,000 arrays deep under an unknown key: valid JSON that a recursive validator overflows on. */
const NESTED_POLICY = () => `{"version":"nested-1","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;

interface Response {
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}

/** `fetch` for the runtime: the policy server, well or with `fault`. */
function policyServer(policy: object, clock: VirtualClock, fault: PolicyFault | null): (url: string) => Promise<Response> {
  const reply = (status: number, text: () => string): Response => ({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(text()) });
  const good = () => reply(200, () => JSON.stringify({ version: SERVER_VERSION, ...policy }));
  return () =>
    new Promise<Response>((resolve, reject) => {
      const after = (ms: number, settle: () => void) => clock.setTimeout(settle, ms);
      switch (fault) {
        case '404':
          return after(POLICY_LATENCY_MS, () => resolve(reply(404, () => 'Not Found')));
        case '500':
          return after(POLICY_LATENCY_MS, () => resolve(reply(500, () => 'Internal Server Error')));
        case 'invalid-json':
          return after(POLICY_LATENCY_MS, () => resolve(reply(200, () => '{"version": "broken-1", "rules": {')));
        case 'invalid-policy':
          return after(POLICY_LATENCY_MS, () => resolve(reply(200, () => JSON.stringify({ version: 'invalid-1', rules: { 'cc-excessive': { maxCc: 'three' } } }))));
        case 'huge':
          return after(POLICY_LATENCY_MS, () => resolve(reply(200, HUGE_POLICY)));
        case 'nested':
          return after(POLICY_LATENCY_MS, () => resolve(reply(200, NESTED_POLICY)));
        case 'slow-under':
          return after(POLICY_WAIT_MS - 100, () => resolve(good()));
        case 'slow-past':
          return after(POLICY_WAIT_MS + 100, () => resolve(good()));
        case 'never':
          return;
        case 'reset':
          return after(POLICY_LATENCY_MS, () => reject(new TypeError('Failed to fetch: connection reset')));
        case 'body-reset':
          return after(POLICY_LATENCY_MS, () => resolve({ ok: true, status: 200, text: () => Promise.reject(new TypeError('network error: connection reset')) }));
        default:
          return after(POLICY_LATENCY_MS, () => resolve(good()));
      }
    });
}

/** Library functions newer than ES2016 that an older JavaScript runtime lacks. */
export const NEWER_BUILT_INS = [
  'delete Object.entries; delete Object.values; delete Object.fromEntries; delete Object.hasOwn;',
  'delete Array.prototype.flat; delete Array.prototype.flatMap;',
  'delete String.prototype.padStart; delete String.prototype.padEnd; delete String.prototype.trimStart; delete String.prototype.trimEnd; delete String.prototype.matchAll;',
  'delete Promise.prototype.finally; delete globalThis.globalThis;',
].join('\n');

/**
 * Library functions newer than ES2020 that the page runtimes' older webviews lack (Safari before
 * 15.4 has no Object.hasOwn): commands.html's build supplies only what it calls of these.
 */
export const PAGE_NEWER_BUILT_INS = [
  'delete Object.hasOwn; delete Array.prototype.at; delete String.prototype.at; delete String.prototype.replaceAll;',
  'delete Array.prototype.findLast; delete Array.prototype.findLastIndex; delete Promise.any;',
].join('\n');

export interface SendRun {
  /** Every `event.completed`, with the virtual time it came at and its options. */
  readonly completions: ReadonlyArray<{ readonly at: number; readonly options: { allowEvent?: boolean } | undefined }>;
  /** The X-Preflight header the message would carry (undefined: none was written). */
  readonly header: string | undefined;
  readonly headerWrites: readonly string[];
  /** Promise rejections nobody handled, while Send ran and until the horizon. */
  readonly unhandled: readonly string[];
  /** Exceptions that escaped into Office's callbacks (or the event loop). */
  readonly escaped: readonly string[];
  readonly calls: readonly string[];
  /** Real time the run took, CPU included (the virtual clock does not count it). */
  readonly wallMs: number;
}

export interface SendSetup {
  readonly scenario: ScenarioName;
  readonly fault: Fault | null;
  /** What roaming settings hold as the last good policy ('valid': the scenario's policy as `cached-1`). */
  readonly cache?: CacheState;
}

function cachedText(state: CacheState, policy: object): string | null {
  if (state === 'valid') return JSON.stringify({ version: CACHED_VERSION, ...policy });
  if (state === 'nested') return NESTED_POLICY();
  if (state === 'garbage') return '{"version": "half';
  return null;
}

/** Fires OnMessageSend once in a fresh runtime loaded from `bundle` and runs the clock to the horizon. */
export async function runSend(bundle: HandlerBundle, setup: SendSetup): Promise<SendRun> {
  const { message, policy } = SCENARIOS[setup.scenario];
  const clock = new VirtualClock();
  const outlook = fakeOutlook(message, clock, setup.fault);
  const cached = cachedText(setup.cache ?? 'none', policy);
  if (cached !== null) outlook.roaming.set('preflight.policy', cached);
  const unhandled: string[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
  process.on('unhandledRejection', onUnhandled);
  const started = performance.now();
  const completions: Array<SendRun['completions'][number]> = [];
  try {
    const handlers: Record<string, (event: { completed(options?: object): void }) => void> = {};
    const context = vm.createContext({
      Office: { actions: { associate: (name: string, handler: (typeof handlers)[string]) => (handlers[name] = handler) }, context: outlook.context },
      setTimeout: clock.setTimeout,
      clearTimeout: clock.clearTimeout,
      Date: clock.Date,
      console,
      fetch: policyServer(policy, clock, setup.fault?.on === 'policy' ? setup.fault.kind : null),
    });
    vm.runInContext(bundle.runtime === 'javascript-only' ? NEWER_BUILT_INS : PAGE_NEWER_BUILT_INS, context);
    bundle.script.runInContext(context);
    handlers.onMessageSendHandler!({ completed: (options) => completions.push({ at: clock.now, options: options as { allowEvent?: boolean } }) });
    await clock.runUntil(HORIZON_MS);
    await drainJobs();
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  return {
    completions,
    header: outlook.headers['X-Preflight'],
    headerWrites: outlook.headerWrites,
    unhandled,
    escaped: clock.escaped,
    calls: outlook.calls,
    wallMs: performance.now() - started,
  };
}

/**
 * A built handler script, compiled once for every run, and the runtime it is for: classic
 * Outlook's JavaScript-only runtime (launchevent.js), whose older builds lack the library functions
 * newer than ES2016, or the page of the other clients (commands.html's inline script), whose
 * webviews have ES2020's.
 */
export interface HandlerBundle {
  readonly script: vm.Script;
  readonly runtime: 'javascript-only' | 'page';
}

export function compileBundle(source: string, runtime: HandlerBundle['runtime'] = 'javascript-only'): HandlerBundle {
  return { script: new vm.Script(source, { filename: runtime === 'page' ? 'commands.html' : 'launchevent.js' }), runtime };
}

/** The handlers commands.html carries inline. */
export function inlineHandlers(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((match) => match[1]!);
  if (scripts.length !== 1) throw new Error(`commands.html has ${scripts.length} inline scripts, not one`);
  return scripts[0]!;
}

export function faultLabel(fault: Fault | null): string {
  if (!fault) return 'none';
  if (fault.on === 'call') return `${fault.call} ${fault.kind}`;
  if (fault.on === 'host') return `${fault.member} ${fault.kind}`;
  return `policy ${fault.kind}`;
}

/** The reads whose failure makes the check incomplete (read-draft's essential parts). */
const ESSENTIAL: ReadonlySet<SendCall> = new Set(['subject.getAsync', 'body.getAsync', 'to.getAsync', 'cc.getAsync', 'bcc.getAsync']);

export interface Expected {
  readonly allow: boolean;
  /** The X-Preflight header; undefined when none can be written. */
  readonly header: string | undefined;
}

/** Why the check is incomplete under `fault`, as the header says it (null: it is not). */
function readFailure(fault: Fault): string | null {
  if (fault.on !== 'call' || !ESSENTIAL.has(fault.call)) return null;
  if (fault.kind === 'twice' || fault.kind === 'sync') return null;
  // A value of the wrong type is checked where it enters: the part is unknown, never taken for empty.
  const cause = fault.kind === 'never' ? 'timeout' : fault.kind === 'wrong-type' ? 'invalid' : 'error';
  return `${cause}:${fault.call}`;
}

/** The documented answer: fail open unless the policy fails closed; a block found in what was read still blocks. */
export function expected(setup: SendSetup): Expected {
  const { scenario, fault } = setup;
  const cache = setup.cache ?? 'none';
  const policyFailed = fault?.on === 'policy' && fault.kind !== 'slow-under';
  const source = !policyFailed ? `policy=${SERVER_VERSION}` : cache === 'valid' ? `policy=${CACHED_VERSION}; policy-source=cache` : 'policy=default; policy-source=default';
  // Without the organisation's policy the defaults apply: not fail-closed, and a password only warns.
  const rules = policyFailed && cache !== 'valid' ? 'default' : scenario;
  const failure = fault ? readFailure(fault) : null;
  const bodyRead = !(fault?.on === 'call' && fault.call === 'body.getAsync' && failure !== null);
  const noHeader = fault?.on === 'call' && fault.call === 'internetHeaders.setAsync' && (fault.kind === 'throws' || fault.kind === 'never' || fault.kind === 'fails');
  const header = (outcome: string) => (noHeader ? undefined : `v=1; ${source}; ${outcome}`);
  if (rules === 'block-in-body' && bodyRead) return { allow: false, header: header('blocked=sensitive-content') };
  if (rules === 'default' && scenario === 'block-in-body') return { allow: false, header: header('prompted=sensitive-content') };
  if (failure && rules === 'fail-closed') return { allow: false, header: header(`blocked=check-failed:${failure}`) };
  if (failure) return { allow: true, header: header(`failed-open=${failure}`) };
  return { allow: true, header: header('clean') };
}
