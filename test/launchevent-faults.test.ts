import fs from 'node:fs';
import { ensureBuilt } from './helpers/build';
import { compileBundle } from './helpers/send-faults';
import { sendFaultSuite } from './helpers/send-fault-suite';

/** The fault matrix (test/helpers/send-fault-suite.ts) over launchevent.js, in a runtime with only ES2016's library. */
sendFaultSuite(compileBundle(fs.readFileSync(process.env.FAULTS_BUNDLE ?? ensureBuilt('launchevent', 'launchevent.js'), 'utf8')));
