import fs from 'node:fs';
import path from 'node:path';
import { onComposeOpened } from '../launchevent/compose-events';
import { LOCALE_CHOICE_KEY } from '../office/locale';
import type { CheckEnvironment } from '../office/run-check';
import { SESSION_KEYS } from '../office/session';
import type { ActionHandler } from './bridge';
import { exampleById } from './examples';
import { COMPOSE_HANDLER, LAUNCH_EVENTS, PlaygroundSession } from './session';

const SETTINGS = { mailboxVersion: '1.15', latencyMs: 0, displayLanguage: 'zh-CN', theme: 'light' } as const;

/** Stand-ins for the add-in's event handlers: they record their calls and answer as told. */
function associateHandlers(session: PlaygroundSession, sendAnswer: object = { allowEvent: true }) {
  const calls: string[] = [];
  const handler =
    (name: string, answer?: object): ActionHandler =>
    (event) => {
      calls.push(name);
      setTimeout(() => event.completed(answer), 1);
    };
  session.associate(COMPOSE_HANDLER, handler('compose'));
  session.associate('onMessageRecipientsChangedHandler', handler('recipients'));
  session.associate('onMessageAttachmentsChangedHandler', handler('attachments'));
  session.associate('onMessageSendHandler', (event) => {
    calls.push('send');
    session.mailbox.headers['X-Preflight'] = 'v=1; policy=default; prompted=subject-vague';
    event.completed(sendAnswer);
  });
  return calls;
}

test('events wait for the handlers to be associated, run one at a time, and coalesce', async () => {
  const session = new PlaygroundSession(SETTINGS, { subject: 'x' });
  const first = session.runEvent(COMPOSE_HANDLER);
  const calls = associateHandlers(session);
  await first;
  session.editRecipients((m) => void (m.to = [{ emailAddress: 'a@contoso.com' }]));
  session.editRecipients((m) => void (m.to = []));
  session.editAttachments((m) => void (m.attachments = []));
  await session.runEvent('onMessageAttachmentsChangedHandler');
  expect(calls).toEqual(['compose', 'recipients', 'attachments']);
});

test('a prompt opens the dialog; Send anyway delivers the message with its stamped header', async () => {
  const session = new PlaygroundSession(SETTINGS, { subject: '你好' });
  associateHandlers(session, { allowEvent: false, errorMessage: 'x', sendModeOverride: 'promptUser', cancelLabel: '查看并修正', commandId: 'Pane' });
  await session.startSend();
  expect(session.sendState.kind).toBe('alert');
  session.sendAnyway();
  const state = session.sendState;
  if (state.kind !== 'sent') throw new Error(state.kind);
  expect(state.message.headers).toEqual({ 'X-Preflight': 'v=1; policy=default; prompted=subject-vague' });
});

test('a block cannot be overridden', async () => {
  const session = new PlaygroundSession(SETTINGS, {});
  associateHandlers(session, { allowEvent: false, errorMessage: 'blocked' });
  await session.startSend();
  session.sendAnyway();
  expect(session.sendState.kind).toBe('alert');
  session.dontSend();
  expect(session.sendState.kind).toBe('composing');
});

test('a new message gets a fresh item, keeps roaming settings, and reopens the pane', async () => {
  const session = new PlaygroundSession(SETTINGS, {});
  associateHandlers(session);
  session.mailbox.roaming.set('preflight.policy', '{}');
  session.mailbox.headers['X-Preflight'] = 'old';
  const generation = session.paneGeneration;
  await session.compose({ subject: '新邮件' });
  expect(session.mailbox.message.subject).toBe('新邮件');
  expect(session.mailbox.headers).toEqual({});
  expect(session.mailbox.roaming.get('preflight.policy')).toBe('{}');
  expect(session.paneGeneration).toBe(generation + 1);
});

