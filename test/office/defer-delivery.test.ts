import { decideSend } from '../../src/launchevent/on-send';
import { deferDelivery } from '../../src/office/defer-delivery';
import { SESSION_KEYS } from '../../src/office/session';
import { TIMING } from '../../src/office/timing';
import type { SimulatorOptions } from '../../src/playground/simulated-mailbox';
import { CLEAN, setup, to } from './helpers';

/** Delayed delivery at Send (policy `deferExternalMinutes`, Mailbox 1.13). */
const EXTERNAL = { ...CLEAN, to: [to('li.si@contoso.com'), to('wang.wu@fabrikam.com')] };
const INTERNAL = { ...CLEAN, to: [to('li.si@contoso.com')] };
const DEFERRING = { internalDomains: ['contoso.com'], deferExternalMinutes: 10 };
const MINUTE = 60_000;

afterEach(() => jest.useRealTimers());

async function send(message: typeof CLEAN, policy: unknown = DEFERRING, options: SimulatorOptions = {}, session: Record<string, string> = {}) {
  const { mailbox, env } = setup(message, options, policy);
  for (const [key, value] of Object.entries(session)) mailbox.sessionData.set(key, value);
  const before = Date.now();
  const outcome = await decideSend(env);
  return { mailbox, outcome, before, after: Date.now() };
}

describe('delayed delivery of external mail at Send', () => {
  test('mail with an external recipient is delivered N minutes after Send, and still goes at once as decided', async () => {
    const { mailbox, outcome, before, after } = await send(EXTERNAL);
    expect(outcome.completion).toEqual({ allowEvent: true });
    expect(mailbox.message.delayDeliveryTime).toBeGreaterThanOrEqual(before + 10 * MINUTE);
    expect(mailbox.message.delayDeliveryTime).toBeLessThanOrEqual(after + 10 * MINUTE);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });

  test('a warning that prompts is delayed too: "send anyway" sends it', async () => {
    const { mailbox, outcome } = await send({ ...EXTERNAL, subject: '你好' });
    expect(outcome.completion).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(mailbox.message.delayDeliveryTime).toBeGreaterThan(Date.now());
  });

  test('a block is not delayed: the mail does not go', async () => {
    const { mailbox, outcome } = await send({ ...EXTERNAL, subject: '你好' }, { ...DEFERRING, rules: { 'subject-vague': { severity: 'block' } } });
    expect(outcome.completion).toMatchObject({ allowEvent: false });
    expect(outcome.completion.sendModeOverride).toBeUndefined();
    expect(mailbox.message.delayDeliveryTime).toBe(0);
    expect(mailbox.calls).not.toContain('delayDeliveryTime.setAsync');
  });

  test.each([
    ['only internal recipients', INTERNAL, DEFERRING, {}, {}],
    ['deferExternalMinutes 0', EXTERNAL, { ...DEFERRING, deferExternalMinutes: 0 }, {}, {}],
    ['no deferExternalMinutes', EXTERNAL, { internalDomains: ['contoso.com'] }, {}, {}],
    ['no internal domains and only the sender’s own domain', INTERNAL, { deferExternalMinutes: 10 }, {}, {}],
    ['a client below Mailbox 1.13', EXTERNAL, DEFERRING, { mailboxVersion: '1.12' }, {}],
    ['"send without delay" chosen in the pane', EXTERNAL, DEFERRING, {}, { [SESSION_KEYS.sendWithoutDelay]: '1' }],
  ])('nothing is delayed with %s', async (_name, message, policy, options, session) => {
    const { mailbox, outcome } = await send(message, policy, options, session);
    expect(outcome.completion).toEqual({ allowEvent: true });
    expect(mailbox.message.delayDeliveryTime).toBe(0);
    expect(mailbox.calls.filter((call) => call.startsWith('delayDeliveryTime.'))).toEqual([]);
  });

  test('"send without delay" undone in the pane delays again', async () => {
    const { mailbox } = await send(EXTERNAL, DEFERRING, {}, { [SESSION_KEYS.sendWithoutDelay]: '' });
    expect(mailbox.message.delayDeliveryTime).toBeGreaterThan(Date.now());
  });

  test('a scope sets its own delay, which wins over the base policy', async () => {
    const policy = { ...DEFERRING, scopes: [{ name: 'sales', senders: ['zhang.san@contoso.com'], deferExternalMinutes: 30 }] };
    const { mailbox, before } = await send(EXTERNAL, policy);
    expect(mailbox.message.delayDeliveryTime).toBeGreaterThanOrEqual(before + 30 * MINUTE);
    const off = await send(EXTERNAL, { ...policy, scopes: [{ ...policy.scopes[0], deferExternalMinutes: 0 }] });
    expect(off.mailbox.message.delayDeliveryTime).toBe(0);
  });

  test('a later delivery time the user scheduled is kept', async () => {
    const { mailbox, env } = setup(EXTERNAL, {}, DEFERRING);
    const tomorrow = Date.now() + 24 * 60 * MINUTE;
    mailbox.message.delayDeliveryTime = tomorrow;
    await decideSend(env);
    expect(mailbox.message.delayDeliveryTime).toBe(tomorrow);
    expect(mailbox.calls).not.toContain('delayDeliveryTime.setAsync');
  });

  test.each(['delayDeliveryTime.getAsync', 'delayDeliveryTime.setAsync'])('%s failing changes nothing: the mail goes as decided, with its header', async (call) => {
    const { mailbox, outcome } = await send(EXTERNAL, DEFERRING, { behaviour: { [call]: 'fail' } });
    expect(outcome.completion).toEqual({ allowEvent: true });
    expect(mailbox.message.delayDeliveryTime).toBe(0);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });

  test.each(['delayDeliveryTime.getAsync', 'delayDeliveryTime.setAsync'])('%s hanging does not hold the answer past the send budget', async (call) => {
    jest.useFakeTimers();
    const { mailbox, env } = setup(EXTERNAL, { latencyMs: 50, behaviour: { [call]: 'hang' } }, DEFERRING);
    const started = Date.now();
    const pending = decideSend(env).then((outcome) => ({ outcome, after: Date.now() - started }));
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs + 100);
    const { outcome, after } = await pending;
    expect(outcome.completion).toEqual({ allowEvent: true });
    expect(after).toBeLessThanOrEqual(TIMING.sendBudgetMs);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });

  test('deferDelivery never rejects, and does nothing for 0 minutes or a client without the API', async () => {
    const { mailbox } = setup(EXTERNAL, { behaviour: { 'delayDeliveryTime.setAsync': 'fail' } });
    await expect(deferDelivery(mailbox.context.mailbox.item!, 5, 1000)).resolves.toBeUndefined();
    await deferDelivery(mailbox.context.mailbox.item!, 0, 1000);
    const old = setup(EXTERNAL, { mailboxVersion: '1.12' });
    await expect(deferDelivery(old.mailbox.context.mailbox.item!, 5, 1000)).resolves.toBeUndefined();
    expect(old.mailbox.calls).toEqual([]);
  });
});
