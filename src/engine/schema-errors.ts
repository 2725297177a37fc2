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
    else if (typeof key === 'string' && key.length < MAX_QUOTED_CHARS && /^[A-Za-z_$][\w$]*$/u.test(key)) text += `.${key}`;
    else text += `[${quote(String(key))}]`;
  }
  return text;
}

/** Turns zod issues into errors a policy author can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], basePath: ReadonlyArray<PropertyKey> = []): InputError[] {
  return issues.flatMap((issue) => describeIssue(issue, [...basePath, ...issue.path]));
}

/** Most errors listed for one file: every problem of a real file, while 100,000 bad entries stay a short list. */
export const MAX_LISTED_ERRORS = 100;

/** The first errors, the last line counting the others. */
export function firstErrors(errors: readonly InputError[]): InputError[] {
  const kept = errors.slice(0, MAX_LISTED_ERRORS);
  if (errors.length > MAX_LISTED_ERRORS) kept[MAX_LISTED_ERRORS - 1] = { path: '$', message: adminText(`…and ${errors.length - MAX_LISTED_ERRORS + 1} more`) };
  return kept;
}

function describeIssue(issue: z.core.$ZodIssue, path: PropertyKey[]): InputError[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: adminText(`unknown key ${quote(key)}`) }));
    case 'invalid_type':
      return [{ path: formatPath(path), message: describeType(issue) }];
    case 'invalid_value':
      return [{ path: formatPath(path), message: adminText(`${expectedOneOf(issue.values)}${given(issue)}`) }];
    case 'too_small':
      return [{ path: formatPath(path), message: adminText(`must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}`) }];
    case 'too_big':
      return [{ path: formatPath(path), message: adminText(`must be at most ${String(issue.maximum)}`) }];
    case 'invalid_union':
      return [{ path: formatPath(path), message: describeUnion(issue) }];
    default:
      return [{ path: formatPath(path), message: cut(issue.message, MAX_MESSAGE_CHARS) }];
  }
}

/** JSON.parse reads `1e400` as Infinity: "expected number, got number" would make no sense. */
function describeType({ expected, input }: z.core.$ZodIssueInvalidType): string {
  if (typeof input !== 'number') return adminText(`expected ${expected}, got ${describeValue(input)}`);
  return adminText(`expected ${expected === 'number' && !isFinite(input) ? 'a finite number' : expected}, got ${input}`);
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion): string {
  // A discriminated union whose discriminator matched no branch: name the allowed values.
  const options = (issue as { options?: readonly unknown[] }).options;
  if (issue.errors.length === 0 && options && options.length > 0) return adminText(`${expectedOneOf(options)}${givenDiscriminator(issue)}`);
  // Whole inside adminText, so Send's build, which drops that text, drops this code too.
  return issue.errors.length > 0 ? adminText(`matches none of the allowed forms (${describeBranches(issue)})`) : issue.message;
}

function describeBranches(issue: z.core.$ZodIssueInvalidUnion): string {
  return issue.errors
    .map((branch) => branch.map((sub) => `${formatPath(sub.path)}: ${describeIssue(sub, [...sub.path])[0]?.message ?? sub.message}`).join('; '))
    .filter(Boolean)
    .join(' | ');
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
/** Longest message of a check's own (an admin pattern's quotes the pattern). */
const MAX_MESSAGE_CHARS = 300;

/** `text` up to `max` code points, else cut with "…". */
function cut(text: string, max: number): string {
  const chars = Array.from(text.slice(0, 2 * max));
  return chars.length > max || text.length > 2 * max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** A string as JSON writes it, cut to MAX_QUOTED_CHARS. */
export const quote = (text: string): string => JSON.stringify(cut(text, MAX_QUOTED_CHARS));

/** A scalar as JSON writes it (`"warn"`, `3`, `null`); an object or array by its type. */
function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'object' && value !== null) return describeValue(value);
  return typeof value === 'string' ? quote(value) : String(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
