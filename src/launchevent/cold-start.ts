/**
 * Outlook counts its 5 seconds from the Send click. When that click is what started this
 * runtime, downloading and parsing this file has already used part of them. A browser runtime's
 * `performance.now()` at evaluation tells how much (its clock starts with the runtime page); the
 * JavaScript-only runtime may have no `performance`, and a runtime already running for an earlier
 * event spent nothing on this one.
 */
import { TIMING } from '../office/timing';

export interface ColdStart {
  /** The start-up time to charge to this event: all of it for the runtime's first event if it came right away, else 0. */
  claim(): number;
}

export function coldStart(performanceNow: (() => number) | null, now: () => number = Date.now): ColdStart {
  const measured = performanceNow ? performanceNow() : 0;
  const startupMs = measured > 0 && measured <= TIMING.maxPlausibleStartupMs ? measured : 0;
  const evaluatedAt = now();
  let claimed = false;
  return {
    claim() {
      if (claimed) return 0;
      claimed = true;
      const sinceEvaluation = Math.max(0, now() - evaluatedAt);
      return sinceEvaluation <= TIMING.coldDispatchMs ? startupMs + sinceEvaluation : 0;
    },
  };
}

/** The runtime's own clock where it has one. */
export function runtimeClock(): (() => number) | null {
  const performance = (globalThis as { performance?: { now?: () => number } }).performance;
  return performance && typeof performance.now === 'function' ? () => performance.now!() : null;
}
