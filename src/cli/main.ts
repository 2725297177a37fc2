/**
 * `preflight check FILE... [--policy P] [--format text|json] [--locale L]`: checks drafts
 * (.eml messages or draft JSON) against a policy and reports the findings. `preflight policy
 * validate FILE` lists a policy's problems; `policy init`, `policy schema` and `policy defaults`
 * write a starting policy, the JSON Schema and every key with its built-in value.
 * `bin/preflight.js` calls `main` with the arguments and exits with the status it resolves to.
 */
import { stat } from 'node:fs/promises';
import { applyScopes, evaluate, type Locale, type Policy } from '../engine';
import packageJson from '../../package.json';
import { parseCommand, USAGE, type CheckCommand, type UsageError } from './args';
import { audit } from './audit/run';
import { formatJsonLine } from './format-json';
import { formatFileResult, formatSummary, shouldUseColor } from './format-text';
import { forEachInOrder } from './in-order';
import { expandInputs } from './inputs';
import { loadDraft, MAX_INPUT_BYTES } from './load-draft';
import { chooseLocale } from './locale';
import { describeUsageProblem, FILE_PROBLEM, POLICY_TEXT, SEE_HELP } from './messages';
import { readPolicyFile } from './policy-file';
import { policyDefaultsText, policyInit, policySchemaText } from './policy/commands';
import { EXIT_BAD_INPUT, EXIT_OK, SummaryCounter, type FileResult } from './result';

/** Where the CLI writes and what it knows about its environment; tests pass their own. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTty: boolean;
  /** Whether stderr is a terminal: `audit` draws its progress bar there only then. */
  readonly stderrIsTty?: boolean;
}

/**
 * How many files, and how many bytes of them (their sizes on disk), are read and parsed at the
 * same time. Parsing runs on one JavaScript thread, so more only overlaps file reads with parsing
 * and holds more messages in memory; a message costs several times its size while it is parsed
 * (a 100 MB .eml about 0.6–0.9 GB), so eight large ones at once needed gigabytes. A file larger
 * than the byte budget runs alone.
 */
export const IN_FLIGHT = { files: 8, bytes: 64 * 1024 * 1024 } as const;

