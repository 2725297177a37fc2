/**
 * Runs the built CLI (`node bin/preflight.js …`) the way a user or a CI script does, and builds
 * it first when `build/cli/preflight.js` is missing (the suite normally runs after the build of
 * `npm test`).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/main';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(REPO_ROOT, 'bin', 'preflight.js');
export const BUILT_CLI = path.join(REPO_ROOT, 'build', 'cli', 'preflight.js');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
/** The shared corpus and scenarios sit beside the repository (read-only). */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

/** Enough for a webpack build of the CLI on a slow CI machine. */
export const BUILD_TIMEOUT_MS = 180_000;

const BUILD_LOCK = path.join(os.tmpdir(), 'preflight-cli-build.lock');
const LOCK_POLL_MS = 500;

/** Builds the CLI bundle once if it is missing; parallel test files wait for one build. */
export function ensureCliBuilt(): void {
  if (fs.existsSync(BUILT_CLI)) return;
  removeStaleLock();
  let owner = false;
  try {
    fs.mkdirSync(BUILD_LOCK);
    owner = true;
  } catch {
    // Another test file is building: wait for its result below.
  }
  if (owner) {
    try {
      execFileSync('npx', ['webpack', '--mode', 'production', '--config-name', 'cli'], { cwd: REPO_ROOT, stdio: 'pipe', timeout: BUILD_TIMEOUT_MS });
    } finally {
      fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
    return;
  }
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!fs.existsSync(BUILT_CLI) && fs.existsSync(BUILD_LOCK) && Date.now() < deadline) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCK_POLL_MS);
  }
  if (!fs.existsSync(BUILT_CLI)) throw new Error(`the CLI build did not produce ${BUILT_CLI}`);
}

/** A lock older than a whole build was left by a run that died: take it over. */
function removeStaleLock(): void {
  try {
    if (Date.now() - fs.statSync(BUILD_LOCK).mtimeMs > BUILD_TIMEOUT_MS) fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  } catch {
    // No lock: nothing to remove.
  }
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Locale and colour variables are removed so that each test states the ones it depends on. */
const UNSET = ['LANG', 'LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR'];

export function cliEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of UNSET) delete env[name];
  return { ...env, ...overrides };
}

/** The CLI's output in memory, for tests that call `main()` in-process. */
export function memoryIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: { write: (text: string) => (out += text) }, stderr: { write: (text: string) => (err += text) }, env: {}, stdoutIsTty: false, stderrIsTty: false, out: () => out, err: () => err };
}

/** Runs `node bin/preflight.js …args` (or another `script`) with piped (non-TTY) output. */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; script?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.script ?? BIN, ...args], { cwd: options.cwd ?? REPO_ROOT, env: cliEnv(options.env) });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

export interface JsonFinding {
  rule: string;
  severity: string;
  messageId: string;
  message: string;
  clause: string;
  fixes: unknown[];
}

export type JsonLine = { file: string; decision: string; findings: JsonFinding[] } | { file: string; error: string };

/** The JSON lines of a `--format json` run; fails on any line that is not one JSON object. */
export function jsonLines(stdout: string): JsonLine[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonLine);
}

/** A fresh temporary directory, removed by the caller with `removeTempDir`. */
export function makeTempDir(prefix = 'preflight-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes `value` as JSON (or a string as it is) to `dir/name` and returns the path. */
export function writeFile(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value, null, 2));
  return file;
}

/**
 * The set-up every CLI suite shares: the CLI built once, and a fresh temporary directory for each
 * test, handed to `use` before it runs and removed after it.
 */
export function withBuiltCliAndTempDir(use: (dir: string) => void): void {
  let dir = '';
  beforeAll(() => {
    ensureCliBuilt();
  }, BUILD_TIMEOUT_MS);
  beforeEach(() => {
    dir = makeTempDir();
    use(dir);
  });
  afterEach(() => {
    removeTempDir(dir);
  });
}
