import { refreshNudges } from '../../src/launchevent/compose-events';
import { decideSend } from '../../src/launchevent/on-send';
import { formatAuditHeader, PROVISIONAL_AUDIT } from '../../src/office/audit-header';
import { policyTextHash } from '../../src/office/policy-source';
import { SESSION_KEYS } from '../../src/office/session';
import { policyWaitMs, TIMING } from '../../src/office/timing';
import { CLEAN, WORKBOOK, memoryCache, serve, serveAfter, setup } from './helpers';

/** OnMessageSend against the clock: the send budget, the header's share of it, and a cold start's. */
const VAGUE = { ...CLEAN, subject: '你好' };
const VAGUE_WITH_WORKBOOK = { ...VAGUE, attachments: [WORKBOOK] };

afterEach(() => jest.useRealTimers());

describe('the audit header is part of the send budget', () => {
  /** Sends with every Office.js call taking `latencyMs`; returns the answer, when it came and the header at that moment. */
  async function slowSend(latencyMs: number, message = VAGUE) {
    jest.useFakeTimers();
    const { mailbox, env } = setup(message, { latencyMs });
    const started = Date.now();
    const pending = decideSend(env).then((outcome) => ({ outcome, after: Date.now() - started, header: mailbox.headers['X-Preflight'] }));
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs + 100);
    return pending;
  }

  test('when every call takes 1.9 s the reads still finish and the result is written, within the budget', async () => {
    const { outcome, after, header } = await slowSend(1900, VAGUE_WITH_WORKBOOK);
    expect(outcome.completion).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    // sessionData (1.5 s) did not answer in time: the pane's attachment cache is unknown, so its attachment is unscanned.
    expect(header).toBe('v=1; policy=default; prompted=subject-vague; unscanned=1');
    expect(after).toBeLessThanOrEqual(TIMING.sendBudgetMs);
  });

  test('when every call takes 2.6 s the result cannot be written in time, but the provisional header is there', async () => {
    const { outcome, after, header } = await slowSend(2600);
    expect(outcome.completion).toEqual({ allowEvent: true });
    expect(header).toBe('v=1; policy=unknown; failed-open=unfinished');
    expect(header).toBe(formatAuditHeader(PROVISIONAL_AUDIT));
    expect(after).toBeLessThanOrEqual(TIMING.sendBudgetMs);
  });

  test('a check that hangs gives up early enough to leave the header write its reserve', async () => {
    jest.useFakeTimers();
    const { mailbox, env } = setup(VAGUE, { latencyMs: 300 }, 'hang');
    const started = Date.now();
    const writes: number[] = [];
    const record = mailbox.calls.push.bind(mailbox.calls);
    mailbox.calls.push = (...names: string[]) => {
      if (names.includes('internetHeaders.setAsync')) writes.push(Date.now() - started);
      return record(...names);
    };
    const pending = decideSend(env);
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs + 100);
    expect((await pending).completion).toEqual({ allowEvent: true });
    expect(writes).toEqual([0, TIMING.sendBudgetMs - TIMING.headerReserveMs]);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; failed-open=timeout:budget');
  });

  test('a header call that never answers does not hold up the answer beyond the budget', async () => {
    jest.useFakeTimers();
    const { env } = setup(CLEAN, { behaviour: { 'internetHeaders.setAsync': 'hang' } });
    const started = Date.now();
    let after = Infinity;
    const pending = decideSend(env).then((outcome) => ((after = Date.now() - started), outcome));
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs + 100);
    expect((await pending).completion).toEqual({ allowEvent: true });
    expect(after).toBeLessThanOrEqual(TIMING.sendBudgetMs);
  });
});