test('settings reach the simulated client; a language change forgets the pane’s own language choice', () => {
  const removed: string[] = [];
  const session = new PlaygroundSession(SETTINGS, {}, { removeItem: (key) => void removed.push(key) });
  session.updateSettings({ latencyMs: 50 });
  expect(session.mailbox.options.latencyMs).toBe(50);
  expect(removed).toEqual([]);
  session.updateSettings({ displayLanguage: 'en-US', mailboxVersion: '1.12' });
  expect(session.mailbox.options.displayLanguage).toBe('en-US');
  expect(session.mailbox.supports('1.13')).toBe(false);
  expect(removed).toEqual(['preflight.locale']);
});

test('a language change also forgets the choice kept for the user (roaming settings) and for the message (sessionData)', () => {
  const session = new PlaygroundSession(SETTINGS, {});
  const { roaming, sessionData } = session.mailbox;
  roaming.set(LOCALE_CHOICE_KEY, 'en-US');
  roaming.set('preflight.policy', '{}');
  sessionData.set(SESSION_KEYS.locale, 'en-US');
  sessionData.set(SESSION_KEYS.composeType, 'reply');
  session.updateSettings({ theme: 'dark' });
  expect(roaming.get(LOCALE_CHOICE_KEY)).toBe('en-US');
  expect(sessionData.get(SESSION_KEYS.locale)).toBe('en-US');
  session.updateSettings({ displayLanguage: 'zh-TW' });
  expect(roaming.has(LOCALE_CHOICE_KEY)).toBe(false);
  expect(sessionData.has(SESSION_KEYS.locale)).toBe(false);
  expect(roaming.get('preflight.policy')).toBe('{}');
  expect(sessionData.get(SESSION_KEYS.composeType)).toBe('reply');
});

test('the playground raises the manifest’s LaunchEvents under the handler names manifest.xml gives them', () => {
  const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
  const declared = Object.fromEntries([...manifest.matchAll(/<LaunchEvent\s+Type="(\w+)"\s+FunctionName="(\w+)"/gu)].map(([, type, name]) => [type, name]));
  expect(declared).toEqual(Object.fromEntries(Object.entries(LAUNCH_EVENTS).map(([type, { handler }]) => [type, handler])));
  expect(COMPOSE_HANDLER).toBe(declared.OnMessageCompose);
});

test('opening a message runs onMessageComposeHandler, with the event type of OnMessageCompose, and not the old OnNewMessageCompose name', async () => {
  const session = new PlaygroundSession(SETTINGS, {});
  const calls: Array<string | undefined> = [];
  session.associate('onNewMessageComposeHandler', (event) => {
    calls.push(`old:${event.type}`);
    event.completed();
  });
  session.associate('onMessageComposeHandler', (event) => {
    calls.push(event.type);
    event.completed();
  });
  await session.compose({ subject: '你好' });
  expect(calls).toEqual(['messageComposeOpened']);
});

