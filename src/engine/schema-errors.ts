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
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: `unknown key "${key}"` }));
    case 'invalid_type':
      return [{ path: formatPath(path), message: `expected ${issue.expected}, got ${describeValue(issue.input)}` }];
    case 'invalid_value':
      return [{ path: formatPath(path), message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'too_small':
      return [{ path: formatPath(path), message: `must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}` }];
    case 'too_big':
      return [{ path: formatPath(path), message: `must be at most ${String(issue.maximum)}` }];
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
  if (issue.errors.length === 0 && options && options.length > 0) return `expected one of ${options.map((v) => JSON.stringify(v)).join(', ')}`;
  const alternatives = issue.errors
    .map((branch) => branch.map((sub) => `${formatPath(sub.path)}: ${describeIssue(sub, [...sub.path])[0]?.message ?? sub.message}`).join('; '))
    .filter(Boolean);
  return alternatives.length > 0 ? `matches none of the allowed forms (${alternatives.join(' | ')})` : issue.message;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
