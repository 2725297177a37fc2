import fs from 'node:fs';
import path from 'node:path';
import { draftFromJsonValue } from '../src/cli/load-draft';
import { evaluate, parseDraft, parsePolicy, DEFAULT_POLICY, RULE_IDS, type Finding, type RuleId } from '../src/engine';

/** The shared acceptance scenarios (read-only, beside the repository). */
export const SCENARIO_DIR = path.resolve(__dirname, '..', '..', 'shared', 'scenarios');

interface Scenario {
  id: string;
  why: string;
  policy?: unknown;
  draft: unknown;
  expect: { decision?: string; fires: RuleId[]; silent: RuleId[] };
}

/** This repository's own scenarios, in the same format, for the rules and options added since. */
const OWN_SCENARIO_DIR = path.join(__dirname, 'scenarios');

function loadScenarios(dir: string): Array<[string, Scenario]> {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Scenario]);
}

const shared = loadScenarios(SCENARIO_DIR);
const scenarios = [...shared, ...loadScenarios(OWN_SCENARIO_DIR)];

test('the shared scenario folder is present and not empty', () => {
  expect(shared.length).toBeGreaterThanOrEqual(30);
});

describe.each(scenarios)('scenario %s', (_file, scenario) => {
  const draftResult = parseDraft(scenario.draft);
  const policyResult = scenario.policy === undefined ? { ok: true as const, policy: DEFAULT_POLICY } : parsePolicy(scenario.policy);

  test(`${scenario.id}: draft and policy are valid`, () => {
    expect(draftResult.ok ? [] : draftResult.errors).toEqual([]);
    expect(policyResult.ok ? [] : policyResult.errors).toEqual([]);
  });

  if (!draftResult.ok) return;
  let findings: readonly Finding[] = [];
  let decision = '';
  let fired = new Set<string>();
  beforeAll(async () => {
    // An attachment's `content` is read as `preflight check` reads it (RULES.md «Attachment contents»).
    const loaded = await draftFromJsonValue(scenario.draft);
    ({ decision, findings } = evaluate(loaded.ok ? loaded.draft : draftResult.draft, policyResult.policy));
    fired = new Set(findings.map((finding) => finding.rule));
  });

  // A scenario may fire the custom rules (`x-…`) its own policy defines.
  const customIds = ((scenario.policy as { customRules?: Array<{ id: string }> } | undefined)?.customRules ?? []).map((rule) => rule.id);
  for (const rule of scenario.expect.fires as string[]) {
    test(`${scenario.id}: ${rule} fires`, () => {
      expect([...RULE_IDS, ...customIds]).toContain(rule);
      expect(fired.has(rule as RuleId)).toBe(true);
    });
  }

  for (const rule of scenario.expect.silent) {
    test(`${scenario.id}: ${rule} stays silent`, () => {
      expect(RULE_IDS).toContain(rule);
      expect(findings.filter((finding) => finding.rule === rule)).toEqual([]);
    });
  }

  if (scenario.expect.decision) {
    test(`${scenario.id}: decision is ${scenario.expect.decision}`, () => {
      expect(decision).toBe(scenario.expect.decision);
    });
  }
});