describe('Save and reopen draft', () => {
  /** The real compose-open handler (src/launchevent), on whatever message the playground has open when it runs. */
  function associateComposeHandler(session: PlaygroundSession): { runs: number } {
    const counter = { runs: 0 };
    const env = (): CheckEnvironment => ({
      context: session.mailbox.context,
      policyUrl: 'https://localhost:3000/policy.json',
      fetchText: () => Promise.resolve({ ok: true, status: 200, text: '{}' }),
      policyCache: null,
    });
    session.associate(COMPOSE_HANDLER, (event) => {
      counter.runs++;
      void onComposeOpened(env()).then(() => event.completed());
    });
    return counter;
  }

  test('opening the reply example records the subject it inherited', async () => {
    const session = new PlaygroundSession(SETTINGS, {});
    associateComposeHandler(session);
    await session.compose(exampleById('reply-inherited-subject')!.message);
    expect(session.mailbox.sessionData.get(SESSION_KEYS.originalSubject)).toBe('RE: 你好');
    expect(session.mailbox.sessionData.get(SESSION_KEYS.composeType)).toBe('reply');
  });

  test('the draft opens again with its message and headers, without its bars or sessionData, and OnMessageCompose brings the bars back', async () => {
    const session = new PlaygroundSession(SETTINGS, {});
    const handler = associateComposeHandler(session);
    await session.compose(exampleById('reply-all-group')!.message);
    const first = session.mailbox;
    expect([...first.notifications.keys()]).toEqual(['preflight-group']);
    first.message.body = `已改，见下文。\n\n${first.message.body}`;
    first.headers['X-Preflight'] = 'v=1; policy=default; prompted=reply-all-group';
    first.sessionData.set(SESSION_KEYS.acknowledged, '["x"]');
    const generation = session.paneGeneration;

    const reopening = session.reopenDraft();
    const second = session.mailbox;
    expect(second).not.toBe(first);
    expect(second.notifications.size).toBe(0);
    expect(second.sessionData.size).toBe(0);
    await reopening;

    expect(handler.runs).toBe(2);
    expect(second.message).toEqual(first.message);
    expect(second.message).not.toBe(first.message);
    expect(second.headers).toEqual({ 'X-Preflight': 'v=1; policy=default; prompted=reply-all-group' });
    expect([...second.notifications.keys()]).toEqual(['preflight-group']);
    expect(second.sessionData.get(SESSION_KEYS.composeType)).toBe('reply');
    expect(second.sessionData.has(SESSION_KEYS.acknowledged)).toBe(false);
    expect(session.paneGeneration).toBe(generation + 1);
    expect(session.sendState.kind).toBe('composing');
  });

  test('below Mailbox 1.12 the draft opens again but no handler runs; a sent message is no draft to reopen', async () => {
    const old = new PlaygroundSession({ ...SETTINGS, mailboxVersion: '1.10' }, { subject: '你好' });
    const handler = associateComposeHandler(old);
    await old.reopenDraft();
    expect(old.mailbox.message.subject).toBe('你好');
    expect(handler.runs).toBe(0);

    const session = new PlaygroundSession(SETTINGS, { subject: '预算审批' });
    associateHandlers(session);
    await session.startSend();
    const sent = session.mailbox;
    await session.reopenDraft();
    expect(session.mailbox).toBe(sent);
    expect(session.sendState.kind).toBe('sent');
  });
});

test('policies: a chosen text with its validation errors; another origin is refused without a request', async () => {
  const session = new PlaygroundSession(SETTINGS, {});
  session.usePolicyText('p.json', '{"internalDomains": "contoso.com"}');
  expect(session.policyText).toBe('{"internalDomains": "contoso.com"}');
  expect(session.policy).toMatchObject({ kind: 'custom', errors: [{ path: '$.internalDomains' }] });
  const fetchSpy = jest.fn();
  const original = globalThis.fetch;
  globalThis.fetch = fetchSpy;
  try {
    await session.usePolicyUrl('https://evil.example/policy.json', 'https://localhost:3000/playground.html');
  } finally {
    globalThis.fetch = original;
  }
  expect(fetchSpy).not.toHaveBeenCalled();
  expect(session.policy).toEqual({ kind: 'unreadable', name: 'https://evil.example/policy.json', reason: 'other-origin' });
  expect(session.policyText).toBeNull();
});

test('an example that comes with a policy serves it; the next example without one gives the server’s back, a chosen file stays', async () => {
  const session = new PlaygroundSession(SETTINGS, {});
  const calls = associateHandlers(session);
  const generation = session.paneGeneration;
  await session.openExample(exampleById('mass-mail-review')!);
  expect(session.policy).toMatchObject({ kind: 'custom', name: 'review-steps.json', errors: [], fromExample: true });
  expect(JSON.parse(session.policyText!).rules['mass-mail'].acknowledge.reference['zh-CN']).toBe('群发申请表编号');
  expect(session.mailbox.message.to).toHaveLength(25);
  // One new compose window, one compose event: the handler reads the policy it brought.
  expect(session.paneGeneration).toBe(generation + 1);
  expect(calls).toEqual(['compose']);

  await session.openExample(exampleById('clean')!);
  expect(session.policy).toEqual({ kind: 'server' });
  expect(session.policyText).toBeNull();

  session.usePolicyText('mine.json', '{"version": "mine"}');
  await session.openExample({ message: {} });
  expect(session.policy).toMatchObject({ kind: 'custom', name: 'mine.json' });
});

