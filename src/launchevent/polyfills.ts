/**
 * Classic Outlook on Windows before build 2403 runs this bundle on an ES2016 engine. Syntax is
 * compiled down to ES2016; these are the few newer library functions the engine calls, and exactly those declared in
 * src/engine/runtime-floor.d.ts, against which the engine and the on-send code type-check.
 * A function no code of Send calls is neither here nor declared (padStart, padEnd, trimEnd and
 * Object.fromEntries were, unused, until the on-send budget of issue 11 needed their bytes).
 * Hand-written rather than core-js: core-js's versions of these weigh 38 KB minified, a third of
 * the on-send budget, because they pull in its Promise and RegExp machinery.
 */

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

define(Object, 'entries', (object: Record<string, unknown>) => Object.keys(object).map((key) => [key, object[key]]));
define(Object, 'values', (object: Record<string, unknown>) => Object.keys(object).map((key) => object[key]));
define(Object, 'hasOwn', (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key));

function flatten(this: unknown[], depth = 1): unknown[] {
  const result: unknown[] = [];
  for (const item of this) {
    if (Array.isArray(item) && depth > 0) result.push(...flatten.call(item, depth - 1));
    else result.push(item);
  }
  return result;
}
define(Array.prototype, 'flatMap', function flatMap(this: unknown[], map: (value: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown) {
  return flatten.call(this.map(map, thisArg), 1);
});

define(String.prototype, 'trimStart', function trimStart(this: string) {
  return this.replace(/^\s+/u, '');
});

define(String.prototype, 'matchAll', function* matchAll(this: string, pattern: RegExp) {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let match: RegExpExecArray | null;
  while ((match = global.exec(this)) !== null) {
    yield match;
    if (match[0] === '') global.lastIndex++;
  }
});
