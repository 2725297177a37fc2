import * as acorn from 'acorn';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { RULES } from '../src/engine/rules';
import { SimulatedMailbox } from '../src/playground/simulated-mailbox';
import { ensureBuilt, ROOT } from './helpers/build';
import { parsesAs } from './helpers/ecma';
import { NEWER_BUILT_INS } from './helpers/send-faults';
import { CLEAN, WORKBOOK } from './office/helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NOT_AT_SEND } = require('../scripts/not-at-send') as { NOT_AT_SEND: readonly string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stripDocs = require('../scripts/strip-docs-loader.js') as (source: string) => string;

/**
 * Classic Outlook on Windows loads dist/launchevent.js alone, in a JavaScript-only runtime: no
 * DOM, no localStorage, no modules, Office.onReady never runs, and builds before 2403 parse only
 * ES2016. These tests hold the built file to that.
 */
const bundlePath = ensureBuilt('launchevent', 'launchevent.js');
const source = fs.readFileSync(bundlePath, 'utf8');

test('the built file parses as an ES2016 script (no import/export, no async, no newer syntax)', () => {
  expect(() => acorn.parse(source, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
});

test('the ES2016 check really rejects newer syntax', () => {
  expect(parsesAs('async function f() { await 1; }', 2016)).toBe(false);
  expect(parsesAs('const o = { ...a };', 2016)).toBe(false);
  expect(parsesAs('a?.b', 2016)).toBe(false);
  expect(parsesAs('/(?<=x)y/u', 2016)).toBe(false);
  expect(parsesAs('/\\p{L}/u', 2016)).toBe(false);
  expect(parsesAs('import x from "y";', 2016)).toBe(false);
  expect(parsesAs('function* g() { yield 1; }', 2016)).toBe(true);
});

test('the bundle carries no React, no Office.js of its own, no re2js (the pattern VM is the one matcher) and no zod', () => {
  expect(source).not.toMatch(/react\.production|__SECRET_INTERNALS|ReactCurrentOwner/u);
  expect(source).not.toMatch(/RE2JS|_zod\b/u);
  expect(source).not.toMatch(/appsforoffice\.microsoft\.com\/lib/u);
});

interface Associated {
  [name: string]: (event: { completed(options?: object): void }) => void;
}

interface RuntimeExtras {
  /** Give the runtime a `performance` clock that says it started this long ago. */
  readonly startedMsAgo?: number;
  /** The policy server answers after this long. */
  readonly fetchDelayMs?: number;
  /** Stands in for `Office.context`. */
  readonly officeContext?: object;
}

/**
 * Loads the bundle in a bare context with only what Outlook's JavaScript runtime provides: no
 * DOM, no localStorage, and none of the library functions added after ES2016.
 */
function loadInJavaScriptRuntime(mailbox: SimulatedMailbox, policy: unknown = {}, extras: RuntimeExtras = {}): Associated {
  const associated: Associated = {};
  const response = { ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(policy)) };
  const context = vm.createContext({
    Office: { actions: { associate: (name: string, handler: Associated[string]) => (associated[name] = handler) }, context: extras.officeContext ?? mailbox.context },
    setTimeout,
    clearTimeout,
    console,
    fetch: () => new Promise((resolve) => setTimeout(() => resolve(response), extras.fetchDelayMs ?? 0)),
    ...(extras.startedMsAgo === undefined ? {} : { performance: { now: () => extras.startedMsAgo } }),
  });
  vm.runInContext(NEWER_BUILT_INS, context);
  expect(vm.runInContext('typeof globalThis + typeof Object.entries + typeof "".padStart', context)).toBe('undefinedundefinedundefined');
  vm.runInContext(source, context, { filename: 'launchevent.js' });
  return associated;
}

function fire(handler: Associated[string]): Promise<object | undefined> {
  return new Promise((resolve) => handler({ completed: resolve }));
}

test('associates all four handlers at load time, without Office.onReady (and the compose handler under its earlier name)', () => {
  const handlers = loadInJavaScriptRuntime(new SimulatedMailbox(CLEAN));
  expect(Object.keys(handlers).sort()).toEqual(['onMessageAttachmentsChangedHandler', 'onMessageComposeHandler', 'onMessageRecipientsChangedHandler', 'onMessageSendHandler', 'onNewMessageComposeHandler']);
  expect(handlers.onNewMessageComposeHandler).toBe(handlers.onMessageComposeHandler);
});

test('with no DOM and no localStorage, a clean mail is sent and a vague one prompts', async () => {
  const clean = new SimulatedMailbox(CLEAN);
  expect(await fire(loadInJavaScriptRuntime(clean).onMessageSendHandler!)).toEqual({ allowEvent: true });
  expect(clean.headers['X-Preflight']).toBe('v=1; policy=default; clean');

  const vague = new SimulatedMailbox({ ...CLEAN, subject: 'test' });
  const answer = await fire(loadInJavaScriptRuntime(vague, { version: 'p1' }).onMessageSendHandler!);
  expect(answer).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  expect(vague.headers['X-Preflight']).toBe('v=1; policy=p1; prompted=subject-vague');
  // The last good policy went to roaming settings, the only storage this runtime has.
  expect(JSON.parse(String(vague.roaming.get('preflight.policy')))).toEqual({ version: 'p1' });
});

test('compose and change events complete and leave their bars', async () => {
  const mailbox = new SimulatedMailbox({ ...CLEAN, to: [{ emailAddress: 'erika@fabrikam.com', displayName: 'Erika', recipientType: 'externalUser' }] });
  const handlers = loadInJavaScriptRuntime(mailbox);
  await fire(handlers.onMessageComposeHandler!);
  await fire(handlers.onMessageRecipientsChangedHandler!);
  expect([...mailbox.notifications.keys()]).toEqual(['preflight-external']);
});

test('the language the task pane kept in roaming settings (no localStorage here) reaches the bars and the Send dialog', async () => {
  const mailbox = new SimulatedMailbox({ ...CLEAN, subject: 'test', to: [{ emailAddress: 'erika@fabrikam.com', displayName: 'Erika', recipientType: 'externalUser' }] }, { displayLanguage: 'zh-CN' });
  mailbox.roaming.set('preflight.locale', 'en-US');
  const handlers = loadInJavaScriptRuntime(mailbox);
  await fire(handlers.onMessageComposeHandler!);
  expect(mailbox.notifications.get('preflight-external')!.message).toMatch(/^Preflight: [ -~]*fabrikam\.com[ -~]*$/u);
  const answer = (await fire(handlers.onMessageSendHandler!)) as { errorMessage?: string; cancelLabel?: string };
  expect(answer.cancelLabel).toBe('Review and fix');
  expect(answer.errorMessage).toMatch(/^Preflight found/u);
});

test('a host that throws while the handler gathers its surroundings still gets its answer: the mail goes', async () => {
  const broken = {
    get mailbox(): never {
      throw new Error('mailbox unavailable');
    },
    get roamingSettings(): never {
      throw new Error('roaming settings unavailable');
    },
  };
  const handlers = loadInJavaScriptRuntime(new SimulatedMailbox(CLEAN), {}, { officeContext: broken });
  expect(await fire(handlers.onMessageSendHandler!)).toEqual({ allowEvent: true });
  for (const name of ['onMessageComposeHandler', 'onMessageRecipientsChangedHandler', 'onMessageAttachmentsChangedHandler']) {
    expect(await fire(handlers[name]!)).toBeUndefined();
  }
});

describe('hostile values from Office.js, through the built file', () => {
  const external = { emailAddress: 'erika@fabrikam.com', displayName: 'Erika', recipientType: 'externalUser' };

  test('an unresolved name among the recipients no longer lets a classified mail to an outside address go', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, subject: '【机密】底价', to: [{ displayName: 'Erika' } as never, null as never, external] });
    expect(await fire(loadInJavaScriptRuntime(mailbox).onMessageSendHandler!)).toMatchObject({ allowEvent: false });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=sensitive-content');
  });

  test('a subject that is not a string is unknown, not empty: recorded as a failed check', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, subject: 42 as never });
    expect(await fire(loadInJavaScriptRuntime(mailbox).onMessageSendHandler!)).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; failed-open=invalid:subject.getAsync');
  });

  test('a body past the size ceiling is checked up to it, and the header says so', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, body: CLEAN.body!.replace('\n\n谢谢', `\n${'_'.repeat(6 * 1024 * 1024)}\n\n谢谢`) });
    expect(await fire(loadInJavaScriptRuntime(mailbox).onMessageSendHandler!)).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean; truncated=body:524288');
  });

  test('an admin pattern that would take seconds over the body stops at its step budget, and the header says so', async () => {
    const patterns = ['prj-\\d{4}', '(.*.*.*.*){100}q'];
    const mailbox = new SimulatedMailbox({ ...CLEAN, body: `PRJ-2041 ${CLEAN.body}\n${'x'.repeat(600_000)}` });
    const policy = { version: 'p', rules: { 'sensitive-content': { severity: 'block', patterns } } };
    expect(await fire(loadInJavaScriptRuntime(mailbox, policy).onMessageSendHandler!)).toMatchObject({ allowEvent: false });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=p; blocked=sensitive-content; truncated=body:524288,patterns:3000000');
  });
});

