import crypto from 'node:crypto';
import fs from 'node:fs';
import vm from 'node:vm';
import { SCAN_SCRIPT } from '../src/launchevent/page-scan';
import { SimulatedMailbox } from '../src/playground/simulated-mailbox';
import { ensureBuilt } from './helpers/build';
import { parsesAs } from './helpers/ecma';
import { inlineHandlers, PAGE_NEWER_BUILT_INS } from './helpers/send-faults';
import { CLEAN, WORKBOOK } from './office/helpers';

/**
 * dist/commands.html: the page new Outlook, the web and Mac load for the event handlers. Its
 * inline script is a build of its own (webpack.config.js, HANDLER_RUNTIMES): ES2020 like the task
 * pane in the same webviews, without launchevent.js's polyfills, and with the compose-time reader
 * of attachments (src/launchevent/page-scan.ts). The fault matrix runs over it in
 * commands-faults.test.ts; the page itself runs in Chromium in test/e2e/commands-page.test.ts.
 */
const html = fs.readFileSync(ensureBuilt('commands', 'commands.html'), 'utf8');
const script = inlineHandlers(html);
const classic = fs.readFileSync(ensureBuilt('launchevent', 'launchevent.js'), 'utf8');
const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)![1]!;

test('one inline script, allowed by its hash; scripts from its own origin (the attachment reader) and Office.js’s host', () => {
  const hash = crypto.createHash('sha256').update(script, 'utf8').digest('base64');
  expect(csp).toContain(`script-src 'self' 'sha256-${hash}' https://appsforoffice.microsoft.com;`);
  expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
  expect(fs.existsSync(ensureBuilt('commands', 'commands.html').replace(/\.html$/u, '.js'))).toBe(false);
});

test('the page may reach only its own origin and Office.js’s host: no third party, no telemetry', () => {
  const sources = csp.split(';').flatMap((directive) => directive.trim().split(/\s+/u).slice(1));
  const allowed = new Set(["'self'", 'https://appsforoffice.microsoft.com', 'data:']);
  expect(sources.filter((source) => !allowed.has(source) && !/^'sha256-[A-Za-z0-9+/=]+'$/u.test(source))).toEqual([]);
  expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/u);
});

test('an ES2020 script, not the classic build: none of the ES2016 polyfills, and only it loads the attachment reader', () => {
  expect(parsesAs(script, 2020)).toBe(true);
  expect(parsesAs(script, 2016)).toBe(false);
  // polyfills.ts names each function it adds as a string; code that calls one does not.
  const polyfilled = (code: string) => ['"entries"', '"flatMap"', '"matchAll"'].filter((name) => code.includes(name));
  expect(polyfilled(script)).toEqual([]);
  expect(polyfilled(classic)).toEqual(['"entries"', '"flatMap"', '"matchAll"']);
  expect([script.includes(SCAN_SCRIPT), classic.includes(SCAN_SCRIPT)]).toEqual([true, false]);
});

test('no React, no Office.js of its own, no re2js, no zod', () => {
  expect(script).not.toMatch(/react\.production|__SECRET_INTERNALS|ReactCurrentOwner|RE2JS|_zod\b/u);
  expect(script).not.toMatch(/appsforoffice\.microsoft\.com\/lib/u);
});

type Handler = (event: { completed(options?: object): void }) => void;

/** The inline handlers in a context with ES2020's library (an older webview's) and no page: what Send sees. */
function loadHandlers(mailbox: SimulatedMailbox, policy: unknown = {}): Record<string, Handler> {
  const associated: Record<string, Handler> = {};
  const response = { ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(policy)) };
  const context = vm.createContext({
    Office: { actions: { associate: (name: string, handler: Handler) => (associated[name] = handler) }, context: mailbox.context },
    setTimeout,
    clearTimeout,
    console,
    fetch: () => Promise.resolve(response),
  });
  vm.runInContext(PAGE_NEWER_BUILT_INS, context);
  expect(vm.runInContext('typeof Object.hasOwn + typeof [].at', context)).toBe('undefinedundefined');
  vm.runInContext(script, context, { filename: 'commands.html' });
  return associated;
}

const fire = (handler: Handler) => new Promise<object | undefined>((resolve) => handler({ completed: resolve }));

test('all four events are associated; a clean mail is sent and a vague one prompts', async () => {
  const clean = new SimulatedMailbox(CLEAN);
  const handlers = loadHandlers(clean);
  expect(Object.keys(handlers).sort()).toEqual(['onMessageAttachmentsChangedHandler', 'onMessageComposeHandler', 'onMessageRecipientsChangedHandler', 'onMessageSendHandler', 'onNewMessageComposeHandler']);
  expect(await fire(handlers.onMessageSendHandler!)).toEqual({ allowEvent: true });
  expect(clean.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  const vague = new SimulatedMailbox({ ...CLEAN, subject: 'test' });
  expect(await fire(loadHandlers(vague, { version: 'p1' }).onMessageSendHandler!)).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  expect(vague.headers['X-Preflight']).toBe('v=1; policy=p1; prompted=subject-vague');
});

test('a policy with rule settings is read in a webview without Object.hasOwn (ES2022): the build supplies it', async () => {
  const mailbox = new SimulatedMailbox({ ...CLEAN, subject: 'test' });
  await fire(loadHandlers(mailbox, { version: 'p4', rules: { 'subject-vague': { severity: 'block' } } }).onMessageSendHandler!);
  expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=p4; blocked=subject-vague');
});

test('with no page to load the reader into, a compose event leaves the workbook unread and Send counts it as unscanned', async () => {
  const mailbox = new SimulatedMailbox({ ...CLEAN, attachments: [WORKBOOK] });
  const handlers = loadHandlers(mailbox, { version: 'p3' });
  expect(await fire(handlers.onMessageAttachmentsChangedHandler!)).toBeUndefined();
  expect(await fire(handlers.onMessageSendHandler!)).toEqual({ allowEvent: true });
  expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=p3; clean; unscanned=1');
});