test('opened with the example’s policy (?example= alone), the draft keeps it when it opens again', async () => {
  const example = exampleById('mass-mail-review')!;
  const session = new PlaygroundSession(SETTINGS, example.message);
  associateHandlers(session);
  session.useExamplePolicy(example.policy!);
  await session.reopenDraft();
  expect(session.policy).toMatchObject({ kind: 'custom', name: 'review-steps.json', fromExample: true });
});

describe('a client older than Mailbox 1.12 runs none of the event handlers', () => {
  const OLD = { ...SETTINGS, mailboxVersion: '1.10' };

  test('opening the message and changing recipients or attachments call no handler', async () => {
    const session = new PlaygroundSession(OLD, {});
    const calls = associateHandlers(session);
    await session.compose({ subject: '你好' });
    session.editRecipients((m) => void (m.to = [{ emailAddress: 'a@contoso.com' }]));
    session.editAttachments((m) => void (m.attachments = []));
    await session.runEvent('onMessageRecipientsChangedHandler');
    expect(calls).toEqual([]);
  });

  test('Send just sends: no check, no dialog, no header', async () => {
    const session = new PlaygroundSession(OLD, { subject: '你好' });
    const calls = associateHandlers(session, { allowEvent: false, errorMessage: 'blocked' });
    await session.startSend();
    expect(calls).toEqual([]);
    const state = session.sendState;
    if (state.kind !== 'sent') throw new Error(state.kind);
    expect(state.message.headers).toEqual({});
  });
});

test('on Mailbox 1.12 the dialog has only "Don\'t send" and plain text, whatever the handler asks for', async () => {
  const session = new PlaygroundSession({ ...SETTINGS, mailboxVersion: '1.12' }, {});
  let paneOpened = 0;
  session.registerPaneFocuser(() => void paneOpened++);
  associateHandlers(session, { allowEvent: false, errorMessage: 'text', errorMessageMarkdown: '**md**', sendModeOverride: 'promptUser', cancelLabel: '查看并修正', commandId: 'Pane' });
  await session.startSend();
  const state = session.sendState;
  if (state.kind !== 'alert') throw new Error(state.kind);
  expect(state.dialog).toEqual({ markdown: null, text: 'text', sendAnyway: false, actionLabel: null });
  session.sendAnyway();
  session.openPaneFromAlert();
  expect(session.sendState.kind).toBe('alert');
  expect(paneOpened).toBe(0);
});

test('an event still queued when the client changes to one below Mailbox 1.12 does not run', async () => {
  const session = new PlaygroundSession(SETTINGS, {});
  const calls = associateHandlers(session);
  let finishCompose = () => undefined as void;
  session.associate(COMPOSE_HANDLER, (event) => {
    calls.push('compose');
    finishCompose = () => event.completed();
  });
  const first = session.runEvent(COMPOSE_HANDLER);
  const queued = session.runEvent('onMessageRecipientsChangedHandler');
  await new Promise((resolve) => setTimeout(resolve, 5));
  void session.updateSettings({ mailboxVersion: '1.10' });
  finishCompose();
  await Promise.all([first, queued]);
  expect(calls).toEqual(['compose']);
});

test('another Mailbox version opens the message afresh in that client', async () => {
  const session = new PlaygroundSession(SETTINGS, { subject: '预算' });
  const calls = associateHandlers(session);
  session.mailbox.notifications.set('preflight-size', { type: 'informationalMessage', message: 'bar' });
  session.mailbox.headers['X-Preflight'] = 'v=1; policy=default; clean';
  session.mailbox.roaming.set('preflight.policy', '{}');
  const generation = session.paneGeneration;
  await session.updateSettings({ mailboxVersion: '1.10' });
  expect(session.mailbox.message.subject).toBe('预算');
  expect(session.mailbox.notifications.size).toBe(0);
  expect(session.mailbox.headers).toEqual({});
  expect(session.mailbox.roaming.get('preflight.policy')).toBe('{}');
  expect(session.paneGeneration).toBe(generation + 1);
  await session.updateSettings({ mailboxVersion: '1.15' });
  expect(calls).toEqual(['compose']);
});