/**
 * The command line's entry: bin/preflight.js calls it, and so does build/cli/preflight.js when
 * Node runs that file itself (webpack.config.js), so neither path can exit 0 having done nothing.
 */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`preflight: ${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
    },
  );
}

/** Runs the CLI; resolves to the exit status (0 allow, 1 prompt/block, 2 bad input or usage). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`preflight ${packageJson.version}\n`);
      return EXIT_OK;
    case 'usage-error':
      return reportUsageError(command, io);
    case 'check':
      return check(command, io);
    case 'audit':
      return audit(command, io);
    case 'policy-check':
      return validatePolicy(command.file, chooseLocale(command.locale, null, io.env), io);
    case 'policy-init':
      return policyInit(command, chooseLocale(command.locale, null, io.env), io);
    case 'policy-schema':
      io.stdout.write(policySchemaText());
      return EXIT_OK;
    case 'policy-defaults':
      io.stdout.write(policyDefaultsText());
      return EXIT_OK;
  }
}

/** One line for the problem and one pointing to the help, in the user's language. */
function reportUsageError(command: UsageError, io: CliIo): number {
  const locale = chooseLocale(command.locale, null, io.env);
  io.stderr.write(`preflight: ${describeUsageProblem(command.problem)[locale]}\n${SEE_HELP[locale]}\n`);
  return EXIT_BAD_INPUT;
}

async function validatePolicy(file: string, locale: Locale, io: CliIo): Promise<number> {
  if (!(await loadPolicy(file, locale, io))) return EXIT_BAD_INPUT;
  io.stdout.write(`${POLICY_TEXT.valid(file)[locale]}\n`);
  return EXIT_OK;
}

async function check(command: CheckCommand, io: CliIo): Promise<number> {
  // Until the policy is read, its `locale` is unknown: its problems are told in the command line's or the environment's language.
  const policy = await loadPolicy(command.policyPath, chooseLocale(command.locale, null, io.env), io);
  if (!policy) return EXIT_BAD_INPUT;
  const locale = chooseLocale(command.locale, policy, io.env);
  const style = { color: shouldUseColor(io.env, io.stdoutIsTty), locale };
  const counter = new SummaryCounter();
  const files = await expandInputs(command.files);
  await forEachWithinBudget(files, (file) => checkFile(file, policy, locale), (result) => {
    counter.add(result);
    io.stdout.write(command.format === 'json' ? formatJsonLine(result) : formatFileResult(result, style));
  });
  if (command.format === 'text') io.stdout.write(formatSummary(counter.summary, style));
  return counter.exitCode;
}

/** The policy, or null after printing every problem with its JSON path to stderr. */
async function loadPolicy(path: string | null, locale: Locale, io: CliIo): Promise<Policy | null> {
  return (await readPolicyFile(path, locale, io.stderr))?.policy ?? null;
}

/**
 * Runs `work` over `files` within the `IN_FLIGHT` limits, admitting them in order, and hands
 * the results to `emit` in the files' order.
 */
export async function forEachWithinBudget<R>(
  files: readonly string[],
  work: (file: string) => Promise<R>,
  emit: (result: R) => void,
  sizeOf: (file: string) => Promise<number> = inputBytes,
): Promise<void> {
  const admit = byteGate(IN_FLIGHT.bytes);
  await forEachInOrder(files, IN_FLIGHT.files, (file) => admit(sizeOf(file), () => work(file)), emit);
}

/** What reading `file` will hold: 0 for what `loadDraft` refuses without reading it. */
async function inputBytes(file: string): Promise<number> {
  try {
    const info = await stat(file);
    return info.isFile() && info.size <= MAX_INPUT_BYTES ? info.size : 0;
  } catch {
    return 0;
  }
}

interface Waiting {
  bytes: number | null;
  start: () => void;
}

/**
 * Runs each task once the bytes in flight leave room for its own, or at once when nothing is in
 * flight. Tasks are admitted in the order they were handed over, sizes known or not, so a large
 * file is never overtaken by the small ones after it.
 */
function byteGate(budget: number): <R>(bytes: Promise<number>, task: () => Promise<R>) => Promise<R> {
  let inFlight = 0;
  const waiting: Waiting[] = [];
  const fits = (entry: Waiting | undefined): entry is Waiting & { bytes: number } =>
    entry?.bytes != null && (inFlight === 0 || inFlight + entry.bytes <= budget);
  const admitWaiting = (): void => {
    for (let next = waiting[0]; fits(next); next = waiting[0]) {
      waiting.shift();
      inFlight += next.bytes;
      next.start();
    }
  };
  return async (bytes, task) => {
    const entry: Waiting = { bytes: null, start: () => undefined };
    const started = new Promise<void>((start) => {
      entry.start = start;
    });
    waiting.push(entry);
    const size = await bytes.catch(() => 0);
    entry.bytes = size;
    admitWaiting();
    await started;
    try {
      return await task();
    } finally {
      inFlight -= size;
      admitWaiting();
    }
  };
}

async function checkFile(file: string, policy: Policy, locale: Locale): Promise<FileResult> {
  try {
    // Inside the try too: a reader's bug is this file's error line, and the other files are still checked.
    const loaded = await loadDraft(file);
    if (!loaded.ok) return { file, error: loaded.error };
    // Scopes apply by the message's sender, as at Send (RULES.md «Rollout: monitor mode and scopes»).
    const { decision, findings, failed } = evaluate(loaded.draft, applyScopes(policy, loaded.draft.from).policy, { locale });
    // Unknown is not empty: an attachment not read in full is named, as Send's header counts it (unscanned=).
    const unscanned = loaded.draft.attachments.filter((attachment) => attachment.scan === 'unscanned' || attachment.cut).map((attachment) => attachment.name);
    return { file, decision, findings, ...(failed ? { failed } : {}), ...(unscanned.length > 0 ? { unscanned } : {}) };
  } catch (error) {
    return { file, error: FILE_PROBLEM.internal((error as Error).message) };
  }
}

function processIo(): CliIo {
  // A reader that stops early (`preflight check … | head`) closes the pipe: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, stdoutIsTty: process.stdout.isTTY === true, stderrIsTty: process.stderr.isTTY === true };
}
