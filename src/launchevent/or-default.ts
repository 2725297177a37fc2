/**
 * What `a ?? literal` becomes in the on-send build: scripts/send-transformers.js writes
 * `(t = a) != null ? t : literal` as `__orDefault(a, literal)`, imported from this file by the file
 * that has it. Only for a literal default (a string, number, boolean, null, `void 0`, or an array or
 * object literal of those), which is the same value whether it is evaluated first or not at all.
 */
export function orDefault<T, D>(value: T | null | undefined, fallback: D): T | D {
  return value != null ? value : fallback;
}
