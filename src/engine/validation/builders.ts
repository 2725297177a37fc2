import * as say from './messages';
import { fatalSince, isRecord, type AnySchema, type Infer, type Issue, type Key, type KeyedValues, type Literal, type Schema, type Shape } from './schema';

/** Explanations in a strict object (the JSON Schema convention): text, ignored. */
export const COMMENT_KEY = '$comment';

const fail = (issues: Issue[], path: readonly Key[], message: string, fatal: boolean): void => void issues.push({ path, message, fatal });

export interface StringRules {
  /** Leading and trailing white space is dropped before the other checks, and from the value. */
  readonly trim?: boolean;
  /** In code points. */
  readonly minLength?: number;
  readonly pattern?: RegExp;
  /** What a value that does not match `pattern` is told. */
  readonly message?: string;
}

export function string(rules: StringRules = {}): Schema<string> {
  const { trim = false, minLength, pattern, message = '' } = rules;
  return {
    def: { kind: 'string', trim, minLength, pattern },
    run(value, path, issues) {
      if (typeof value !== 'string') return fail(issues, path, say.expectedType('string', value), true), '';
      const text = trim ? value.trim() : value;
      // Only a short string can have fewer code points than it needs: a long one is not split.
      if (minLength !== undefined && text.length < 2 * minLength && Array.from(text).length < minLength) fail(issues, path, say.tooShort(minLength), false);
      if (pattern && !pattern.test(text)) fail(issues, path, say.ownMessage(message), false);
      return text;
    },
  };
}

export interface NumberRules {
  /** A safe integer (`1.0` is one). */
  readonly integer?: boolean;
  readonly minimum?: number;
}

export function number(rules: NumberRules = {}): Schema<number> {
  const { integer = false, minimum } = rules;
  return {
    def: { kind: 'number', integer, minimum },
    run(value, path, issues) {
      if (typeof value !== 'number' || !isFinite(value)) return fail(issues, path, say.expectedType('number', value), true), 0;
      if (integer && !Number.isInteger(value)) return fail(issues, path, say.expectedType('int', value), true), value;
      if (integer && value > Number.MAX_SAFE_INTEGER) fail(issues, path, say.tooBig(Number.MAX_SAFE_INTEGER), false);
      if (integer && value < Number.MIN_SAFE_INTEGER) fail(issues, path, say.tooSmall(Number.MIN_SAFE_INTEGER), false);
      if (minimum !== undefined && value < minimum) fail(issues, path, say.tooSmall(minimum), false);
      return value;
    },
  };
}

export function boolean(): Schema<boolean> {
  return {
    def: { kind: 'boolean' },
    run: (value, path, issues) => (typeof value === 'boolean' ? value : (fail(issues, path, say.expectedType('boolean', value), true), false)),
  };
}

/** One of the given values (an enum); `literal` for a single one. */
export function oneOf<const V extends readonly Literal[]>(values: V): Schema<V[number]> {
  return {
    def: { kind: 'values', values },
    run(value, path, issues) {
      if (!values.includes(value as Literal)) fail(issues, path, say.expectedOneOf(values, value), true);
      return value as V[number];
    },
  };
}

export const literal = <const V extends Literal>(value: V): Schema<V> => oneOf([value]);

export function array<S extends AnySchema>(items: S): Schema<Array<Infer<S>>> {
  return {
    def: { kind: 'array', items },
    run(value, path, issues) {
      if (!Array.isArray(value)) return fail(issues, path, say.expectedType('array', value), true), [];
      return value.map((item: unknown, index) => items.run(item, path.concat(index), issues) as Infer<S>);
    },
  };
}

export type Optional<T> = Schema<T | undefined> & { readonly optional: true };

/** A key that may be left out (or given as `undefined`). */
export function optional<T>(inner: Schema<T>): Optional<T> {
  return { def: { kind: 'optional', inner }, optional: true, run: (value, path, issues) => (value === undefined ? undefined : inner.run(value, path, issues)) };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return { def: { kind: 'nullable', inner }, run: (value, path, issues) => (value === null ? null : inner.run(value, path, issues)) };
}

