/**
 * Every shared acceptance scenario (../shared/scenarios/*.json, format in its README), and the
 * repository's own in test/scenarios, through
 * the built CLI: each draft is written to a file and all drafts that share a policy are checked
 * in one `preflight check --format json` run, whose lines and exit status are then asserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_TIMEOUT_MS, SHARED, ensureCliBuilt, jsonLines, makeTempDir, removeTempDir, runCli, writeFile, type CliRun, type JsonLine } from './helpers/cli';

const SCENARIO_DIR = path.join(SHARED, 'scenarios');

interface Scenario {
  id: string;
  policy?: unknown;
  draft: unknown;
  expect: { decision?: string; fires: string[]; silent: string[] };
}

interface PolicyGroup {
  readonly key: string;
  readonly policy: unknown;
  readonly scenarios: Scenario[];
}

/** This repository's own scenarios (test/scenarios), for the rules and options added since. */
const OWN_SCENARIO_DIR = path.join(__dirname, 'scenarios');

function loadScenarios(): Scenario[] {
  return [SCENARIO_DIR, OWN_SCENARIO_DIR].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Scenario),
  );
}

/** Scenarios without a policy share one run with the defaults; each distinct policy gets its own run. */
function groupByPolicy(scenarios: readonly Scenario[]): PolicyGroup[] {
  const groups = new Map<string, PolicyGroup>();
  for (const scenario of scenarios) {
    const key = scenario.policy === undefined ? 'defaults' : JSON.stringify(scenario.policy);
    const group = groups.get(key) ?? { key, policy: scenario.policy, scenarios: [] };
    group.scenarios.push(scenario);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const scenarios = loadScenarios();
const groups = groupByPolicy(scenarios);
const runs = new Map<string, { run: CliRun; lines: Map<string, JsonLine> }>();
let dir: string;

beforeAll(async () => {
  ensureCliBuilt();
  dir = makeTempDir('preflight-scenarios-');
  await Promise.all(
    groups.map(async (group, index) => {
      const files = group.scenarios.map((scenario) => writeFile(dir, path.join(`group-${index}`, `${scenario.id}.json`), scenario.draft));
      const policyArgs = group.policy === undefined ? [] : ['--policy', writeFile(dir, `policy-${index}.json`, group.policy)];
      const run = await runCli(['check', ...files, ...policyArgs, '--format', 'json']);
      const lines = new Map(jsonLines(run.stdout).map((line) => [path.basename(line.file, '.json'), line]));
      runs.set(group.key, { run, lines });
    }),
  );
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (dir) removeTempDir(dir);
});

test('the shared scenario folder is present and not empty', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(30);
});

describe.each(groups.map((group) => [group.key === 'defaults' ? 'default policy' : `policy ${group.key}`, group] as const))('%s', (_name, group) => {
  test('one JSON line per draft and the exit status matches the decisions (0 allow, 1 prompt/block)', () => {
    const { run, lines } = runs.get(group.key)!;
    expect(run.stderr).toBe('');
    expect(lines.size).toBe(group.scenarios.length);
    const decisions = [...lines.values()].map((line) => ('decision' in line ? line.decision : 'error'));
    expect(decisions).not.toContain('error');
    expect(run.code).toBe(decisions.every((decision) => decision === 'allow') ? 0 : 1);
    const expected = group.scenarios.map((scenario) => scenario.expect.decision).filter(Boolean);
    if (expected.length === group.scenarios.length) expect(run.code).toBe(expected.every((decision) => decision === 'allow') ? 0 : 1);
  });

  describe.each(group.scenarios.map((scenario) => [scenario.id, scenario] as const))('%s', (id, scenario) => {
    const findingsOf = (): Set<string> => {
      const line = runs.get(group.key)!.lines.get(id);
      if (!line || !('decision' in line)) throw new Error(`no decision for ${id}: ${JSON.stringify(line)}`);
      return new Set(line.findings.map((finding) => finding.rule));
    };

    if (scenario.expect.decision) {
      test(`decision is ${scenario.expect.decision}`, () => {
        const line = runs.get(group.key)!.lines.get(id);
        expect(line && 'decision' in line ? line.decision : line).toBe(scenario.expect.decision);
      });
    }

    for (const rule of scenario.expect.fires) {
      test(`${rule} fires`, () => {
        expect([...findingsOf()]).toContain(rule);
      });
    }

    if (scenario.expect.silent.length > 0) {
      test(`stays silent: ${scenario.expect.silent.join(', ')}`, () => {
        const fired = findingsOf();
        expect(scenario.expect.silent.filter((rule) => fired.has(rule))).toEqual([]);
      });
    }
  });
});
