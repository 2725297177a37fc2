import { adminText } from './off-send-text';

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

/** Most errors listed for one file: every problem of a real file, while 100,000 bad entries stay a short list. */
export const MAX_LISTED_ERRORS = 100;

/** The first errors, the last line counting the others. */
export function firstErrors(errors: readonly InputError[]): InputError[] {
  const kept = errors.slice(0, MAX_LISTED_ERRORS);
  if (errors.length > MAX_LISTED_ERRORS) kept[MAX_LISTED_ERRORS - 1] = { path: '$', message: adminText(`…and ${errors.length - MAX_LISTED_ERRORS + 1} more`) };
  return kept;
}

/** Longest given string quoted in full; a longer one is cut, since the message is one line. */
const MAX_QUOTED_CHARS = 40;

/** `text` up to `max` code points, else cut with "…". */
export function cut(text: string, max: number): string {
  const chars = Array.from(text.slice(0, 2 * max));
  return chars.length > max || text.length > 2 * max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** A string as JSON writes it, cut to MAX_QUOTED_CHARS. */
export const quote = (text: string): string => JSON.stringify(cut(text, MAX_QUOTED_CHARS));

/** A scalar as JSON writes it (`"warn"`, `3`, `null`), nothing as `nothing`; an object or array by its type. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'object' && value !== null) return describeValue(value);
  return typeof value === 'string' ? quote(value) : String(value);
}

/** `null`, `array`, or the value's `typeof`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
