/**
 * Every time limit of the Office adapter and the event handlers, in milliseconds, with the reason
 * for each. The check profiles (run-check.ts) and the calls read them from here, and nowhere else
 * holds a number of milliseconds.
 */
export const TIMING = {
  // Send (OnMessageSend, Smart Alerts).
  /**
   * Outlook says "taking longer than expected" 5 s after Send, script download included. Whatever
   * hangs, Send is answered this long after the handler started, the audit header written or not.
   */
  sendBudgetMs: 4000,
  /**
   * The end of the budget kept for the final header write: a check that has not decided by
   * sendBudgetMs - headerReserveMs (a hung call) lets the send through. A check that decides
   * sooner leaves the write more.
   */
  headerReserveMs: 500,
  /**
   * The answer should be out this long after the click, a second before Outlook's notice. Only the
   * policy request bends to it, and only when a cached copy can stand in: the draft reads are never
   * cut short for speed, since a slow check showing Outlook's notice beats a mail sent unchecked.
   */
  answerByMs: 4000,
  /** What the evaluation and the header write usually need once the policy is in. */
  afterPolicyMs: 500,
  /** The shortest wait for the server a cold start still leaves the policy request. */
  minPolicyWaitMs: 300,

  // The policy request.
  /** The policy must arrive well inside Outlook's 5-second send budget; after this the cache or defaults are used. */
  policyFetchMs: 1500,
  /**
   * Compose-time events answer within policyFetchMs but let the request run this long: what
   * arrives late still refreshes the cache and is confirmed for the message's Send.
   */
  backgroundPolicyFetchMs: 6000,
  /**
   * How long a policy the server confirmed for a message (when its compose window opened, its
   * recipients or attachments changed, or the task pane loaded) stands in at Send without asking
   * the server again. A policy change reaches a message still being written within this window.
   */
  policyConfirmedForMs: 10 * 60_000,

  // Office.js calls.
  /** Each read of the draft gets this long: two of them still fit in Send's budget. */
  readMs: 2000,
  /** The one sessionData read at Send shares the first round with the draft reads, and writes are small. */
  sessionMs: 1500,
  /** A notification bar that does not answer is left as it is: the next event rewrites it. */
  notificationMs: 1500,
  /**
   * How long a compose event in the handlers' page may spend reading attachments for Send
   * (src/launchevent/page-scan.ts), loading the reader included. The event's bars are written
   * first, but Outlook runs the add-in's events one at a time, so the next event's bars wait for
   * this; what is not read by then stays unscanned for Send, and the next event tries again.
   */
  composeScanMs: 15_000,
  /** A fix the user asked for in the task pane: nobody waits on Send, so a slow client gets longer. */
  writeMs: 5000,

  // Cold start (cold-start.ts).
  /** An event that arrives later than this after the bundle's evaluation did not start the runtime. */
  coldDispatchMs: 1000,
  /**
   * A start-up longer than this means the clock did not start with this runtime (a host whose
   * clock starts with its process): nothing is charged then.
   */
  maxPlausibleStartupMs: 15_000,
} as const;

/** How long the policy request may take at Send when a cold start has already used `spentMs` of the send window. */
export function policyWaitMs(spentMs: number): number {
  return Math.min(TIMING.policyFetchMs, Math.max(TIMING.minPolicyWaitMs, TIMING.answerByMs - spentMs - TIMING.afterPolicyMs));
}
