import { spawn } from 'node:child_process';
import { FAMILIES } from './hostile-families';
import type { BenchSuite } from './index';

/**
 * Issue 12, «Linear everywhere»: for each hostile family (hostile-families.ts) an input of
 * doubling size, 256 KiB to 8 MiB, through the real `evaluate` (and the parser, for JSON). Linear
 * code takes about twice as long per doubling; a family fails when any doubling judged costs more
 * than `MAX_RATIO`.
 *
 * Each family runs in a child process with a time limit per size: `evaluate` is synchronous, so a
 * super-linear family would otherwise stall the whole run, and a crash (a stack overflow, out of
 * memory) is reported for its row instead of ending the bench.
 */

const KIB = 1024;
const MIB = 1024 * KIB;
const SIZES = [256, 512, 1024, 2048, 4096, 8192].map((kib) => kib * KIB);
const MAX_RATIO = 2.2;
/**
 * Doublings are judged from this size on. Below it timer noise dominates, and from 1 to 2 MiB
 * every family, linear or not, shows a one-off jump of up to 2.7× (V8's heap growing past its
 * first sizes). A family under `JUDGED_FROM_MS` at the largest size passes.
 */
const JUDGED_FROM_BYTES = 2 * MIB;
const JUDGED_FROM_MS = 5;
/** Timed runs per size: the fastest is kept, since load from other processes only ever adds time. */
const RUNS = 3;
const SLOW_RUN_MS = 5_000;
/** A size's time limit: 40 times the previous size's time, within these bounds. */
const MIN_CASE_TIMEOUT_MS = 30_000;
const MAX_CASE_TIMEOUT_MS = 240_000;
const CASE_ENV = 'PREFLIGHT_HOSTILE_CASE';
const RESULT_PREFIX = 'HOSTILE-RESULT ';

const collectGarbage = (globalThis as { gc?: () => void }).gc;

interface CaseResult {
  readonly bytes: number;
  readonly ms?: number;
  readonly error?: string;
}

/** In the child: every size of one family in turn, each timed (fastest of three runs) and printed as it finishes. */
function runFamily(name: string): void {
  const family = FAMILIES.find((f) => f.name === name)!;
  for (const bytes of SIZES) {
    let result: CaseResult;
    try {
      const run = family.build(bytes);
      // Below 1 MiB a warm-up run first; above, the first run's JIT compiling is left out by taking the fastest.
      if (bytes < MIB) run();
      let fastest = Infinity;
      for (let i = 0; i < RUNS; i++) {
        // Garbage of the previous run collected outside the timing (the child runs with --expose-gc).
        collectGarbage?.();
        const started = performance.now();
        run();
        fastest = Math.min(fastest, performance.now() - started);
        // A run this long is not disturbed by noise enough to need repeating.
        if (fastest > SLOW_RUN_MS) break;
      }
      result = { bytes, ms: fastest };
    } catch (error) {
      result = { bytes, error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 80) : String(error) };
    }
    console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
    if (result.error) return;
  }
}

/**
 * Runs one family in a child process and collects its results; a size that does not answer
 * within 40 times the previous size's time (at least 30 s) ends the child and is reported so.
 */
function spawnFamily(name: string): Promise<CaseResult[]> {
  return new Promise((resolve) => {
    const results: CaseResult[] = [];
    const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', process.argv[1]!, 'hostile'], { env: { ...process.env, [CASE_ENV]: name }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let timedOut = 0;
    const arm = () => {
      clearTimeout(timer);
      const limit = Math.round(Math.min(MAX_CASE_TIMEOUT_MS, Math.max(MIN_CASE_TIMEOUT_MS, (results[results.length - 1]?.ms ?? 0) * 40)));
      timer = setTimeout(() => {
        timedOut = limit;
        child.kill();
      }, limit);
    };
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.startsWith(RESULT_PREFIX)) results.push(JSON.parse(line.slice(RESULT_PREFIX.length)) as CaseResult);
      arm();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-400)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const next = SIZES[results.length];
      if (next !== undefined && !results.some((r) => r.error)) {
        const why = timedOut ? `no answer in ${timedOut / 1000} s` : `child ended (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').pop() ?? ''}`;
        results.push({ bytes: next, error: why.slice(0, 80) });
      }
      resolve(results);
    });
    arm();
  });
}

const sizeLabel = (bytes: number) => (bytes >= MIB ? `${bytes / MIB} MiB` : `${bytes / KIB} KiB`);

/**
 * Prints the rows of one family and returns whether it passed: every size answered, and the
 * mean cost per doubling from `JUDGED_FROM_BYTES` to the largest size (the square root of 8 MiB's
 * time over 2 MiB's) is at most `MAX_RATIO`. Single doublings are shown but not judged alone:
 * on a machine shared with other work one of them can spike.
 */
function reportFamily(name: string, results: readonly CaseResult[]): boolean {
  let previous: number | undefined;
  for (const result of results) {
    const label = `${name.padEnd(40)} ${sizeLabel(result.bytes).padStart(8)}`;
    if (result.ms === undefined) {
      console.log(`${label} ${'-'.padStart(10)} ${''.padStart(7)}  FAIL ${result.error}`);
      return false;
    }
    const ratio = previous === undefined ? '' : `${(result.ms / Math.max(previous, 0.001)).toFixed(2)}×`;
    console.log(`${label} ${result.ms.toFixed(1).padStart(10)} ${ratio.padStart(7)}`);
    previous = result.ms;
  }
  const from = results.find((r) => r.bytes === JUDGED_FROM_BYTES)!.ms!;
  const to = results[results.length - 1]!;
  const mean = Math.pow(to.ms! / Math.max(from, 0.001), 1 / Math.log2(to.bytes / JUDGED_FROM_BYTES));
  const passed = mean <= MAX_RATIO || to.ms! < JUDGED_FROM_MS;
  console.log(`${`${name}: per doubling ${sizeLabel(JUDGED_FROM_BYTES)}–${sizeLabel(to.bytes)}`.padEnd(60)} ${`${mean.toFixed(2)}×`.padStart(7)}  ${passed ? 'ok' : 'FAIL'}`);
  return passed;
}

export const hostileSuite: BenchSuite = {
  name: 'hostile',
  // About 20 minutes on two shared cores, most of it the admin-pattern families at 4 and 8 MiB.
  onlyWhenNamed: true,
  async run() {
    const only = process.env[CASE_ENV];
    if (only) return runFamily(only);
    const filter = process.env.PREFLIGHT_HOSTILE_FAMILY;
    console.log(`Doubling inputs ${sizeLabel(SIZES[0]!)} to ${sizeLabel(SIZES[SIZES.length - 1]!)}, fastest of ${RUNS} runs each (one over ${SLOW_RUN_MS / 1000} s); a family passes when it costs at most ${MAX_RATIO}× per doubling from ${sizeLabel(JUDGED_FROM_BYTES)} on.`);
    console.log(`${'family'.padEnd(40)} ${'size'.padStart(8)} ${'ms'.padStart(10)} ${'ratio'.padStart(7)}`);
    const failed: string[] = [];
    for (const family of FAMILIES.filter((f) => !filter || f.name.includes(filter))) {
      if (!reportFamily(family.name, await spawnFamily(family.name))) failed.push(family.name);
    }
    console.log(failed.length === 0 ? '\nevery family linear' : `\nsuper-linear, crashing or stalling: ${failed.join('; ')}`);
    if (failed.length > 0) process.exitCode = 1;
  },
};
