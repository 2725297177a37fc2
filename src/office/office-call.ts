/**
 * The few Office.js shapes the adapter touches, written structurally so that the playground's
 * simulated mailbox and the tests' fake can stand in for Outlook.
 */
export interface AsyncResultLike<T> {
  readonly status: 'succeeded' | 'failed' | string;
  readonly value: T;
  readonly error?: { readonly name?: string; readonly message?: string; readonly code?: number } | null;
}

export type OfficeCallback<T> = (result: AsyncResultLike<T>) => void;

/** Raised when an Office.js call neither succeeds nor fails within its time budget. */
export class OfficeTimeoutError extends Error {
  constructor(readonly call: string, readonly timeoutMs: number) {
    super(`${call} did not answer within ${timeoutMs} ms`);
    this.name = 'OfficeTimeoutError';
  }
}

/** Raised when an Office.js call answers with a failed status, or the API is missing. */
export class OfficeCallError extends Error {
  constructor(readonly call: string, detail: string) {
    super(`${call} failed: ${detail}`);
    this.name = 'OfficeCallError';
  }
}

/**
 * Wraps one callback-style Office.js call in a promise with a time limit. A call that throws
 * synchronously (an API missing on an older client) rejects instead of escaping; so does a
 * callback given no result, or one without a status: nothing is thrown back into Office's code,
 * and the read fails at once instead of waiting out its time limit.
 */
export function officeCall<T>(call: string, start: (callback: OfficeCallback<T>) => void, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => finish(() => reject(new OfficeTimeoutError(call, timeoutMs))), timeoutMs);
    function finish(settle: () => void): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
    }
    try {
      // Typed as what a broken host may really pass.
      start((result: AsyncResultLike<T> | null | undefined) => {
        let detail = 'no result';
        try {
          if (result!.status === 'succeeded') {
            const value = result!.value;
            return finish(() => resolve(value));
          }
          detail = result!.error?.message ?? result!.error?.name ?? 'unknown error';
        } catch {
          // null, undefined or a result whose getters throw: a failed call like any other.
        }
        finish(() => reject(new OfficeCallError(call, detail)));
      });
    } catch (error) {
      finish(() => reject(new OfficeCallError(call, error instanceof Error ? error.message : String(error))));
    }
  });
}

/** Settles a promise into a value or the reason it failed, so parallel reads never reject together. */
export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, reason: reasonOf(error) }),
  );
}

/** A short, header-safe reason: `timeout:body.getAsync`, `error:to.getAsync`, `unsupported:…`. */
export function reasonOf(error: unknown): string {
  if (error instanceof OfficeTimeoutError) return `timeout:${error.call}`;
  if (error instanceof OfficeCallError) return `error:${error.call}`;
  return 'error:unknown';
}

/** Waits at most `ms` for `promise`; resolves `fallback` after that. */
export function withDeadline<T>(promise: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback());
      },
    );
  });
}
