import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers/build';

/** scripts/check-budget.js (`npm run budget`, run by `npm test` after the build), on made-up folders. */
const SCRIPT = path.join(ROOT, 'scripts', 'check-budget.js');
const KIB = 1024;

let folder: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-budget-'));
});

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

function budget(): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [SCRIPT, folder], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout };
}

function write(name: string, content: string | Buffer): void {
  fs.writeFileSync(path.join(folder, name), content);
}

/** A task pane script well within its budget, for the tests about the on-send files. */
function writeSmallTaskpane(): void {
  write('taskpane.js', 'p'.repeat(1000));
}

beforeEach(writeSmallTaskpane);

test('within budget: exit 0, each file with its sizes and the headroom left', () => {
  write('launchevent.js', 'a'.repeat(100 * KIB));
  write('commands.html', 'b'.repeat(1000));
  const { status, stdout } = budget();
  expect(status).toBe(0);
  expect(stdout).toContain('gzip level 9');
  expect(stdout).toMatch(/ok {4}launchevent\.js +minified 102,400 B \(100\.0 KiB\) of 112\.0 KiB, 12,288 B headroom; gzipped \d+ B/u);
  expect(stdout).toMatch(/ok {4}commands\.html +minified 1,000 B/u);
});

test('over the minified budget by one byte: exit 1, says by how much', () => {
  write('launchevent.js', 'a'.repeat(112 * KIB + 1));
  write('commands.html', 'b');
  const { status, stdout } = budget();
  expect(status).toBe(1);
  expect(stdout).toContain('OVER  launchevent.js  minified 114,689 B (112.0 KiB) of 112.0 KiB, OVER by 1 B');
  expect(stdout).toMatch(/ok {4}commands\.html/u);
});

test('under the minified budget but over the gzipped one: exit 1', () => {
  // Random bytes do not compress: 50 KiB of them stay over 42 KiB gzipped.
  write('launchevent.js', 'c');
  write('commands.html', randomBytes(50 * KIB));
  const { status, stdout } = budget();
  expect(status).toBe(1);
  expect(stdout).toMatch(/OVER {2}commands\.html +minified 51,200 B .*headroom; gzipped [\d,]+ B \(\d+\.\d KiB\) of 42\.0 KiB, OVER by [\d,]+ B/u);
});

test('a missing file: exit 2, names the build to run', () => {
  write('launchevent.js', 'a');
  const { status, stdout } = budget();
  expect(status).toBe(2);
  expect(stdout).toContain('commands.html: missing; build first (npm run build:local');
});

test('taskpane.js has a gzipped budget only: 700 KiB that compress well are within it', () => {
  write('launchevent.js', 'a');
  write('commands.html', 'b');
  write('taskpane.js', 'x'.repeat(700 * KIB));
  const { status, stdout } = budget();
  expect(status).toBe(0);
  expect(stdout).toMatch(/ok {4}taskpane\.js +minified 716,800 B \(700\.0 KiB\); gzipped [\d,]+ B \(\d+\.\d KiB\) of 170\.0 KiB, [\d,]+ B headroom/u);
});

test('taskpane.js over 170 KiB gzipped: exit 1', () => {
  write('launchevent.js', 'a');
  write('commands.html', 'b');
  write('taskpane.js', randomBytes(180 * KIB));
  const { status, stdout } = budget();
  expect(status).toBe(1);
  expect(stdout).toMatch(/OVER {2}taskpane\.js +minified 184,320 B \(180\.0 KiB\); gzipped [\d,]+ B \(\d+\.\d KiB\) of 170\.0 KiB, OVER by [\d,]+ B/u);
  expect(stdout).toContain('A bundle is over its budget');
});

test('a missing taskpane.js: exit 2', () => {
  write('launchevent.js', 'a');
  write('commands.html', 'b');
  fs.rmSync(path.join(folder, 'taskpane.js'));
  const { status, stdout } = budget();
  expect(status).toBe(2);
  expect(stdout).toContain('taskpane.js: missing; build first');
});
