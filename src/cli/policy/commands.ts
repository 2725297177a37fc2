/** `preflight policy init | schema | defaults`: the policy tooling of RULES.md «Policy tooling (CLI)». */
import { writeFile } from 'node:fs/promises';
import type { Locale } from '../../engine';
import { policyJsonSchema } from '../../engine/policy/json-schema';
import { EXIT_BAD_INPUT, EXIT_OK } from '../result';
import { visible } from '../visible';
import { everyPolicyKey } from './every-key';
import { describeWriteError, INIT_TEXT } from './messages';
import { neutralPolicy } from './neutral';
import { buildPreset, type PresetName } from './preset';
import { PRESETS } from './presets';

export interface PolicyInitOptions {
  readonly preset: PresetName | null;
  /** null: stdout. */
  readonly output: string | null;
  readonly force: boolean;
}

interface Output {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const asJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A starting policy, its comments in `locale`, on stdout or in a file that does not exist yet (unless `force`). */
export async function policyInit(options: PolicyInitOptions, locale: Locale, io: Output): Promise<number> {
  const policy = options.preset === null ? neutralPolicy(locale) : buildPreset(PRESETS[options.preset], locale);
  if (options.output === null) {
    io.stdout.write(asJson(policy));
    return EXIT_OK;
  }
  try {
    // `wx` fails when the file exists, so no check-then-write race can overwrite one.
    await writeFile(options.output, asJson(policy), { encoding: 'utf8', flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    const message = exists ? INIT_TEXT.exists(options.output) : INIT_TEXT.cannotWrite(options.output, describeWriteError(error)[locale]);
    io.stderr.write(`preflight: ${visible(message[locale])}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout.write(`${visible(INIT_TEXT.written(options.output, options.preset)[locale])}\n`);
  return EXIT_OK;
}

/** The policy file's JSON Schema (draft 2020-12). */
export function policySchemaText(): string {
  return asJson(policyJsonSchema());
}

/** Every key a policy can set, with its built-in value. */
export function policyDefaultsText(): string {
  return asJson(everyPolicyKey());
}
