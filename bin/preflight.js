#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled by `npm run build:cli` (and by npm start and npm test) into
// build/cli/preflight.js. It is not part of the add-in, so the deployment build (dist/) leaves it out.
const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'build', 'cli', 'preflight.js');
if (!fs.existsSync(built)) {
  process.stderr.write('preflight: the CLI is not built yet; run `npm run build:cli` first.\n');
  process.exit(2);
}
require(built).run();
