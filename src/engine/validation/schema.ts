/**
 * The project's own validator: the policy file and the draft JSON are checked by these schemas in
 * every runtime (Send, the task pane, the CLI), and the policy's JSON Schema is generated from the
 * same definitions (json-schema.ts). A schema is plain data (`def`, read by the generator) and a
 * `run` that checks a value and returns what the caller gets (a trimmed string, an object of the
 * known keys only).
 */
import { formatPath, type InputError } from '../schema-errors';

export type Key = string | number;

/** One problem, at a path relative to where the schema that found it was run. */
export interface Issue {
  readonly path: readonly Key[];
  readonly message: string;
  /**
   * The value is not of the expected kind: the checks after it are skipped, and a union branch
   * with such an issue is no candidate for the value.
   */
  readonly fatal: boolean;
}

export type Literal = string | number | boolean;

/** What a schema is, for the JSON Schema generator. */
/** Keys a strict object takes beyond its shape, by pattern, each value checked by one schema (`x-…` ids of custom rules). */
export interface KeyedValues {
  readonly pattern: RegExp;
  readonly schema: AnySchema;
}

export type Def =
  | { readonly kind: 'string'; readonly trim: boolean; readonly minLength?: number; readonly pattern?: RegExp }
  | { readonly kind: 'number'; readonly integer: boolean; readonly minimum?: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'values'; readonly values: readonly Literal[] }
  | { readonly kind: 'array'; readonly items: AnySchema }
  | { readonly kind: 'object'; readonly shape: Shape; readonly strict: boolean; readonly keyed?: KeyedValues }
  | { readonly kind: 'union'; readonly options: readonly AnySchema[] }
  | { readonly kind: 'tagged'; readonly key: string; readonly options: readonly AnySchema[] }
  | { readonly kind: 'optional' | 'nullable'; readonly inner: AnySchema }
  /** `json`: what the JSON Schema can say of the check (e.g. `anyOf` of required keys), merged into the inner schema's. */
  | { readonly kind: 'refined'; readonly inner: AnySchema; readonly json?: Readonly<Record<string, unknown>> };

export interface Schema<T> {
  readonly def: Def;
  /** One line for the JSON Schema (the option descriptions of the rule pages). */
  readonly description?: string;
  /** Checks `value`, adding what is wrong to `issues` with paths under `path`; returns the checked value. */
  run(value: unknown, path: readonly Key[], issues: Issue[]): T;
  /** Type only: what a value that passes is. */
  readonly output?: T;
}

export type AnySchema = Schema<unknown>;
export type Shape = Readonly<Record<string, AnySchema>>;

/** The type of what passes `S`. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: InputError[] };

/** Checks `value` against `schema`; every problem is listed, each with its JSON path (`$.rules["cc-excessive"].maxCc`). */
export function parse<T>(schema: Schema<T>, value: unknown): ParseResult<T> {
  const issues: Issue[] = [];
  const checked = schema.run(value, [], issues);
  if (issues.length === 0) return { ok: true, value: checked };
  return { ok: false, errors: issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

/** True when any issue from index `from` on ends the checks. */
export const fatalSince = (issues: readonly Issue[], from: number): boolean => issues.slice(from).some((issue) => issue.fatal);

export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);
