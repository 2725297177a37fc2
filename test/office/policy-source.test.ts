import * as engine from '../../src/engine';
import { loadPolicy, policyTextHash, type PolicyConfirmation } from '../../src/office/policy-source';
import { TIMING } from '../../src/office/timing';
import { memoryCache, POLICY_URL, serve, serveAfter } from './helpers';

describe('policy delivery', () => {
  test('a valid policy.json is used and cached as the last good copy', async () => {
    const cache = memoryCache();
    const loaded = await loadPolicy(POLICY_URL, serve({ version: 'v7' }), cache);
    expect(loaded).toMatchObject({ origin: 'fetched', problem: null });
    expect(loaded.policy.version).toBe('v7');
    expect(JSON.parse(cache.text!)).toEqual({ version: 'v7' });
  });

  test('an invalid file falls back to the last good copy and names the JSON path', async () => {
    const cache = memoryCache(JSON.stringify({ version: 'v6' }));
    const loaded = await loadPolicy(POLICY_URL, serve({ version: 'v7', rules: { 'cc-excessive': { maxCc: 'five' } } }), cache);
    expect(loaded.origin).toBe('cache');
    expect(loaded.policy.version).toBe('v6');
    expect(loaded.problem).toEqual({ kind: 'invalid', errors: [{ path: '$.rules["cc-excessive"].maxCc', message: 'expected number, got string' }] });
    expect(JSON.parse(cache.text!)).toEqual({ version: 'v6' });
  });

  test('a missing file with no cache gives the built-in defaults and says so', async () => {
    const loaded = await loadPolicy(POLICY_URL, serve({ status: 404 }), null);
    expect(loaded.origin).toBe('default');
    expect(loaded.policy.version).toBe('default');
    expect(loaded.problem).toEqual({ kind: 'unreachable', detail: 'HTTP 404' });
  });

  test('a network error falls back the same way', async () => {
    const loaded = await loadPolicy(POLICY_URL, () => Promise.reject(new Error('offline')), memoryCache(JSON.stringify({ version: 'v5' })));
    expect(loaded).toMatchObject({ origin: 'cache', problem: { kind: 'unreachable', detail: 'offline' } });
  });

  test('a broken cache is ignored', async () => {
    const loaded = await loadPolicy(POLICY_URL, serve({ status: 500 }), memoryCache('{not json'));
    expect(loaded.origin).toBe('default');
  });
});

/** Runs fake timers `advanceMs` ahead and says when `work` settled (fake milliseconds after the start). */
async function timed<T>(work: Promise<T>, advanceMs: number): Promise<{ value: T; afterMs: number }> {
  const started = Date.now();
  let afterMs = Infinity;
  const done = work.then((value) => {
    afterMs = Date.now() - started;
    return value;
  });
  await jest.advanceTimersByTimeAsync(advanceMs);
  return { value: await done, afterMs };
}

