/**
 * `npm run bench`: speed goals are measured here, never in timed unit tests. Each suite prints
 * its own lines; run with a suite name to run only that one (`npm run bench -- engine`).
 */
import { engineSuite } from './engine.bench';
import { sensitiveSuite } from './sensitive.bench';

export interface BenchSuite {
  readonly name: string;
  run(): void;
}

const SUITES: readonly BenchSuite[] = [engineSuite, sensitiveSuite];

const only = process.argv.slice(2);
for (const suite of SUITES) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n## ${suite.name}`);
  suite.run();
}
