/**
 * The stand-in for Office.js in `npm run bench -- send`: a cold add-in runtime started by the Send
 * click, whose navigation start is the click. It installs the simulated mailbox as `Office`; the
 * runtime page then runs the BUILT handlers (inline in commands.html, or launchevent.js), and the
 * moment they associate the send handler, the send event is handed to it, as Outlook does.
 */
import type { SimulatedMessage, SimulatorOptions } from '../src/playground/simulated-mailbox';
import { SimulatedMailbox } from '../src/playground/simulated-mailbox';

export interface SendRun {
  readonly message: Partial<SimulatedMessage>;
  readonly options: SimulatorOptions;
  /** What the compose-time handlers left in the item's sessionData. */
  readonly sessionData: Readonly<Record<string, string>>;
}

export interface SendTiming {
  /** From the click to the handlers having downloaded, parsed and run. */
  readonly loadMs: number;
  /** From the handler's start to `event.completed`: the draft read, policy fetch, evaluation and header write. */
  readonly handlerMs: number;
  readonly totalMs: number;
  readonly allowEvent: boolean;
  readonly auditHeader: string | null;
}

type Handler = (event: { completed(options?: { allowEvent?: boolean }): void }) => void;

declare global {
  interface Window {
    /** Set by the benchmark before the page loads. */
    preflightSendRun?: SendRun;
    /** Set by this page; settles when the send handler completes its event. */
    preflightSendResult?: Promise<SendTiming>;
  }
}

const run = window.preflightSendRun;
if (!run) throw new Error('the benchmark sets preflightSendRun before the page loads');
const mailbox = new SimulatedMailbox(run.message, run.options);
for (const [key, value] of Object.entries(run.sessionData)) mailbox.sessionData.set(key, value);

window.preflightSendResult = new Promise<SendTiming>((resolve) => {
  const fire = (handler: Handler) => {
    const loaded = performance.now();
    handler({
      completed: (options) => {
        const done = performance.now();
        resolve({
          loadMs: loaded,
          handlerMs: done - loaded,
          totalMs: done,
          allowEvent: options?.allowEvent !== false,
          auditHeader: mailbox.headers['X-Preflight'] ?? null,
        });
      },
    });
  };
  const associate = (name: string, handler: Handler) => {
    if (name === 'onMessageSendHandler') setTimeout(() => fire(handler), 0);
  };
  // Object.assign: to the type checker `Office` is Office.js's namespace, not a property a page sets.
  Object.assign(window, { Office: { actions: { associate }, context: mailbox.context } });
});