describe('policy delivery inside the send window', () => {
  afterEach(() => jest.useRealTimers());

  test('with a last good copy, a slow server is waited for only as long as asked; its late answer still refreshes the cache', async () => {
    jest.useFakeTimers();
    const server = serveAfter(1200, { version: 'v8' });
    const cache = memoryCache(JSON.stringify({ version: 'v7' }));
    const { value, afterMs } = await timed(loadPolicy(POLICY_URL, server, cache, { waitWithCacheMs: 400 }), 2000);
    expect(afterMs).toBe(400);
    expect(value).toMatchObject({ origin: 'cache', problem: { kind: 'unreachable', detail: 'no answer within 400 ms' } });
    expect(value.policy.version).toBe('v7');
    expect(server.timeouts).toEqual([TIMING.policyFetchMs]);
    expect(JSON.parse(cache.text!)).toEqual({ version: 'v8' });
  });

  test('the answer may come before the request ends: late, the server’s copy still settles the confirmation', async () => {
    jest.useFakeTimers();
    const server = serveAfter(3000, { version: 'v8' });
    const cache = memoryCache();
    const { value, afterMs } = await timed(loadPolicy(POLICY_URL, server, cache, { timeoutMs: 6000, answerWithinMs: 1500 }), 1600);
    expect(afterMs).toBe(1500);
    expect(value).toMatchObject({ origin: 'default', problem: { kind: 'unreachable', detail: 'no answer within 1500 ms' } });
    let confirmed: unknown = 'pending';
    void value.confirmation.then((c) => (confirmed = c));
    await jest.advanceTimersByTimeAsync(1000);
    expect(confirmed).toBe('pending');
    await jest.advanceTimersByTimeAsync(1000);
    expect(confirmed).toEqual({ hash: policyTextHash(JSON.stringify({ version: 'v8' })), at: expect.any(Number) });
    expect(server.timeouts).toEqual([6000]);
    expect(JSON.parse(cache.text!)).toEqual({ version: 'v8' });
  });

  test('a request that fails settles the confirmation as null', async () => {
    const loaded = await loadPolicy(POLICY_URL, serve({ status: 404 }), memoryCache(JSON.stringify({ version: 'v7' })));
    await expect(loaded.confirmation).resolves.toBeNull();
  });

  test('without a copy to stand in, the server gets its full time: the organisation’s policy is not traded for speed', async () => {
    jest.useFakeTimers();
    const server = serveAfter(1200, { version: 'v8' });
    const { value } = await timed(loadPolicy(POLICY_URL, server, memoryCache(), { waitWithCacheMs: 400 }), 2000);
    expect(server.timeouts).toEqual([TIMING.policyFetchMs]);
    expect(value).toMatchObject({ origin: 'fetched' });
    expect(value.policy.version).toBe('v8');
  });

  test('a cached copy that no longer validates does not shorten the wait', async () => {
    jest.useFakeTimers();
    const server = serveAfter(1200, { version: 'v8' });
    const stale = memoryCache(JSON.stringify({ version: 'v7', rules: { 'no-such-rule': {} } }));
    const { value } = await timed(loadPolicy(POLICY_URL, server, stale, { waitWithCacheMs: 300 }), 2000);
    expect(server.timeouts).toEqual([TIMING.policyFetchMs]);
    expect(value).toMatchObject({ origin: 'fetched' });
  });

  test('with the full wait, the cached copy is not validated on the way: only the fetched text is', async () => {
    const parse = jest.spyOn(engine, 'parsePolicyText');
    try {
      const loaded = await loadPolicy(POLICY_URL, serve({ version: 'v8' }), memoryCache(JSON.stringify({ version: 'v7' })), { waitWithCacheMs: TIMING.policyFetchMs });
      expect(loaded.policy.version).toBe('v8');
      expect(parse.mock.calls).toEqual([[JSON.stringify({ version: 'v8' })]]);
    } finally {
      parse.mockRestore();
    }
  });

  test('a shorter wait is never stretched past the normal timeout', async () => {
    jest.useFakeTimers();
    const server = serveAfter(100, { version: 'v8' });
    await timed(loadPolicy(POLICY_URL, server, memoryCache(JSON.stringify({ version: 'v7' })), { waitWithCacheMs: 60_000 }), 200);
    expect(server.timeouts).toEqual([TIMING.policyFetchMs]);
  });
});

