import { policyJsonSchema } from './json-schema';
import { applyScopes, DEFAULT_POLICY, parsePolicy } from './load';

/** The policy key `deferExternalMinutes` (0–120, default 0), at the top level and in scopes. */
const errorsOf = (raw: unknown) => {
  const result = parsePolicy(raw);
  return result.ok ? [] : result.errors;
};

describe('deferExternalMinutes', () => {
  test('defaults to 0: nothing is held back', () => {
    expect(DEFAULT_POLICY.deferExternalMinutes).toBe(0);
    const result = parsePolicy({});
    expect(result.ok && result.policy.deferExternalMinutes).toBe(0);
  });

  test.each([0, 1, 10, 120])('%i minutes is accepted', (minutes) => {
    const result = parsePolicy({ deferExternalMinutes: minutes });
    expect(result.ok && result.policy.deferExternalMinutes).toBe(minutes);
  });

  test.each([
    [121, /at most 120/u],
    [-1, /at least 0/u],
    [2.5, /integer|int/u],
    ['10', /number/u],
    [null, /number/u],
  ])('%p is an error at $.deferExternalMinutes', (minutes, message) => {
    expect(errorsOf({ deferExternalMinutes: minutes })).toEqual([{ path: '$.deferExternalMinutes', message: expect.stringMatching(message) }]);
  });

  test('a scope may set it, and its value wins over the base (0 included)', () => {
    const result = parsePolicy({
      internalDomains: ['contoso.com'],
      deferExternalMinutes: 10,
      scopes: [
        { name: 'sales', senders: ['*@sales.contoso.com'], deferExternalMinutes: 30 },
        { name: 'board', senders: ['ceo@contoso.com'], deferExternalMinutes: 0 },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(applyScopes(result.policy, 'li@sales.contoso.com').policy.deferExternalMinutes).toBe(30);
    expect(applyScopes(result.policy, 'ceo@contoso.com').policy.deferExternalMinutes).toBe(0);
    expect(applyScopes(result.policy, 'wang@contoso.com').policy.deferExternalMinutes).toBe(10);
  });

  test('a scope’s value is checked like the base’s', () => {
    expect(errorsOf({ scopes: [{ name: 'sales', senders: ['*@contoso.com'], deferExternalMinutes: 500 }] })).toEqual([
      { path: '$.scopes[0].deferExternalMinutes', message: expect.stringMatching(/at most 120/u) },
    ]);
  });

  test('the JSON Schema says the same range, with a description', () => {
    const properties = policyJsonSchema().properties as Record<string, Record<string, unknown>>;
    expect(properties.deferExternalMinutes).toMatchObject({ type: 'integer', minimum: 0, maximum: 120, description: expect.stringMatching(/0-120/u) });
  });
});
