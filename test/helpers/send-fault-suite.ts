import { TIMING } from '../../src/office/timing';
import {
  CACHE_STATES,
  CALL_FAULTS,
  expected,
  HOST_FAULTS,
  HOST_MEMBERS,
  POLICY_FAULTS,
  runSend,
  SCENARIOS,
  SEND_CALLS,
  type Fault,
  type HandlerBundle,
  type ScenarioName,
  type SendRun,
  type SendSetup,
} from './send-faults';

/**
 * Fault injection at Send, over a built handler script in a bare runtime: every Office.js call
 * the handler makes × every way it can misbehave, and every way the policy server can. Each cell:
 * exactly one event.completed, inside the send budget (virtual time), the documented allow/block,
 * the right reason in X-Preflight, nothing thrown back into Office's callbacks and no unhandled
 * rejection (jest fails the cell on one; the run's own listener catches them outside jest).
 * launchevent-faults.test.ts and commands-faults.test.ts run it over each build.
 */
export function sendFaultSuite(bundle: HandlerBundle): void {
  const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

  function holds(run: SendRun, setup: SendSetup): void {
    const want = expected(setup);
    expect(run.completions).toHaveLength(1);
    expect(run.completions[0]!.at).toBeLessThanOrEqual(TIMING.sendBudgetMs);
    expect({ allow: run.completions[0]!.options?.allowEvent, header: run.header }).toEqual(want);
    expect(run.escaped).toEqual([]);
    expect(run.unhandled).toEqual([]);
  }

  test('the matrix covers every Office.js call a Send makes', async () => {
    const run = await runSend(bundle, { scenario: 'fail-open', fault: null });
    expect([...new Set(run.calls)].sort()).toEqual([...SEND_CALLS].sort());
    expect(run.header).toBe('v=1; policy=server-1; clean');
  });

  describe('a callback given no usable result settles at once as a failed read', () => {
    test.each(['null', 'undefined'] as const)('subject.getAsync answering %s: error:subject.getAsync right away, nothing thrown into Office', async (kind) => {
      const setup: SendSetup = { scenario: 'fail-open', fault: { on: 'call', call: 'subject.getAsync', kind } };
      const run = await runSend(bundle, setup);
      expect(run.escaped).toEqual([]);
      expect(run.header).toBe('v=1; policy=server-1; failed-open=error:subject.getAsync');
      // Not the 2 s read time-out: the answer comes as soon as the policy is in.
      expect(run.completions.map((c) => c.at)).toEqual([45]);
    });
  });

  describe('a cached policy the parser cannot take fails nothing', () => {
    test.each(['never', 'slow-past', '404'] as const)('nested 100,000 deep in the cache, server %s: the defaults, no rejection', async (kind) => {
      const setup: SendSetup = { scenario: 'fail-open', fault: { on: 'policy', kind }, cache: 'nested' };
      const run = await runSend(bundle, setup);
      expect(run.unhandled).toEqual([]);
      expect(run.header).toBe('v=1; policy=default; policy-source=default; clean');
    });
  });

  const callCells = SEND_CALLS.flatMap((call) => CALL_FAULTS.flatMap((kind) => SCENARIO_NAMES.map((scenario) => [call, kind, scenario] as const)));
  describe.each(callCells)('%s %s (%s)', (call, kind, scenario) => {
    test('answers once, in time, as documented', async () => {
      const setup: SendSetup = { scenario, fault: { on: 'call', call, kind } };
      holds(await runSend(bundle, setup), setup);
    });
  });

  const hostCells = HOST_MEMBERS.flatMap((member) => HOST_FAULTS.flatMap((kind) => SCENARIO_NAMES.map((scenario) => [member, kind, scenario] as const)));
  describe.each(hostCells)('host %s %s (%s)', (member, kind, scenario) => {
    test('answers once, in time, as documented', async () => {
      const setup: SendSetup = { scenario, fault: { on: 'host', member, kind } };
      holds(await runSend(bundle, setup), setup);
    });
  });

  const policyCells = POLICY_FAULTS.flatMap((kind) => CACHE_STATES.flatMap((cache) => SCENARIO_NAMES.map((scenario) => [kind, cache, scenario] as const)));
  test.each(policyCells)('policy server %s, cache %s (%s)', async (kind, cache, scenario) => {
    const fault: Fault = { on: 'policy', kind };
    const setup: SendSetup = { scenario, fault, cache };
    holds(await runSend(bundle, setup), setup);
  });
}