describe('a policy the server confirmed for this message', () => {
  afterEach(() => jest.useRealTimers());

  const CACHED = JSON.stringify({ version: 'v7' });
  const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
  const clock = () => NOW;
  const confirmed = (text: string, ageMs: number): Promise<PolicyConfirmation> => Promise.resolve({ hash: policyTextHash(text), at: NOW - ageMs });

  test('a fetched policy carries the hash of the served text and the time it was confirmed', async () => {
    const served = { version: 'v8', internalDomains: ['contoso.com'] };
    const loaded = await loadPolicy(POLICY_URL, serve(served), memoryCache(), { now: clock });
    await expect(loaded.confirmation).resolves.toEqual({ hash: policyTextHash(JSON.stringify(served)), at: NOW });
  });

  test('a recent confirmation of the cached text answers at once; the request still refreshes the cache', async () => {
    jest.useFakeTimers();
    const cache = memoryCache(CACHED);
    const server = serveAfter(1200, { version: 'v8' });
    const { value, afterMs } = await timed(loadPolicy(POLICY_URL, server, cache, { now: clock, recentConfirmation: confirmed(CACHED, 60_000) }), 0);
    expect(afterMs).toBe(0);
    expect(value).toMatchObject({ origin: 'confirmed', problem: null });
    expect(value.policy.version).toBe('v7');
    await jest.advanceTimersByTimeAsync(1500);
    expect(JSON.parse(cache.text!)).toEqual({ version: 'v8' });
    await expect(value.confirmation).resolves.toEqual({ hash: policyTextHash(JSON.stringify({ version: 'v8' })), at: NOW });
  });

  test.each([
    ['older than the window', CACHED, TIMING.policyConfirmedForMs + 1],
    ['from the future (the clock went back)', CACHED, -60_000],
    ['of another text than the one cached', JSON.stringify({ version: 'v6' }), 1000],
  ])('a confirmation %s waits for the server', async (_name, text, ageMs) => {
    jest.useFakeTimers();
    const { value, afterMs } = await timed(loadPolicy(POLICY_URL, serveAfter(800, { version: 'v8' }), memoryCache(CACHED), { now: clock, recentConfirmation: confirmed(text, ageMs) }), 1000);
    expect(afterMs).toBe(800);
    expect(value).toMatchObject({ origin: 'fetched' });
    expect(value.policy.version).toBe('v8');
  });

  test.each([
    ['a cache', CACHED],
    ['no cache', null],
  ])('an unreadable confirmation (with %s) waits for the server', async (_name, cached) => {
    jest.useFakeTimers();
    const unreadable = Promise.reject(new Error('sessionData'));
    const { value, afterMs } = await timed(loadPolicy(POLICY_URL, serveAfter(800, { version: 'v8' }), memoryCache(cached), { now: clock, recentConfirmation: unreadable }), 1000);
    expect(afterMs).toBe(800);
    expect(value).toMatchObject({ origin: 'fetched' });
  });

  test('a confirmed copy that no longer validates (an older add-in cached it) waits for the server', async () => {
    jest.useFakeTimers();
    const stale = JSON.stringify({ version: 'v7', rules: { 'no-such-rule': {} } });
    const { value, afterMs } = await timed(loadPolicy(POLICY_URL, serveAfter(800, { version: 'v8' }), memoryCache(stale), { now: clock, recentConfirmation: confirmed(stale, 1000) }), 1000);
    expect(afterMs).toBe(800);
    expect(value).toMatchObject({ origin: 'fetched' });
    expect(value.policy.version).toBe('v8');
  });

  test('a server faster than the confirmation read wins', async () => {
    const slowRead = new Promise<PolicyConfirmation>((resolve) => setTimeout(() => resolve({ hash: policyTextHash(CACHED), at: NOW }), 50));
    const loaded = await loadPolicy(POLICY_URL, serve({ version: 'v8' }), memoryCache(CACHED), { now: clock, recentConfirmation: slowRead });
    expect(loaded).toMatchObject({ origin: 'fetched' });
    expect(loaded.policy.version).toBe('v8');
  });

  test('hashes tell texts apart', () => {
    expect(policyTextHash(CACHED)).toBe(policyTextHash(JSON.stringify({ version: 'v7' })));
    expect(policyTextHash(CACHED)).not.toBe(policyTextHash(JSON.stringify({ version: 'v8' })));
    expect(policyTextHash('ab')).not.toBe(policyTextHash('ba'));
  });
});
