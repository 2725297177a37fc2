import { checkDraftProperties } from '../test/helpers/draft-properties';
import type { BenchSuite } from './index';

/** The properties `npm test` runs 150 times, run many more times with a fresh seed each run (printed, to replay a failure). */
export const propertySuite: BenchSuite = {
  name: 'property',
  run() {
    const runs = 5000;
    const seed = Date.now() % 2 ** 31;
    const started = performance.now();
    checkDraftProperties(runs, seed);
    console.log(`evaluate over ${runs.toLocaleString('en-US')} arbitrary drafts (seed ${seed}): total, decides, deterministic, fixes idempotent and keep the text: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  },
};