describe('a send that started the runtime', () => {
  afterEach(() => jest.useRealTimers());

  async function sendWithSlowPolicyServer(extras: RuntimeExtras): Promise<SimulatedMailbox> {
    jest.useFakeTimers();
    const mailbox = new SimulatedMailbox({ ...CLEAN, subject: 'test' });
    mailbox.roaming.set('preflight.policy', JSON.stringify({ version: 'cached-1' }));
    const answer = fire(loadInJavaScriptRuntime(mailbox, { version: 'fresh-2' }, { fetchDelayMs: 1200, ...extras }).onMessageSendHandler!);
    await jest.advanceTimersByTimeAsync(2000);
    await answer;
    return mailbox;
  }

  test('after a slow download it answers from the last good policy instead of waiting out a slow server', async () => {
    const mailbox = await sendWithSlowPolicyServer({ startedMsAgo: 3200 });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=cached-1; policy-source=cache; prompted=subject-vague');
  });

  test('a runtime with no clock of its own waits for the server as before', async () => {
    const mailbox = await sendWithSlowPolicyServer({});
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=fresh-2; prompted=subject-vague');
  });

  test('the policy the compose event confirmed answers Send at once; the slow server is not waited for', async () => {
    const mailbox = new SimulatedMailbox({ ...CLEAN, subject: 'test' });
    await fire(loadInJavaScriptRuntime(mailbox, { version: 'confirmed-1' }).onMessageComposeHandler!);
    expect(mailbox.sessionData.has('preflight.policyConfirmed')).toBe(true);
    jest.useFakeTimers();
    let answeredAt = Infinity;
    const started = Date.now();
    const answer = fire(loadInJavaScriptRuntime(mailbox, { version: 'fresh-2' }, { fetchDelayMs: 1200 }).onMessageSendHandler!).then(() => (answeredAt = Date.now() - started));
    await jest.advanceTimersByTimeAsync(2000);
    await answer;
    expect(answeredAt).toBeLessThan(1200);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=confirmed-1; prompted=subject-vague');
  });
});

