// The engine and the on-send code type-check against ES2016: Outlook's JavaScript-only runtime on
// classic Windows before build 2403 has nothing newer. These are exactly the later library
// functions src/launchevent/polyfills.ts supplies there, so they are the only ones code may call.

interface ObjectConstructor {
  entries<T>(object: { readonly [key: string]: T } | ArrayLike<T>): [string, T][];
  entries(object: object): [string, unknown][];
  values<T>(object: { readonly [key: string]: T } | ArrayLike<T>): T[];
  values(object: object): unknown[];
  hasOwn(object: object, key: PropertyKey): boolean;
}

interface Array<T> {
  flatMap<U>(callback: (value: T, index: number, array: T[]) => U | readonly U[], thisArg?: unknown): U[];
}

interface ReadonlyArray<T> {
  flatMap<U>(callback: (value: T, index: number, array: readonly T[]) => U | readonly U[], thisArg?: unknown): U[];
}

interface String {
  trimStart(): string;
  matchAll(pattern: RegExp): IterableIterator<RegExpExecArray>;
}
