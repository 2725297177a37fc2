import fs from 'node:fs';
import path from 'node:path';
import {
  CACHE_STATES,
  CALL_FAULTS,
  compileBundle,
  expected,
  HOST_FAULTS,
  HOST_MEMBERS,
  POLICY_FAULTS,
  runSend,
  SCENARIOS,
  SEND_CALLS,
  type Fault,
  type ScenarioName,
  type SendRun,
  type SendSetup,
} from '../test/helpers/send-faults';
import type { BenchSuite } from './index';

/**
 * Fault injection at Send (`npm run bench -- faults`): the production launchevent.js in a bare
 * JavaScript runtime with a fake Office, one fault at a time. Prints, per fault, how many times
 * Send was answered, when (virtual ms after the handler started; the real ms the run took, CPU
 * included, beside it), allow or block, and the X-Preflight header's outcome. The fail-open
 * scenario is printed in full; every scenario is checked against the documented answer, and a
 * cell that is not as documented fails the suite.
 */
const BUNDLE = path.resolve('build', 'bench-addin', 'launchevent.js');
const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

function cells(): SendSetup[] {
  const faults: Array<{ fault: Fault; caches: readonly SendSetup['cache'][] }> = [
    ...SEND_CALLS.flatMap((call) => CALL_FAULTS.map((kind) => ({ fault: { on: 'call', call, kind } as Fault, caches: ['none'] as const }))),
    ...HOST_MEMBERS.flatMap((member) => HOST_FAULTS.map((kind) => ({ fault: { on: 'host', member, kind } as Fault, caches: ['none'] as const }))),
    ...POLICY_FAULTS.map((kind) => ({ fault: { on: 'policy', kind } as Fault, caches: CACHE_STATES })),
  ];
  return faults.flatMap(({ fault, caches }) => caches.flatMap((cache) => SCENARIO_NAMES.map((scenario) => ({ scenario, fault, cache }))));
}

function target(fault: Fault | null): string {
  if (!fault) return 'none';
  return fault.on === 'call' ? fault.call : fault.on === 'host' ? `host ${fault.member}` : 'policy server';
}

/** The header without its version and policy fields: `clean`, `failed-open=timeout:body.getAsync`, `(none)`. */
function outcome(header: string | undefined): string {
  if (header === undefined) return '(no header)';
  return header.split('; ').filter((field) => !/^(v|policy|policy-source)=/u.test(field)).join('; ');
}

function policyField(header: string | undefined): string {
  return header?.split('; ').filter((field) => /^(policy|policy-source)=/u.test(field)).join(' ') ?? '';
}

function documented(run: SendRun, setup: SendSetup): boolean {
  const want = expected(setup);
  const first = run.completions[0];
  return run.completions.length === 1 && first !== undefined && first.at <= 4000 && first.options?.allowEvent === want.allow && run.header === want.header && run.escaped.length === 0 && run.unhandled.length === 0;
}

const row = (columns: readonly string[]) => `| ${columns.join(' | ')} |`;

export const faultsSuite: BenchSuite = {
  name: 'faults',
  async run() {
    if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run through npm run bench, which builds it`);
    const bundle = compileBundle(fs.readFileSync(BUNDLE, 'utf8'));
    const off: string[] = [];
    let count = 0;
    let slowest = { ms: 0, label: '' };
    console.log(row(['call', 'fault', 'cache', 'completions', 'answered (virtual ms)', 'real ms', 'send', 'policy', 'X-Preflight outcome', 'as documented']));
    console.log(row(Array.from({ length: 10 }, () => '---')));
    for (const setup of cells()) {
      const run = await runSend(bundle, setup);
      count++;
      const fault = setup.fault!;
      const ok = documented(run, setup);
      const answered = run.completions[0]?.at;
      const label = `${target(fault)} ${fault.kind} (${setup.scenario}, cache ${setup.cache})`;
      if (!ok) off.push(`${label}: ${run.completions.length} completions, ${run.header ?? 'no header'}, expected ${expected(setup).header ?? 'no header'}${run.escaped.length ? `, threw into Office: ${run.escaped[0]}` : ''}${run.unhandled.length ? `, unhandled: ${run.unhandled[0]}` : ''}`);
      if (run.wallMs > slowest.ms) slowest = { ms: run.wallMs, label };
      if (setup.scenario !== 'fail-open') continue;
      const send = run.completions[0] === undefined ? '—' : run.completions[0].options?.allowEvent ? 'allow' : 'block';
      console.log(row([target(fault), fault.kind, setup.cache ?? 'none', String(run.completions.length), answered === undefined ? 'never' : String(answered), run.wallMs.toFixed(0), send, policyField(run.header), outcome(run.header), ok ? 'yes' : 'NO']));
    }
    console.log(`\n${count} cells (${SCENARIO_NAMES.join(', ')}); ${count - off.length} as documented; slowest in real time ${slowest.ms.toFixed(0)} ms (${slowest.label})`);
    for (const line of off) console.log(`NOT AS DOCUMENTED: ${line}`);
    if (off.length > 0) process.exitCode = 1;
  },
};
