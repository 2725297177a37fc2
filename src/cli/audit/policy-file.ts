/**
 * The audit's policy: read once in the main thread (its problems printed as `check` prints them)
 * and handed to the workers as its text, which each parses again.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_POLICY, parsePolicyText, type Locale, type Policy } from '../../engine';
import { describeReadError, POLICY_TEXT } from '../messages';
import { visible } from '../visible';

export interface LoadedPolicy {
  readonly policy: Policy;
  /** null for the built-in defaults. */
  readonly text: string | null;
}

export async function loadAuditPolicy(path: string | null, locale: Locale, stderr: { write(text: string): unknown }): Promise<LoadedPolicy | null> {
  if (path === null) return { policy: DEFAULT_POLICY, text: null };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    stderr.write(`preflight: ${visible(POLICY_TEXT.cannotRead(path, describeReadError(error))[locale])}\n`);
    return null;
  }
  const result = parsePolicyText(text);
  if (result.ok) return { policy: result.policy, text };
  const problems = result.errors.map((error) => `  ${visible(`${error.path}: ${error.message}`)}\n`).join('');
  stderr.write(`preflight: ${visible(POLICY_TEXT.invalid(path, result.errors.length)[locale])}\n${problems}`);
  return null;
}
