import * as z from 'zod/mini';
import { TermList } from './term-list';

/**
 * One option a rule accepts in the policy file: its schema (checked once when the policy
 * loads), its default, and how a validated raw value becomes what the rule reads.
 */
export interface OptionSpec<T> {
  readonly schema: z.core.$ZodType;
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
    schema: z.number().check(z.int(), z.gte(minimum)),
    defaultValue,
    resolve: (raw) => (typeof raw === 'number' ? raw : defaultValue),
    description,
  };
}

export function booleanOption(defaultValue: boolean, description: string): OptionSpec<boolean> {
  return {
    schema: z.boolean(),
    defaultValue,
    resolve: (raw) => (typeof raw === 'boolean' ? raw : defaultValue),
    description,
  };
}

const termListSchema = z.union([
  z.array(z.string().check(z.minLength(1))),
  z.strictObject({ replace: z.array(z.string().check(z.minLength(1))) }),
]);

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
