/**
 * A tiny stand-in for the part of `zod/mini` the engine uses, swapped in for `zod/mini` when the
 * on-send bundle is built (STYLE.md: a small validator, not a schema engine, in launchevent.js).
 * Same parse order, same issue objects (code, fields, path, "Invalid input" messages, `input`
 * under `reportInput`), same `data`; zod-mini-lite.test.ts checks it against the real zod/mini.
 * Runtime only: types still come from zod/mini at compile time.
 */

type Key = string | number;
type Bag = Record<string, unknown>;

export interface LiteIssue {
  code: string;
  path?: Key[];
  message?: string;
  input?: unknown;
  /** Internal: false or absent aborts the checks that follow, as in zod. Dropped on output. */
  continue?: boolean;
  /** Internal: the `error` a check was given. Dropped on output. */
  inst?: unknown;
  [field: string]: unknown;
}

interface Payload {
  value: unknown;
  issues: LiteIssue[];
}

interface Ctx {
  reportInput?: boolean;
}

export interface LiteCheck {
  /** Like zod's `when`: such a check runs after a failed type test too, unless explicitly aborted. */
  w?: (payload: Payload) => boolean;
  c: (payload: Payload) => void;
}

export type SafeParseResult = { success: true; data: unknown } | { success: false; error: { issues: LiteIssue[] } };

export interface LiteSchema {
  /** Accepts a missing key (z.optional). */
  o?: boolean;
  /** Literal/enum values (a discriminated union's keys). */
  v?: unknown[];
  /** Object shape. */
  shape?: Record<string, LiteSchema>;
  run(payload: Payload, ctx: Ctx): Payload;
  check(...checks: LiteCheck[]): LiteSchema;
  safeParse(value: unknown, params?: Ctx): SafeParseResult;
}

type Parse = (payload: Payload, ctx: Ctx) => Payload;

const INVALID = 'Invalid input';

const aborted = (issues: LiteIssue[], from: number, explicit?: boolean): boolean =>
  issues.slice(from).some((issue) => (explicit ? issue.continue === false : issue.continue !== true));

function fail(payload: Payload, issue: LiteIssue): Payload {
  payload.issues.push(issue);
  return payload;
}

function finalize(issue: LiteIssue, ctx: Ctx): LiteIssue {
  const full: Bag = {};
  for (const key of Object.keys(issue)) if (key !== 'inst' && key !== 'continue' && key !== 'input' && key !== '__proto__') full[key] = issue[key];
  if (full.path === undefined || full.path === null) full.path = [];
  full.message = issue.message || (issue.inst as string | undefined) || INVALID;
  if (ctx.reportInput) full.input = issue.input;
  return full as unknown as LiteIssue;
}

function prefix(key: Key, issues: LiteIssue[], into: LiteIssue[]): void {
  for (const issue of issues) {
    (issue.path || (issue.path = [])).unshift(key);
    into.push(issue);
  }
}

function make(parse: Parse, extra?: Partial<LiteSchema>, checks: LiteCheck[] = []): LiteSchema {
  const schema: LiteSchema = {
    run(payload, ctx) {
      const result = parse(payload, ctx);
      let stop = aborted(result.issues, 0);
      for (const ch of checks) {
        if (ch.w ? aborted(result.issues, 0, true) || !ch.w(result) : stop) continue;
        const before = result.issues.length;
        ch.c(result);
        if (!stop) stop = aborted(result.issues, before);
      }
      return result;
    },
    check: (...more) => make(parse, extra, checks.concat(more)),
    safeParse(value, params) {
      const ctx: Ctx = { reportInput: !!(params && params.reportInput) };
      const result = schema.run({ value, issues: [] }, ctx);
      return result.issues.length ? { success: false, error: { issues: result.issues.map((i) => finalize(i, ctx)) } } : { success: true, data: result.value };
    },
  };
  return Object.assign(schema, extra);
}

const isObject = (value: unknown): value is Bag => typeof value === 'object' && value !== null && !Array.isArray(value);

const typed = (expected: string, test: (value: unknown) => boolean) => (): LiteSchema =>
  make((p) => (test(p.value) ? p : fail(p, { expected, code: 'invalid_type', input: p.value })));

export const string = typed('string', (v) => typeof v === 'string');
export const boolean = typed('boolean', (v) => typeof v === 'boolean');

export const number = (): LiteSchema =>
  make((p) => {
    const input = p.value;
    if (typeof input === 'number' && isFinite(input)) return p;
    const issue: LiteIssue = { expected: 'number', code: 'invalid_type', input };
    if (typeof input === 'number') issue.received = String(input);
    return fail(p, issue);
  });

const values = (list: readonly unknown[]): LiteSchema =>
  make((p) => (list.includes(p.value) ? p : fail(p, { code: 'invalid_value', values: list.slice(), input: p.value })), { v: list.slice() });

export const enum_ = (entries: readonly unknown[]): LiteSchema => values(entries);
export { enum_ as enum };
export const literal = (value: unknown): LiteSchema => values(Array.isArray(value) ? value : [value]);

export const optional = (inner: LiteSchema): LiteSchema => make((p, ctx) => (p.value === undefined ? p : inner.run(p, ctx)), { o: true, v: inner.v && inner.v.concat([undefined]) });
export const nullable = (inner: LiteSchema): LiteSchema => make((p, ctx) => (p.value === null ? p : inner.run(p, ctx)), { o: inner.o });

export const array = (element: LiteSchema): LiteSchema =>
  make((p, ctx) => {
    const input = p.value;
    if (!Array.isArray(input)) return fail(p, { expected: 'array', code: 'invalid_type', input });
    const out: unknown[] = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const r = element.run({ value: input[i], issues: [] }, ctx);
      prefix(i, r.issues, p.issues);
      out[i] = r.value;
    }
    p.value = out;
    return p;
  });