/** Regular-expression sources in the file: literals, and the string or template arguments of `RegExp(…)`. */
function regexSources(code: string): string[] {
  const sources: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; regex?: { pattern: string }; callee?: { type: string; name?: string }; arguments?: Array<{ type: string; value?: unknown; quasis?: Array<{ value: { cooked: string } }> }> };
    if (n.type === 'Literal' && n.regex) sources.push(n.regex.pattern);
    if ((n.type === 'NewExpression' || n.type === 'CallExpression') && n.callee?.type === 'Identifier' && n.callee.name === 'RegExp') {
      const first = n.arguments?.[0];
      if (first?.type === 'Literal' && typeof first.value === 'string') sources.push(first.value);
      if (first?.type === 'TemplateLiteral') sources.push(first.quasis!.map((q) => q.value.cooked).join('…'));
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' }));
  return sources;
}

const NEWER_REGEX_SYNTAX = /\(\?<[=!]|\(\?<[A-Za-z]|\\p\{/u;

test('no regular expression newer than ES2016, literal or built at run time', () => {
  // Lookbehind, named groups and \p{…} property escapes are ES2018: a RegExp built from a string
  // would throw on classic Outlook's older engine even though the file parses.
  const sources = regexSources(source);
  expect(sources.length).toBeGreaterThan(50);
  expect(sources.filter((pattern) => NEWER_REGEX_SYNTAX.test(pattern))).toEqual([]);
});

test('the regex check sees literals and RegExp() arguments alike', () => {
  expect(regexSources('var a = /(?<=x)y/; var b = new RegExp("\\\\p{L}"); var c = RegExp(`(?<n>a)${d}`);').filter((p) => NEWER_REGEX_SYNTAX.test(p))).toHaveLength(3);
});

test('Send carries no fixes: it applies and shows none, so no rule’s fix labels are in the file, while its messages are', () => {
  const labels = RULES.flatMap((rule) => Object.values(rule.meta.fixes ?? {}).flatMap((label) => Object.values(label)));
  // Not in the file: the rules Send does not run yet, and the messages their source marks notAtSend (the on-send build's loader takes those out).
  const atSend = RULES.filter((rule) => !NOT_AT_SEND.includes(rule.meta.id));
  const ruleSource = (id: string) => fs.readFileSync(path.join(ROOT, 'src', 'engine', 'rules', id, 'index.ts'), 'utf8');
  const messages = atSend.flatMap((rule) => {
    const [written, built] = [ruleSource(rule.meta.id), stripDocs(ruleSource(rule.meta.id))];
    return Object.values(rule.meta.messages).flatMap((message) => Object.values(message).filter((text) => !(written.includes(text) && !built.includes(text))));
  });
  expect(messages.length).toBeGreaterThan(60);
  expect(labels.length).toBeGreaterThan(20);
  // As the minifier writes a string: in double quotes (escaped) or, when it holds one, in single quotes.
  const inBundle = (text: string) => source.includes(JSON.stringify(text).slice(1, -1)) || source.includes(text);
  expect(labels.filter(inBundle)).toEqual([]);
  expect(messages.filter((message) => !inBundle(message))).toEqual([]);
});

test('Send does not run salutation-mismatch yet (scripts/not-at-send.js): a greeting to someone else sends, and a policy that sets the rule is still valid there', async () => {
  expect(source).not.toContain('The greeting names');
  const greeting = { ...CLEAN, attachments: [], body: '王经理：\n\n合同的修改意见请于周五前确认。\n\n谢谢！\n张三', to: [{ emailAddress: 'li.si@contoso.com', displayName: '李四', recipientType: 'user' }] };
  const mailbox = new SimulatedMailbox(greeting);
  const policy = { version: 'p2', rules: { 'salutation-mismatch': { severity: 'block', generic: ['老板'], roleMailboxes: { replace: ['info'] } } } };
  expect(await fire(loadInJavaScriptRuntime(mailbox, policy).onMessageSendHandler!)).toEqual({ allowEvent: true });
  expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=p2; clean');
  // The same policy with a setting the rule does not have is refused at Send: the stand-in's options are checked.
  const wrong = new SimulatedMailbox(greeting);
  await fire(loadInJavaScriptRuntime(wrong, { ...policy, rules: { 'salutation-mismatch': { generic: 'x' } } }).onMessageSendHandler!);
  expect(wrong.headers['X-Preflight']).toBe('v=1; policy=default; policy-source=default; clean');
});

test('a workbook the task pane never read is counted as unscanned at Send, and stops it under failClosed (RULES.md «Attachment contents»)', async () => {
  const workbook = { ...CLEAN, attachments: [WORKBOOK] };
  const open = new SimulatedMailbox(workbook);
  expect(await fire(loadInJavaScriptRuntime(open, { version: 'p3' }).onMessageSendHandler!)).toEqual({ allowEvent: true });
  expect(open.headers['X-Preflight']).toBe('v=1; policy=p3; clean; unscanned=1');
  const strict = new SimulatedMailbox(workbook);
  expect(await fire(loadInJavaScriptRuntime(strict, { version: 'p3', failClosed: true }).onMessageSendHandler!)).toMatchObject({ allowEvent: false });
  expect(strict.headers['X-Preflight']).toBe('v=1; policy=p3; blocked=check-failed:unscanned; unscanned=1');
});

test('classic Outlook’s file has no compose-time reader of attachments: its runtime has no page to load one into', () => {
  expect(source).not.toContain('taskpane.scan.js');
  expect(source).not.toContain('createElement');
});
