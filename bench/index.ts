/**
 * `npm run bench`: speed goals are measured here, never in timed unit tests. Each suite prints
 * its own lines; run with a suite name to run only that one (`npm run bench -- engine`).
 */
import { attachmentsSuite } from './attachments.bench';
import { auditSuite } from './audit.bench';
import { engineSuite } from './engine.bench';
import { faultsSuite } from './faults.bench';
import { hostileSuite } from './hostile.bench';
import { noiseSuite } from './noise.bench';
import { propertySuite } from './property.bench';
import { sendLatencySuite } from './send-latency.bench';
import { sensitiveSuite } from './sensitive.bench';

export interface BenchSuite {
  readonly name: string;
  /** Only run when named (`npm run bench -- hostile`): too long for the full run. */
  readonly onlyWhenNamed?: boolean;
  run(): void | Promise<void>;
}

const SUITES: readonly BenchSuite[] = [engineSuite, sensitiveSuite, noiseSuite, sendLatencySuite, hostileSuite, faultsSuite, propertySuite, auditSuite, attachmentsSuite];

async function main(only: readonly string[]): Promise<void> {
  for (const suite of SUITES) {
    if (only.length > 0 ? !only.includes(suite.name) : suite.onlyWhenNamed) continue;
    console.log(`\n## ${suite.name}`);
    await suite.run();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