function object(shape: Record<string, LiteSchema>, strict: boolean): LiteSchema {
  const own = (key: string) => Object.prototype.hasOwnProperty.call(shape, key);
  return make(
    (p, ctx) => {
      const input = p.value;
      if (!isObject(input)) return fail(p, { expected: 'object', code: 'invalid_type', input });
      const out: Bag = {};
      for (const [key, schema] of Object.entries(shape)) {
        const present = key in input;
        if (key === '__proto__' || (!present && schema.o)) continue;
        const r = schema.run({ value: input[key], issues: [] }, ctx);
        prefix(key, r.issues, p.issues);
        if (present) out[key] = r.value;
        else if (!schema.o && !r.issues.length) p.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
      }
      const unknown: string[] = [];
      for (const key in input) {
        if (own(key)) continue;
        if (strict) unknown.push(key);
        else if (key !== '__proto__') out[key] = input[key];
      }
      p.value = out;
      if (unknown.length) p.issues.push({ code: 'unrecognized_keys', keys: unknown, input, continue: true });
      return p;
    },
    { shape },
  );
}

export const strictObject = (shape: Record<string, LiteSchema>): LiteSchema => object(shape, true);
export const looseObject = (shape: Record<string, LiteSchema>): LiteSchema => object(shape, false);

export const union = (options: readonly LiteSchema[]): LiteSchema =>
  make(
    (p, ctx) => {
      if (options.length === 1) return (options[0] as LiteSchema).run(p, ctx);
      const results: Payload[] = [];
      for (const option of options) {
        const r = option.run({ value: p.value, issues: [] }, ctx);
        if (!r.issues.length) return r;
        results.push(r);
      }
      const open = results.filter((r) => !aborted(r.issues, 0));
      if (open.length === 1) return open[0] as Payload;
      return fail(p, { code: 'invalid_union', input: p.value, errors: results.map((r) => r.issues.map((i) => finalize(i, ctx))) });
    },
    { o: options.some((o) => o.o) },
  );

export const discriminatedUnion = (key: string, options: readonly LiteSchema[]): LiteSchema => {
  const keys: unknown[] = [];
  const byKey: LiteSchema[] = [];
  for (const option of options) {
    const discriminator = option.shape && option.shape[key];
    for (const value of (discriminator && discriminator.v) || []) {
      keys.push(value);
      byKey.push(option);
    }
  }
  return make((p, ctx) => {
    const input = p.value;
    if (!isObject(input)) return fail(p, { code: 'invalid_type', expected: 'object', input });
    const at = keys.indexOf(input[key]);
    if (at >= 0) return (byKey[at] as LiteSchema).run(p, ctx);
    return fail(p, { code: 'invalid_union', errors: [], note: 'No matching discriminator', discriminator: key, options: keys.slice(), input, path: [key] });
  });
};

// Checks, in the order zod runs them: each one sees the value the previous ones left.

export const trim = (): LiteCheck => ({
  c: (p) => {
    p.value = (p.value as string).trim();
  },
});

export const minLength = (minimum: number): LiteCheck => ({
  w: (p) => p.value !== undefined && p.value !== null && (p.value as { length?: unknown }).length !== undefined,
  c: (p) => {
    const input = p.value as string | unknown[];
    // zod counts code points in a string, UTF-16 units in anything else with a length.
    if ((typeof input === 'string' ? Array.from(input).length : input.length) >= minimum) return;
    const origin = Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown';
    p.issues.push({ origin, code: 'too_small', minimum, inclusive: true, input, continue: true });
  },
});

export const regex = (pattern: RegExp, params?: string | { error?: string }): LiteCheck => ({
  c: (p) => {
    pattern.lastIndex = 0;
    if (pattern.test(p.value as string)) return;
    const inst = typeof params === 'string' ? params : params && params.error;
    p.issues.push({ origin: 'string', code: 'invalid_format', format: 'regex', input: p.value, pattern: String(pattern), inst, continue: true });
  },
});

export const gte = (minimum: number): LiteCheck => ({
  c: (p) => {
    if ((p.value as number) >= minimum) return;
    p.issues.push({ origin: 'number', code: 'too_small', minimum, input: p.value, inclusive: true, continue: true });
  },
});

const NOTE = 'Integers must be within the safe integer range.';

export const int = (): LiteCheck => ({
  c: (p) => {
    const input = p.value as number;
    if (!Number.isInteger(input)) p.issues.push({ expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input });
    else if (input > Number.MAX_SAFE_INTEGER) p.issues.push({ input, code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, note: NOTE, origin: 'int', inclusive: true, continue: true });
    else if (input < Number.MIN_SAFE_INTEGER) p.issues.push({ input, code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, note: NOTE, origin: 'int', inclusive: true, continue: true });
  },
});

export interface RefineContext {
  value: unknown;
  issues: LiteIssue[];
  addIssue(issue: string | Partial<LiteIssue> & { fatal?: boolean }): void;
}

export const superRefine = (fn: (value: never, ctx: RefineContext) => void): LiteCheck => ({
  c: (p) => {
    const ctx: RefineContext = {
      value: p.value,
      issues: p.issues,
      addIssue(issue) {
        if (typeof issue === 'string') {
          p.issues.push({ message: issue, code: 'custom', input: p.value });
          return;
        }
        if (issue.fatal) issue.continue = false;
        if (issue.code === undefined) issue.code = 'custom';
        if (!('input' in issue)) issue.input = p.value;
        if (issue.continue === undefined) issue.continue = true;
        p.issues.push(Object.assign({}, issue) as LiteIssue);
      },
    };
    fn(p.value as never, ctx);
  },
});
