/** Command-line arguments of `preflight`. */
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../engine';

export const OUTPUT_FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CheckCommand {
  readonly kind: 'check';
  readonly files: readonly string[];
  readonly policyPath: string | null;
  readonly format: OutputFormat;
  readonly locale: Locale | null;
}

/** `preflight policy check FILE` validates a policy; `preflight policy defaults` prints the built-in one. */
export type PolicyCommand = { readonly kind: 'policy-check'; readonly file: string } | { readonly kind: 'policy-defaults' };

export type Command = CheckCommand | PolicyCommand | { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `Usage: preflight check FILE... [--policy P] [--format text|json] [--locale zh-CN|zh-TW|en-US]
       preflight policy check FILE
       preflight policy defaults
       preflight --help | --version

Checks e-mail drafts against your organisation's e-mail rules before they are sent.

FILE is an e-mail message (.eml) or a draft as JSON; a directory stands for every
.eml and .json file inside it, recursively.

Options:
  --policy P       policy file (JSON); without it the built-in defaults apply
  --format F       text (default): findings grouped by severity, for people;
                   json: one JSON object per file per line, for programs
  --locale L       language of messages: zh-CN, zh-TW or en-US (default: the
                   policy's locale, else LC_ALL / LC_MESSAGES / LANG, else zh-CN)
  -h, --help       show this help
  -V, --version    show the version

\`policy check\` validates a policy file and lists every problem with its JSON path;
\`policy defaults\` prints the built-in defaults as a policy file to start from.

Exit status: 0 every draft may be sent (policy check: the file is valid); 1 a draft needs confirmation or is blocked;
2 bad input (a file or the policy could not be read) or bad usage.
`;

const OPTIONS = {
  policy: { type: 'string' },
  format: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** Parses `argv` (without `node` and the script); never throws. */
export function parseCommand(argv: readonly string[]): Command {
  const parsed = tryParseArgs(argv);
  if (!parsed.ok) return usageError(parsed.message);
  const { values, positionals } = parsed.result;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) return usageError('missing command: use `preflight check FILE...`');
  if (command === 'policy') return policyCommand(files);
  if (command !== 'check') return usageError(`unknown command '${command}': use \`preflight check FILE...\``);
  if (files.length === 0) return usageError('missing FILE: name at least one .eml or .json file, or a directory');
  const format = values.format ?? 'text';
  if (!isOutputFormat(format)) return usageError(`unknown format '${format}': use text or json`);
  const locale = values.locale === undefined ? null : matchLocale(values.locale);
  if (locale === undefined) return usageError(`unknown locale '${values.locale ?? ''}': use ${LOCALES.join(', ')}`);
  if (values.policy === '') return usageError('--policy needs a file name');
  return { kind: 'check', files, policyPath: values.policy ?? null, format, locale };
}

function policyCommand(args: readonly string[]): Command {
  const [action, file, ...rest] = args;
  if (action === 'defaults' && file === undefined) return { kind: 'policy-defaults' };
  if (action === 'check' && file !== undefined && rest.length === 0) return { kind: 'policy-check', file };
  return usageError('use `preflight policy check FILE` or `preflight policy defaults`');
}

function tryParseArgs(argv: readonly string[]) {
  try {
    return { ok: true as const, result: parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }) };
  } catch (error) {
    return { ok: false as const, message: (error as Error).message };
  }
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** A supported locale, matched case-insensitively with `_` for `-`; undefined when unsupported. */
function matchLocale(value: string): Locale | undefined {
  const wanted = value.trim().replace(/_/gu, '-').toLowerCase();
  return LOCALES.find((locale) => locale.toLowerCase() === wanted);
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}
