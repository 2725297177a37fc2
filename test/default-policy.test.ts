import fs from 'node:fs';
import path from 'node:path';
import { defaultPolicyFile } from '../src/engine/policy/default-file';
import { DEFAULT_POLICY, parsePolicy } from '../src/engine';

const COMMITTED = path.resolve(__dirname, '..', 'src', 'engine', 'policy', 'default-policy.json');

test('dist/policy.json (src/engine/policy/default-policy.json) spells out the built-in defaults', () => {
  const committed: unknown = JSON.parse(fs.readFileSync(COMMITTED, 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(defaultPolicyFile())));
});

test('the default policy file is valid and resolves to exactly the built-in defaults', () => {
  const result = parsePolicy(defaultPolicyFile());
  expect(result.ok).toBe(true);
  for (const id of Object.keys(DEFAULT_POLICY.rules) as Array<keyof typeof DEFAULT_POLICY.rules>) {
    expect(result.policy.rules[id].severity).toBe(DEFAULT_POLICY.rules[id].severity);
  }
  expect(result.policy.rules['cc-excessive'].options).toEqual(DEFAULT_POLICY.rules['cc-excessive'].options);
});
