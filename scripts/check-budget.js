#!/usr/bin/env node
/**
 * The size budgets of the deployed scripts. The on-send bundle (issue 11) is what a cold Send
 * downloads and parses before the check can run: launchevent.js (classic Outlook) and commands.html
 * (new Outlook, the web and Mac: the same handlers built for ES2020, inline in a small page) may each be at most
 * 112 KiB minified and 42 KiB gzipped at level 9. The task pane's taskpane.js (issue 13) may be at
 * most 170 KiB gzipped. Later changes add to these files only within these numbers.
 *
 *   node scripts/check-budget.js [folder]      default dist/; npm run budget, and npm test after the build
 *
 * Prints the sizes and the headroom left; exits 1 when a file is over budget, 2 when one is missing.
 * Click-to-answer time has its own budget in `npm run bench -- send`.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const KIB = 1024;
const ON_SEND = { minified: 112 * KIB, gzipped: 42 * KIB };
/** Each file's limits; a size without a limit is printed, not checked. */
const BUDGETS = { 'launchevent.js': ON_SEND, 'commands.html': ON_SEND, 'taskpane.js': { gzipped: 170 * KIB } };
const FILES = Object.keys(BUDGETS);
const GZIP_LEVEL = 9;

function measure(file) {
  const bytes = fs.readFileSync(file);
  return { minified: bytes.length, gzipped: zlib.gzipSync(bytes, { level: GZIP_LEVEL }).length };
}

const number = (bytes) => bytes.toLocaleString('en-US');
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

/** `109,529 B (107.0 KiB) of 112 KiB, 5,159 B headroom`, `… OVER by 1,024 B`, or `650,123 B (634.9 KiB)` without a limit. */
function describe(size, limit) {
  if (limit === undefined) return `${number(size)} B (${kib(size)})`;
  const left = limit - size;
  const verdict = left >= 0 ? `${number(left)} B headroom` : `OVER by ${number(-left)} B`;
  return `${number(size)} B (${kib(size)}) of ${kib(limit)}, ${verdict}`;
}

/** Checks every budgeted file in `folder`; returns the exit code and the lines to print. */
function checkBudget(folder) {
  const lines = [`Bundle budgets (${path.relative(process.cwd(), folder) || folder}/, gzip level ${GZIP_LEVEL}):`];
  let code = 0;
  for (const name of FILES) {
    const file = path.join(folder, name);
    if (!fs.existsSync(file)) {
      lines.push(`${name}: missing; build first (npm run build:local, or ADDIN_BASE_URL=… npm run build)`);
      code = 2;
      continue;
    }
    const size = measure(file);
    const budget = BUDGETS[name];
    const over = size.minified > (budget.minified ?? Infinity) || size.gzipped > budget.gzipped;
    lines.push(`${over ? 'OVER' : 'ok  '}  ${name.padEnd(15)} minified ${describe(size.minified, budget.minified)}; gzipped ${describe(size.gzipped, budget.gzipped)}`);
    if (over && code === 0) code = 1;
  }
  if (code === 1) lines.push('A bundle is over its budget: make it smaller, or change the budget in an issue that says why.');
  return { code, lines };
}

if (require.main === module) {
  const folder = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  const { code, lines } = checkBudget(folder);
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = code;
}

module.exports = { checkBudget, BUDGETS, FILES };
