/**
 * Reading the policy file of `check`, `audit` and `policy validate`: every problem printed with its
 * JSON path. The audit hands the text to its workers, which each parse it again.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_POLICY, parsePolicyText, type Locale, type Policy } from '../engine';
import { describeReadError, POLICY_TEXT } from './messages';
import { visible } from './visible';

export interface LoadedPolicy {
  readonly policy: Policy;
  /** null for the built-in defaults. */
  readonly text: string | null;
}

/** The policy and its text, or null after printing why it cannot be used. */
export async function readPolicyFile(path: string | null, locale: Locale, stderr: { write(text: string): unknown }): Promise<LoadedPolicy | null> {
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
