import fs from 'node:fs';
import { ensureBuilt } from './helpers/build';
import { compileBundle, inlineHandlers } from './helpers/send-faults';
import { sendFaultSuite } from './helpers/send-fault-suite';

/** The fault matrix (test/helpers/send-fault-suite.ts) over commands.html's inline handlers, its own ES2020 build. */
sendFaultSuite(compileBundle(inlineHandlers(fs.readFileSync(ensureBuilt('commands', 'commands.html'), 'utf8')), 'page'));
