/** Command-line arguments of `preflight`. */
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../engine';
import { auditCommand, type AuditCommand } from './audit/args';
import type { UsageProblem, ValueOption } from './messages';
import { PRESET_NAMES, type PresetName } from './policy/preset';

export const OUTPUT_FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CheckCommand {
  readonly kind: 'check';
  readonly files: readonly string[];
  readonly policyPath: string | null;
  readonly format: OutputFormat;
  readonly locale: Locale | null;
}

/**
 * `preflight policy validate FILE` (or `policy check FILE`) validates a policy, its messages in
 * `--locale` when given; `policy init` writes a starting policy (its comments in `--locale`),
 * `policy schema` prints the JSON Schema and `policy defaults` every key with its built-in value.
 */
export type PolicyCommand =
  | { readonly kind: 'policy-check'; readonly file: string; readonly locale: Locale | null }
  | { readonly kind: 'policy-init'; readonly preset: PresetName | null; readonly output: string | null; readonly force: boolean; readonly locale: Locale | null }
  | { readonly kind: 'policy-schema' }
  | { readonly kind: 'policy-defaults' };

/** A wrong command line: what is wrong, and `--locale` when it named a supported language. */
export interface UsageError {
  readonly kind: 'usage-error';
  readonly problem: UsageProblem;
  readonly locale: Locale | null;
}

export type Command = CheckCommand | AuditCommand | PolicyCommand | { readonly kind: 'help' } | { readonly kind: 'version' } | UsageError;

export const USAGE = `Usage: preflight check FILE... [--policy P] [--format text|json] [--locale zh-CN|zh-TW|en-US]
       preflight audit PATH... [--policy P] [--report FILE.html] [--format text|json] [--jobs N]
       preflight policy init [--preset enterprise|government|nonprofit] [--output FILE] [--force]
       preflight policy validate FILE      (or: policy check FILE)
       preflight policy schema
       preflight policy defaults
       preflight --help | --version

Checks email drafts against your organization's email rules before they are sent.

FILE is an email message (.eml) or a draft as JSON; a directory stands for every
.eml and .json file inside it, recursively.

audit evaluates every message of each PATH (a folder: every .eml below it; an mbox
file; an Outlook .pst file) as check does and prints one summary; unreadable messages
are counted and listed. It exits 0 unless the policy is bad or no PATH could be read (2).

Options:
  --policy P       policy file (JSON); without it the built-in defaults apply
  --format F       text (default): findings grouped by severity, for people;
                   json: one JSON object per file per line, for programs
  --locale L       language of messages: zh-CN, zh-TW or en-US (default: the
                   policy's locale, else LC_ALL / LC_MESSAGES / LANG, else zh-CN)
  --report F       audit: also write an HTML report to F
  --jobs N         audit: threads that evaluate messages (default: one per core)
  -h, --help       show this help
  -V, --version    show the version

Policy commands:
  policy init      a starting policy with "$comment"s, on stdout or in --output FILE (an
                   existing FILE is kept unless --force); --preset enterprise (seed documents
                   004, 001, 002), government (003) or nonprofit (000) cites that kind of
                   organisation's documents; without it, the built-in defaults
  policy validate  validates a policy file and lists every problem with its JSON path
                   (alias: policy check)
  policy schema    the policy file's JSON Schema (draft 2020-12), as dist/policy.schema.json
  policy defaults  every key a policy can set, with its built-in value, word lists included

Exit status: 0 every draft may be sent (policy validate: the file is valid); 1 a draft needs
confirmation or is blocked; 2 bad input (a file or the policy could not be read) or bad usage.
`;

const OPTIONS = {
  policy: { type: 'string' },
  format: { type: 'string' },
  locale: { type: 'string' },
  preset: { type: 'string' },
  output: { type: 'string' },
  force: { type: 'boolean' },
  report: { type: 'string' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

type OptionName = keyof typeof OPTIONS;

interface OptionValues {
  policy?: string;
  format?: string;
  locale?: string;
  preset?: string;
  output?: string;
  force?: boolean;
  report?: string;
  jobs?: string;
  help?: boolean;
  version?: boolean;
}

/** Parses `argv` (without `node` and the script); never throws. */
export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals, problem } = readOptions(argv);
  // A usage error speaks the language asked for, when that much of the line is right.
  const locale = values.locale === undefined ? null : matchLocale(values.locale) ?? null;
  if (problem) return usageError(problem, locale);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...args] = positionals;
  if (command === undefined) return usageError({ kind: 'missing-command' }, locale);
  if (command === 'policy') return policyCommand(args, values, locale);
  if (command === 'audit') return asCommand(auditCommand(args, values, locale), locale);
  if (command !== 'check') return usageError({ kind: 'unknown-command', command }, locale);
  if (args.length === 0) return usageError({ kind: 'missing-file' }, locale);
  const format = values.format ?? 'text';
  if (!isOutputFormat(format)) return usageError({ kind: 'unknown-format', value: format }, locale);
  if (values.locale !== undefined && locale === null) return usageError({ kind: 'unknown-locale', value: values.locale }, null);
  return { kind: 'check', files: args, policyPath: values.policy ?? null, format, locale };
}

