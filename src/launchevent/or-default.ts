/**
 * What `a ?? literal` becomes in the on-send build: scripts/send-transformers.js writes
 * `(t = a) != null ? t : literal` as `__orDefault(a, literal)`, imported from this file by the file
 * that has it. Only for a literal default (a string, number, boolean, null, `void 0`, or an array or
 * object literal of those), which is the same value whether it is evaluated first or not at all.
 */
export function orDefault<T, D>(value: T | null | undefined, fallback: D): T | D {
  return value != null ? value : fallback;
}

/**
 * What `a?.name` becomes in the on-send build: `(t = a) == null ? void 0 : t.name` as
 * `__property(a, 'name')`, `a` evaluated once as before. Only for a property read, never a call
 * (`a?.f()` keeps its `this`).
 */
export function property<T, K extends keyof T>(value: T | null | undefined, key: K): T[K] | undefined {
  return value == null ? undefined : value[key];
}
