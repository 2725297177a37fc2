import { TermList } from './term-list';
import * as v from './validation/builders';
import type { AnySchema } from './validation/schema';

/**
 * One option a rule accepts in the policy file: its schema (checked once when the policy
 * loads), its default, and how a validated raw value becomes what the rule reads.
 */
export interface OptionSpec<T> {
  readonly schema: AnySchema;
  readonly defaultValue: T;
  resolve(raw: unknown): T;
  /** One line for the rule's doc page. */
  readonly description: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec<unknown>>>;

export { doc } from './off-send-text';

export type ResolvedOptions<S extends OptionSpecs> = { readonly [K in keyof S]: S[K] extends OptionSpec<infer T> ? T : never };

export function integerOption(defaultValue: number, description: string, minimum = 0): OptionSpec<number> {
  return {
    schema: v.number({ integer: true, minimum }),
    defaultValue,
    resolve: (raw) => (typeof raw === 'number' ? raw : defaultValue),
    description,
  };
}

export function booleanOption(defaultValue: boolean, description: string): OptionSpec<boolean> {
  return {
    schema: v.boolean(),
    defaultValue,
    resolve: (raw) => (typeof raw === 'boolean' ? raw : defaultValue),
    description,
  };
}

const term = v.string({ minLength: 1 });
/** An array adds to the built-in list; `{"replace": [...]}` replaces it. */
const termListSchema = v.union([v.array(term), v.strictObject({ replace: v.array(term) })]);

/**
 * A list of values (e.g. blocked file extensions) the policy extends like a word list: an array
 * adds to the built-in values, `{"replace": [...]}` uses only the policy's.
 */
export function stringListOption(defaultValue: readonly string[], description: string): OptionSpec<readonly string[]> {
  return {
    schema: termListSchema,
    defaultValue,
    resolve: (raw) => {
      if (Array.isArray(raw)) return [...new Set([...defaultValue, ...(raw as string[])])];
      if (raw && typeof raw === 'object' && 'replace' in raw) return (raw as { replace: string[] }).replace;
      return defaultValue;
    },
    description,
  };
}

/**
 * A keyword list the policy extends: an array adds to the built-in terms, `{"replace": [...]}`
 * uses only the policy's terms.
 */
export function termListOption(builtIn: readonly string[], description: string): OptionSpec<TermList> {
  const defaultValue = new TermList(builtIn);
  return {
    schema: termListSchema,
    defaultValue,
    resolve: (raw) => {
      if (Array.isArray(raw)) return new TermList([...builtIn, ...(raw as string[])]);
      if (raw && typeof raw === 'object' && 'replace' in raw) return new TermList((raw as { replace: string[] }).replace);
      return defaultValue;
    },
    description,
  };
}

export function resolveOptions<S extends OptionSpecs>(specs: S, raw: Readonly<Record<string, unknown>> | undefined): ResolvedOptions<S> {
  const resolved: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    resolved[name] = raw && Object.hasOwn(raw, name) ? spec.resolve(raw[name]) : spec.defaultValue;
  }
  return resolved as ResolvedOptions<S>;
}