const POLICY_ACTIONS = ['check', 'validate', 'init', 'schema', 'defaults'] as const;
/** The policy actions that take no FILE argument. */
const WITHOUT_FILE: ReadonlySet<string> = new Set(['init', 'schema', 'defaults']);

function policyCommand(args: readonly string[], values: OptionValues, locale: Locale | null): Command {
  const [action, file, ...rest] = args;
  if (!(POLICY_ACTIONS as readonly (string | undefined)[]).includes(action)) return usageError({ kind: 'unknown-policy-action', action: action ?? null }, locale);
  const extra = WITHOUT_FILE.has(action!) ? file : rest[0];
  if (extra !== undefined) return usageError({ kind: 'unexpected-argument', argument: extra }, locale);
  if (action === 'init') return policyInitCommand(values, locale);
  if (action === 'schema') return { kind: 'policy-schema' };
  if (action === 'defaults') return { kind: 'policy-defaults' };
  if (file === undefined) return usageError({ kind: 'missing-policy-file' }, locale);
  return { kind: 'policy-check', file, locale };
}

function policyInitCommand(values: OptionValues, locale: Locale | null): Command {
  const preset = values.preset ?? null;
  if (preset !== null && !(PRESET_NAMES as readonly string[]).includes(preset)) return usageError({ kind: 'unknown-preset', value: preset }, locale);
  if (values.locale !== undefined && locale === null) return usageError({ kind: 'unknown-locale', value: values.locale }, null);
  return { kind: 'policy-init', preset: preset as PresetName | null, output: values.output ?? null, force: values.force === true, locale };
}

/**
 * Node's parser in its lenient mode, so that every problem is ours to name: its strict mode
 * throws messages of its own (`'-- "--bogus"'`) in English.
 */
function readOptions(argv: readonly string[]): { values: OptionValues; positionals: string[]; problem: UsageProblem | null } {
  const { tokens, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const values: OptionValues = {};
  let problem: UsageProblem | null = null;
  // The first problem is the one reported; reading on finds a `--locale` later in the line.
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const found = storeOption(values, token);
    problem = problem ?? found;
  }
  return { values, positionals, problem };
}

interface OptionToken {
  readonly name: string;
  readonly rawName: string;
  readonly value?: string | undefined;
  readonly inlineValue?: boolean | undefined;
}

function storeOption(values: OptionValues, token: OptionToken): UsageProblem | null {
  if (!isOptionName(token.name)) return { kind: 'unknown-option', option: token.rawName };
  if (OPTIONS[token.name].type === 'boolean') {
    if (token.value !== undefined) return { kind: 'unexpected-value', option: token.rawName };
    values[token.name as 'help' | 'version' | 'force'] = true;
    return null;
  }
  // `--policy --format json` would take `--format` as the file: a dash means the value is missing.
  const value = token.value;
  if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
    return { kind: 'missing-value', option: `--${token.name}` as ValueOption };
  }
  values[token.name as 'policy' | 'format' | 'locale' | 'preset' | 'output' | 'report' | 'jobs'] = value;
  return null;
}

function isOptionName(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** A supported locale, matched case-insensitively with `_` for `-`; undefined when unsupported. */
function matchLocale(value: string): Locale | undefined {
  const wanted = value.trim().replace(/_/gu, '-').toLowerCase();
  return LOCALES.find((locale) => locale.toLowerCase() === wanted);
}

function asCommand(parsed: AuditCommand | UsageProblem, locale: Locale | null): Command {
  return parsed.kind === 'audit' ? parsed : usageError(parsed, parsed.kind === 'unknown-locale' ? null : locale);
}

function usageError(problem: UsageProblem, locale: Locale | null): Command {
  return { kind: 'usage-error', problem, locale };
}
