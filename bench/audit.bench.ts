/**
 * `preflight audit` over a mailbox generated from the shared corpus (its `.eml` files cycled
 * into one mbox file): messages per second on one core (`--jobs 1`) and on all, and the peak
 * memory of the whole process (main thread and workers share one RSS) at 10,000 and 100,000
 * messages. Each run is a child process of the built CLI, so the numbers are the command's own.
 * Targets (issue 14): at least 2,000 messages/s on a 2-core machine; peak memory at 100,000
 * within 1.2× of that at 10,000.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchSuite } from './index';
import { report } from './measure';

/** `npm run bench` runs from the repository root; the shared material sits beside it. */
const CORPUS = path.resolve(process.env.PREFLIGHT_CORPUS ?? '../shared/corpus');
const BUILT_CLI = path.resolve('build/cli/preflight.js');

function corpusFiles(directory: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...corpusFiles(full));
    else if (entry.name.endsWith('.eml')) found.push(full);
  }
  return found;
}

/** An mboxrd file of `count` messages, the corpus cycled; written in pieces, never held whole. */
function writeMbox(file: string, sources: readonly Buffer[], count: number): number {
  const out = fs.openSync(file, 'w');
  let bytes = 0;
  try {
    for (let i = 0; i < count; i++) {
      const quoted = Buffer.from(sources[i % sources.length]!.toString('latin1').replace(/^(>*From )/gmu, '>$1'), 'latin1');
      const chunk = Buffer.concat([Buffer.from('From bench@example.com Thu Nov  5 09:00:00 2026\n'), quoted, Buffer.from('\n')]);
      fs.writeSync(out, chunk);
      bytes += chunk.length;
    }
  } finally {
    fs.closeSync(out);
  }
  return bytes;
}

interface AuditRun {
  readonly ms: number;
  readonly messages: number;
  /** The process's resident-set high-water mark, workers included, in bytes. */
  readonly peakRss: number;
}

/** Runs the built CLI's `audit` in a child process that reports its own time and peak RSS. */
function runAudit(args: readonly string[]): AuditRun {
  const script = `
    const started = performance.now();
    let out = '';
    const io = { stdout: { write: (t) => (out += t) }, stderr: process.stderr, env: process.env, stdoutIsTty: false, stderrIsTty: false };
    require(${JSON.stringify(BUILT_CLI)}).main(${JSON.stringify(['audit', ...args, '--format', 'json'])}, io).then((code) => {
      const ms = performance.now() - started;
      process.stdout.write(JSON.stringify({ code, ms, messages: JSON.parse(out).messages, peakRss: process.resourceUsage().maxRSS * 1024 }));
    });`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`audit failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout) as AuditRun & { code: number };
  if (result.code !== 0) throw new Error(`audit exited with ${result.code}`);
  return result;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export const auditSuite: BenchSuite = {
  name: 'audit',
  run() {
    // The bench bundle does not hold the CLI: build it, so the numbers are the current code's.
    execFileSync(process.execPath, [path.resolve('node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--config-name', 'cli'], { stdio: 'pipe' });
    const sources = corpusFiles(CORPUS).map((file) => fs.readFileSync(file));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-audit-bench-'));
    const cores = os.availableParallelism();
    try {
      const small = path.join(dir, '10k.mbox');
      const large = path.join(dir, '100k.mbox');
      const smallBytes = writeMbox(small, sources, 10_000);
      const largeBytes = writeMbox(large, sources, 100_000);
      console.log(`(mbox of the shared corpus's ${sources.length} .eml files cycled: 10,000 messages ${mib(smallBytes)}, 100,000 ${mib(largeBytes)})`);
      const rate = (run: AuditRun): string => `${Math.round(run.messages / (run.ms / 1000)).toLocaleString('en-US')} msg/s (target ≥ 2,000 on 2 cores)`;
      const one = runAudit([small, '--jobs', '1']);
      report('audit 10,000 messages, 1 core (--jobs 1)', one.ms, rate(one));
      const all = runAudit([small]);
      report(`audit 10,000 messages, all ${cores} cores`, all.ms, `${rate(all)}, peak RSS ${mib(all.peakRss)}`);
      const big = runAudit([large]);
      const ratio = big.peakRss / all.peakRss;
      report(`audit 100,000 messages, all ${cores} cores`, big.ms, `${rate(big)}, peak RSS ${mib(big.peakRss)}, ${ratio.toFixed(2)}× of 10,000 (target ≤ 1.2×)`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
