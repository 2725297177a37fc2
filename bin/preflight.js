#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled by `npm run build` into dist/cli/preflight.js.
const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'dist', 'cli', 'preflight.js');
if (!fs.existsSync(built)) {
  process.stderr.write('preflight: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
require(built)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write(`preflight: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  });