describe('Outlook counts its 5 seconds from the click, download included', () => {
  const ORG_POLICY = { version: '2026.11', rules: { 'subject-vague': { words: ['汇总材料'] } } };

  function slowServerSetup(spentBeforeEventMs: number, cached: unknown) {
    const { mailbox, env: base } = setup({ ...CLEAN, subject: '汇总材料' }, { latencyMs: 150 });
    const server = serveAfter(1200, ORG_POLICY);
    const env = { ...base, fetchText: server, policyCache: memoryCache(cached === null ? null : JSON.stringify(cached)), spentBeforeEventMs };
    return { mailbox, env, server };
  }

  async function answerTime(work: Promise<unknown>): Promise<number> {
    const started = Date.now();
    let after = Infinity;
    const done = work.then(() => (after = Date.now() - started));
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs + 1000);
    await done;
    return after;
  }

  test('a cold start that used 3 s answers from the cached policy instead of waiting out a slow server', async () => {
    jest.useFakeTimers();
    const { mailbox, env, server } = slowServerSetup(3000, { ...ORG_POLICY, version: '2026.10' });
    const after = await answerTime(decideSend(env));
    expect(after).toBeGreaterThanOrEqual(policyWaitMs(3000));
    expect(3000 + after).toBeLessThanOrEqual(TIMING.answerByMs);
    // The answer did not wait, but the request was not cut short: its late answer refreshes the cache.
    expect(server.timeouts).toEqual([TIMING.policyFetchMs]);
    expect(JSON.parse((env.policyCache as ReturnType<typeof memoryCache>).text!)).toEqual(ORG_POLICY);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.10; policy-source=cache; prompted=subject-vague');
  });

  test.each([
    ['a runtime that was already running waits for the server as usual and gets the fresh policy', 0, { version: '2026.10' }],
    ['with nothing cached, even a slow cold start waits the full time for the organisation’s policy', 3000, null],
  ])('%s', async (_name, spentMs, cached) => {
    jest.useFakeTimers();
    const { mailbox, env, server } = slowServerSetup(spentMs, cached);
    await answerTime(decideSend(env));
    expect(server.timeouts).toEqual([TIMING.policyFetchMs]);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.11; prompted=subject-vague');
  });

  test('a policy the compose events confirmed for this message answers Send without waiting for the server', async () => {
    jest.useFakeTimers();
    const { mailbox, env, server } = slowServerSetup(0, null);
    const shared = env.policyCache as ReturnType<typeof memoryCache>;
    await answerTime(refreshNudges({ ...env, fetchText: serve(ORG_POLICY) }));
    const confirmedAt = Date.now();
    expect(JSON.parse(mailbox.sessionData.get(SESSION_KEYS.policyConfirmation)!)).toEqual({ hash: policyTextHash(JSON.stringify(ORG_POLICY)), at: expect.any(Number) });
    expect(JSON.parse(mailbox.sessionData.get(SESSION_KEYS.policyConfirmation)!).at).toBeLessThanOrEqual(confirmedAt);
    expect(JSON.parse(shared.text!)).toEqual(ORG_POLICY);
    const after = await answerTime(decideSend(env));
    // Two Office.js latencies of 150 ms (the reads, then the header); the 1.2 s server is not waited for.
    expect(after).toBe(300);
    expect(server.timeouts).toEqual([TIMING.policyFetchMs]);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.11; prompted=subject-vague');
  });

  test('a confirmation older than its window is not trusted: Send waits for the server', async () => {
    jest.useFakeTimers();
    const { mailbox, env } = slowServerSetup(0, null);
    await answerTime(refreshNudges({ ...env, fetchText: serve({ version: '2026.10' }) }));
    jest.setSystemTime(Date.now() + TIMING.policyConfirmedForMs + 1000);
    const after = await answerTime(decideSend(env));
    expect(after).toBeGreaterThanOrEqual(1200);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.11; prompted=subject-vague');
  });

  test.each([
    [0, TIMING.policyFetchMs],
    [2000, TIMING.policyFetchMs],
    [2800, 700],
    [4500, 300],
  ])('after %i ms of start-up the policy may take %i ms', (spent, wait) => {
    expect(policyWaitMs(spent)).toBe(wait);
  });
});
