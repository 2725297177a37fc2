import { DEFAULT_POLICY } from '../../src/engine';
import { EMPTY_SESSION } from '../../src/office/session';
import { NUDGE_CHECK, PANE_CHECK, PATTERN_STEPS, runCheck, SEND_CHECK, type CheckProfile } from '../../src/office/run-check';
import { SEND_LIMITS } from '../../src/office/read-draft';
import { policyWaitMs, TIMING } from '../../src/office/timing';
import { CLEAN, setup, to } from './helpers';

afterEach(() => jest.useRealTimers());

const HUGE_BODY = `${CLEAN.body}\n${'x'.repeat(SEND_LIMITS.body + 10)}`;

describe('the check profiles', () => {
  test('Send and the nudges check what Send can afford; the pane checks everything', async () => {
    const results = await Promise.all(
      ([SEND_CHECK, NUDGE_CHECK, PANE_CHECK] as CheckProfile[]).map(async (profile) => {
        const { env } = setup({ ...CLEAN, body: HUGE_BODY });
        const outcome = await runCheck(env, profile);
        if (!outcome.ok) throw new Error(outcome.reason);
        return { truncated: outcome.read.truncated, bodyLength: outcome.read.draft.body.length };
      }),
    );
    expect(results.map((r) => r.truncated)).toEqual([[`body:${SEND_LIMITS.body}`], [`body:${SEND_LIMITS.body}`], []]);
    expect(results[2]!.bodyLength).toBe(HUGE_BODY.length);
    expect([SEND_CHECK.patternSteps, NUDGE_CHECK.patternSteps, PANE_CHECK.patternSteps]).toEqual([PATTERN_STEPS, PATTERN_STEPS, undefined]);
  });

  test('only Send has a budget, and it leaves the final header write its reserve', () => {
    expect(SEND_CHECK.budgetMs).toBe(TIMING.sendBudgetMs - TIMING.headerReserveMs);
    expect([NUDGE_CHECK.budgetMs, PANE_CHECK.budgetMs]).toEqual([undefined, undefined]);
  });

  test('how each waits for the policy', async () => {
    const { env } = setup(CLEAN);
    const confirmation = { hash: 'h', at: 1 };
    const send = SEND_CHECK.policyWait({ ...env, spentBeforeEventMs: 2800 }, Promise.resolve({ ...EMPTY_SESSION, policyConfirmation: confirmation }));
    expect(send.waitWithCacheMs).toBe(policyWaitMs(2800));
    await expect(send.recentConfirmation).resolves.toEqual(confirmation);
    expect(NUDGE_CHECK.policyWait(env, Promise.resolve(EMPTY_SESSION))).toEqual({ timeoutMs: TIMING.backgroundPolicyFetchMs, answerWithinMs: TIMING.policyFetchMs });
    expect(PANE_CHECK.policyWait(env, Promise.resolve(EMPTY_SESSION))).toEqual({});
  });
});

describe('a check that cannot finish returns what it had got', () => {
  test('past the budget, with the policy that had arrived and the language chosen for the message', async () => {
    jest.useFakeTimers();
    const { mailbox, env } = setup({ ...CLEAN, to: [to('li.si@contoso.com')] }, { behaviour: { 'to.getAsync': 'hang' } }, { version: 'org-7', failClosed: true });
    mailbox.sessionData.set('preflight.locale', 'en-US');
    // A budget shorter than the hung read's own time limit.
    const pending = runCheck(env, { ...SEND_CHECK, budgetMs: TIMING.readMs / 2 });
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs);
    const outcome = await pending;
    expect(outcome).toMatchObject({ ok: false, reason: 'timeout:budget', locale: 'en-US', policy: { version: 'org-7', failClosed: true } });
  });

  test('the defaults when the policy had not arrived', async () => {
    jest.useFakeTimers();
    const { env } = setup(CLEAN, { displayLanguage: 'zh-TW' }, 'hang');
    const pending = runCheck(env, SEND_CHECK);
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs);
    expect(await pending).toEqual({ ok: false, reason: 'timeout:budget', policy: DEFAULT_POLICY, locale: 'zh-TW' });
  });

  test('without a budget the check waits for every read (the pane)', async () => {
    jest.useFakeTimers();
    const { env } = setup(CLEAN, { behaviour: { 'to.getAsync': 'hang' } });
    const pending = runCheck(env, PANE_CHECK);
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs);
    // The read's own time limit, not a budget, ends it: the rest is still checked.
    const outcome = await pending;
    expect(outcome.ok && outcome.read.failures).toEqual(['timeout:to.getAsync']);
  });
});
