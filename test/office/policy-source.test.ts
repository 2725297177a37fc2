import { loadPolicy } from '../../src/office/policy-source';
import { memoryCache, POLICY_URL, serve } from './helpers';

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
