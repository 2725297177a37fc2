/**
 * `preflight audit PATH...` (RULES.md «Audit»): every message of the inputs evaluated as `check`
 * evaluates a file, on every core, and one summary. Unreadable messages are counted and listed;
 * the exit status is 2 only when the policy is bad or no input could be read.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '../../engine';
import { chooseLocale } from '../locale';
import type { CliIo } from '../main';
import { describeReadError } from '../messages';
import { EXIT_BAD_INPUT, EXIT_OK } from '../result';
import { visible } from '../visible';
import type { AuditCommand } from './args';
import { formatAuditJson, formatAuditText } from './format';
import { itemBytes, type AuditItem } from './items';
import { readPolicyFile, type LoadedPolicy } from '../policy-file';
import { inlineRunner, workerRunner, type BatchRunner } from './pool';
import { NO_PROGRESS, progressLine, type ProgressSink } from './progress';
import { renderAuditReport } from './report';
import { countMessages, inputItems, openInput, Sequence, type InputProblem, type OpenedInput } from './sources';
import type { AuditSummary } from './summary';
import { emptyTally, mergeTally, summarize, type AuditTally } from './tally';
import { AUDIT_TEXT } from './texts';

/**
 * A batch is sent to a worker when it holds this many messages or bytes: large enough that the
 * round trip costs little beside evaluating it, small enough that the batches in flight
 * (two per worker) hold a few megabytes.
 */
export const BATCH = { messages: 64, bytes: 4 * 1024 * 1024 } as const;

/** The worker's file in the built CLI (webpack's `audit-worker` entry, beside preflight.js). */
const WORKER_SCRIPT = join(__dirname, 'audit-worker.js');

export async function audit(command: AuditCommand, io: CliIo): Promise<number> {
  const loaded = await readPolicyFile(command.policyPath, chooseLocale(command.locale, null, io.env), io.stderr);
  if (!loaded) return EXIT_BAD_INPUT;
  const locale = chooseLocale(command.locale, loaded.policy, io.env);
  const opened = await Promise.all(command.paths.map(openInput));
  const inputs = opened.filter((input): input is OpenedInput => 'kind' in input);
  const problems = opened.filter((input): input is InputProblem => !('kind' in input));
  if (inputs.length === 0) return reportNoInput(problems, locale, io);
  const now = new Date();
  const tally = emptyTally();
  const seq = new Sequence();
  for (const problem of problems) tally.unreadable.push({ seq: seq.next(), source: problem.path, reason: problem.reason[locale] });
  const progress = io.stderrIsTty ? progressLine(io.stderr, await totalOf(inputs), locale) : NO_PROGRESS;
  try {
    await evaluateInputs(inputs, { seq, tally, progress, runner: (onTally) => runnerFor(command, loaded, locale, now, onTally) });
  } catch (error) {
    progress.finish();
    io.stderr.write(`preflight: ${visible(AUDIT_TEXT.workerFailed((error as Error).message)[locale])}\n`);
    return EXIT_BAD_INPUT;
  }
  progress.finish();
  const summary = summarize(tally, loaded.policy.version);
  io.stdout.write(command.format === 'json' ? formatAuditJson(summary) : formatAuditText(summary, locale));
  return command.report === null ? EXIT_OK : writeReport(command.report, summary, { locale, now }, io);
}

interface Evaluation {
  readonly seq: Sequence;
  readonly tally: AuditTally;
  readonly progress: ProgressSink;
  readonly runner: (onTally: (tally: AuditTally) => void) => BatchRunner;
}

/** Reads the inputs in order, in batches, and merges what comes back. */
async function evaluateInputs(inputs: readonly OpenedInput[], { seq, tally, progress, runner: start }: Evaluation): Promise<void> {
  let skipped = 0;
  const done = (): number => tally.messages + tally.unreadable.length + skipped;
  const runner = start((part) => {
    mergeTally(tally, part);
    progress.update(done());
  });
  let batch: AuditItem[] = [];
  let bytes = 0;
  try {
    for (const input of inputs) {
      for await (const item of inputItems(input, seq, () => (skipped += 1))) {
        batch.push(item);
        bytes += itemBytes(item);
        if (batch.length < BATCH.messages && bytes < BATCH.bytes) continue;
        await runner.submit(batch);
        batch = [];
        bytes = 0;
      }
    }
    if (batch.length > 0) await runner.submit(batch);
  } finally {
    await runner.close();
  }
}

function runnerFor(command: AuditCommand, loaded: LoadedPolicy, locale: Locale, now: Date, onTally: (tally: AuditTally) => void): BatchRunner {
  const jobs = command.jobs ?? availableParallelism();
  // Without the built worker (the CLI run from its sources, as unit tests do), the main thread evaluates.
  if (jobs === 1 || !existsSync(WORKER_SCRIPT)) return inlineRunner({ policy: loaded.policy, locale, now }, onTally);
  return workerRunner(WORKER_SCRIPT, jobs, { policyText: loaded.text, locale, now: now.getTime() }, onTally);
}

/** The progress bar's total: known when every input can count its messages cheaply. */
async function totalOf(inputs: readonly OpenedInput[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    const count = await countMessages(input).catch(() => null);
    if (count === null) return null;
    total += count;
  }
  return total;
}

function reportNoInput(problems: readonly InputProblem[], locale: Locale, io: CliIo): number {
  const lines = problems.map((problem) => `  ${visible(problem.path)}: ${visible(problem.reason[locale])}\n`).join('');
  io.stderr.write(`preflight: ${AUDIT_TEXT.noInput[locale]}\n${lines}`);
  return EXIT_BAD_INPUT;
}

async function writeReport(file: string, summary: AuditSummary, { locale, now }: { locale: Locale; now: Date }, io: CliIo): Promise<number> {
  try {
    await writeFile(file, renderAuditReport(summary, locale, { generatedAt: now }));
  } catch (error) {
    io.stderr.write(`preflight: ${visible(AUDIT_TEXT.reportFailed(file, describeReadError(error))[locale])}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stderr.write(`${visible(AUDIT_TEXT.reportWritten(file)[locale])}\n`);
  return EXIT_OK;
}
