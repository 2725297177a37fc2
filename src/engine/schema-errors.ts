import { adminText } from './off-send-text';
import type * as z from 'zod/mini';

/** One problem in an input file, with where it is (`$.rules["cc-excessive"].maxCc`). */
export interface InputError {
  readonly path: string;
  readonly message: string;
}

/** Formats a JSON path the way jq and JSONPath write it. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let text = '$';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/u.test(key)) text += `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** Turns zod issues into errors a policy author can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], basePath: ReadonlyArray<PropertyKey> = []): InputError[] {
  return issues.flatMap((issue) => describeIssue(issue, [...basePath, ...issue.path]));
}

function describeIssue(issue: z.core.$ZodIssue, path: PropertyKey[]): InputError[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: adminText(`unknown key "${key}"`) }));
    case 'invalid_type':
      return [{ path: formatPath(path), message: adminText(`expected ${issue.expected}, got ${describeValue(issue.input)}`) }];
    case 'invalid_value':
      return [{ path: formatPath(path), message: adminText(`${expectedOneOf(issue.values)}${given(issue)}`) }];
    case 'too_small':
      return [{ path: formatPath(path), message: adminText(`must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}`) }];
    case 'too_big':
      return [{ path: formatPath(path), message: adminText(`must be at most ${String(issue.maximum)}`) }];
    case 'invalid_union':
      return [{ path: formatPath(path), message: describeUnion(issue) }];
    case 'custom':
      return [{ path: formatPath(path), message: issue.message }];
    default:
      return [{ path: formatPath(path), message: issue.message }];
  }
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion): string {
  // A discriminated union whose discriminator matched no branch: name the allowed values.
  const options = (issue as { options?: readonly unknown[] }).options;
  if (issue.errors.length === 0 && options && options.length > 0) return `${expectedOneOf(options)}${givenDiscriminator(issue)}`;
  const alternatives = issue.errors
    .map((branch) => branch.map((sub) => `${formatPath(sub.path)}: ${describeIssue(sub, [...sub.path])[0]?.message ?? sub.message}`).join('; '))
    .filter(Boolean);
  return alternatives.length > 0 ? adminText(`matches none of the allowed forms (${alternatives.join(' | ')})`) : issue.message;
}

function expectedOneOf(values: readonly unknown[]): string {
  return adminText(`expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
}

/** `, got "warn"` when the issue carries its input (zod's `reportInput`), else nothing. */
function given(issue: { readonly input?: unknown }): string {
  return 'input' in issue ? `, got ${quoteValue(issue.input)}` : '';
}

/** A discriminated union reports the whole object; the value given is its discriminator's. */
function givenDiscriminator(issue: z.core.$ZodIssueInvalidUnion): string {
  const { input, discriminator } = issue as { readonly input?: unknown; readonly discriminator?: string };
  if (discriminator === undefined || input === null || typeof input !== 'object' || Array.isArray(input)) return given(issue);
  return `, got ${quoteValue((input as Record<string, unknown>)[discriminator])}`;
}

/** Longest given string quoted in full; a longer one is cut, since the message is one line. */
const MAX_QUOTED_CHARS = 40;

/** A scalar as JSON writes it (`"warn"`, `3`, `null`); an object or array by its type. */
function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'object' && value !== null) return describeValue(value);
  if (typeof value !== 'string') return String(value);
  const chars = Array.from(value);
  return JSON.stringify(chars.length > MAX_QUOTED_CHARS ? `${chars.slice(0, MAX_QUOTED_CHARS - 1).join('')}…` : value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
