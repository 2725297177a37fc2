/**
 * The words of the validator's errors, for a policy author. Each is whole inside `adminText`, so
 * Send's build, which drops that text (it only falls back on a bad policy), drops this code too.
 */
import { adminText } from '../off-send-text';
import { cut, describeValue, formatPath, quote, quoteValue } from '../schema-errors';
import type { Issue, Literal } from './schema';

/** JSON.parse reads `1e400` as Infinity: "expected number, got number" would make no sense. */
export const expectedType = (expected: string, value: unknown): string =>
  adminText(`expected ${expected === 'number' && typeof value === 'number' && !isFinite(value) ? 'a finite number' : expected}, got ${typeof value === 'number' ? String(value) : describeValue(value)}`);

export const expectedOneOf = (values: readonly Literal[], value: unknown): string => adminText(`expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${quoteValue(value)}`);

// One literal per adminText call: the loader that keeps these texts out of Send reads no other form.
export const tooShort = (minimum: number): string => (minimum === 1 ? adminText('must not be empty or only spaces') : adminText(`must be at least ${minimum} characters long`));

export const tooSmall = (minimum: number): string => adminText(`must be at least ${minimum}`);

export const tooBig = (maximum: number): string => adminText(`must be at most ${maximum}`);

export const unknownKey = (key: string): string => adminText(`unknown key ${quote(key)}`);

/** Longest message of a check's own (an admin pattern's quotes the pattern). */
const MAX_MESSAGE_CHARS = 300;

export const ownMessage = (message: string): string => cut(message, MAX_MESSAGE_CHARS);

/**
 * Each branch of a union that failed, with what was wrong in it: at the value itself, or at a key
 * inside it (`.replace: …`, relative to the value the error's path names).
 */
export const noAllowedForm = (branches: ReadonlyArray<readonly Issue[]>): string =>
  adminText(`matches none of the allowed forms (${branches.map((issues) => issues.map((issue) => (issue.path.length > 0 ? formatPath(issue.path).slice(1) + ': ' : '') + issue.message).join('; ')).join(' | ')})`);

export const missingKey = (): string => adminText('is required');