type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flat<{ readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { readonly [K in OptionalKeys<S>]?: Infer<S[K]> }>;

export interface ObjectRules {
  /** What an unknown key of a strict object is told (default: `unknown key "…"`). */
  readonly unknownKey?: (key: string) => string;
  /** Keys outside the shape that are allowed all the same, by pattern, with the schema of their values. */
  readonly keyed?: KeyedValues;
}

function object<S extends Shape>(shape: S, strict: boolean, rules: ObjectRules): Schema<ObjectOf<S>> {
  const keys = Object.keys(shape);
  const { unknownKey = say.unknownKey, keyed } = rules;
  return {
    def: { kind: 'object', shape, strict, ...(keyed ? { keyed } : {}) },
    run(value, path, issues) {
      if (!isRecord(value)) return fail(issues, path, say.expectedType('object', value), true), {} as ObjectOf<S>;
      // Only the known keys are copied, and only own ones are read: nothing reaches a prototype.
      const checked: Record<string, unknown> = {};
      for (const key of keys) {
        const given = Object.prototype.hasOwnProperty.call(value, key);
        const schema = shape[key] as AnySchema;
        // A required key that is missing is said so (not "expected string, got undefined"); fatal, as a wrong type is.
        if (!given) {
          if (!('optional' in schema)) fail(issues, path.concat(key), say.missingKey(), true);
          continue;
        }
        checked[key] = schema.run(value[key], path.concat(key), issues);
      }
      for (const key of strict ? Object.keys(value) : []) {
        if (Object.prototype.hasOwnProperty.call(shape, key)) continue;
        if (keyed?.pattern.test(key)) checked[key] = keyed.schema.run(value[key], path.concat(key), issues);
        else checkExtraKey(value[key], path.concat(key), issues, unknownKey);
      }
      return checked as ObjectOf<S>;
    },
  };
}

/**
 * A key a strict object does not know: an error, except `$comment`, the JSON Schema convention for
 * an explanation, allowed at any level as text and left out of the value.
 */
function checkExtraKey(value: unknown, path: readonly Key[], issues: Issue[], unknownKey: (key: string) => string): void {
  const key = String(path[path.length - 1]);
  if (key !== COMMENT_KEY) fail(issues, path, unknownKey(key), false);
  else if (typeof value !== 'string') fail(issues, path, say.expectedType('string', value), false);
}

/** An object with exactly these keys (and `$comment`): another key is an error. */
export const strictObject = <S extends Shape>(shape: S, rules: ObjectRules = {}): Schema<ObjectOf<S>> => object(shape, true, rules);

/** An object with these keys; other keys are ignored (and left out of the value), so newer producers can add fields. */
export const looseObject = <S extends Shape>(shape: S): Schema<ObjectOf<S> & { readonly [key: string]: unknown }> => object(shape, false, {});

/**
 * The first branch the value passes. When it passes none, and only one branch found nothing
 * fatal (the value has that branch's shape), that branch's errors are the answer; else one error
 * lists every branch's.
 */
export function union<const S extends readonly AnySchema[]>(options: S): Schema<Infer<S[number]>> {
  return {
    def: { kind: 'union', options },
    run(value, path, issues) {
      const tried: Issue[][] = [];
      for (const option of options) {
        const own: Issue[] = [];
        const result = option.run(value, [], own);
        if (own.length === 0) return result as Infer<S[number]>;
        tried.push(own);
      }
      const open = tried.filter((own) => !fatalSince(own, 0));
      if (open.length === 1) for (const issue of open[0] as Issue[]) issues.push({ ...issue, path: path.concat(issue.path) });
      else fail(issues, path, say.noAllowedForm(tried), true);
      return value as Infer<S[number]>;
    },
  };
}

/** Objects told apart by the value of one key (`method`), each branch a strict object with that key as a literal. */
export function taggedUnion<const S extends ReadonlyArray<Schema<object>>>(key: string, options: S): Schema<Infer<S[number]>> {
  const tags: Literal[] = [];
  const branches: AnySchema[] = [];
  for (const option of options) {
    const tag = option.def.kind === 'object' ? option.def.shape[key]?.def : undefined;
    for (const value of tag?.kind === 'values' ? tag.values : []) {
      tags.push(value);
      branches.push(option);
    }
  }
  return {
    def: { kind: 'tagged', key, options },
    run(value, path, issues) {
      if (!isRecord(value)) return fail(issues, path, say.expectedType('object', value), true), value as Infer<S[number]>;
      const tag = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
      const branch = branches[tags.indexOf(tag as Literal)];
      if (branch) return branch.run(value, path, issues) as Infer<S[number]>;
      fail(issues, path.concat(key), say.expectedOneOf(tags, tag), true);
      return value as Infer<S[number]>;
    },
  };
}

/**
 * A check of the schema's own (a pattern that must compile), run when the value passed `inner`
 * with nothing fatal. `report` adds an error at the value's path, or at `at` below it.
 */
export function refine<T>(inner: Schema<T>, check: (value: T, report: (message: string, at?: readonly Key[]) => void) => void, json?: Readonly<Record<string, unknown>>): Schema<T> {
  return {
    def: { kind: 'refined', inner, json },
    run(value, path, issues) {
      const before = issues.length;
      const result = inner.run(value, path, issues);
      if (!fatalSince(issues, before)) check(result, (message, at = []) => fail(issues, path.concat(at), say.ownMessage(message), false));
      return result;
    },
  };
}

/** The same schema with a description for the JSON Schema. */
export const describe = <S extends AnySchema>(schema: S, description: string): S => ({ ...schema, description });
