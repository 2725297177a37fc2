/**
 * The page `npm run bench -- send` opens in Chromium as a cold add-in runtime started by the
 * Send click: navigation start is the click. This script (inlined in the page) installs the
 * simulated mailbox as `Office`; the page then loads the BUILT launchevent.js like the runtime
 * page does, and `fire()` hands the send event to the handler it associated.
 */
import type { SimulatedMessage, SimulatorOptions } from '../src/playground/simulated-mailbox';
import { SimulatedMailbox } from '../src/playground/simulated-mailbox';

export interface SendRun {
  readonly message: Partial<SimulatedMessage>;
  readonly options: SimulatorOptions;
}

export interface SendTiming {
  /** From the click to the script having downloaded, parsed and run. */
  readonly loadMs: number;
  /** From the handler's start to `event.completed`: the draft read, policy fetch, evaluation and header write. */
  readonly handlerMs: number;
  readonly totalMs: number;
  readonly allowEvent: boolean;
  readonly auditHeader: string | null;
}

type Handler = (event: { completed(options?: { allowEvent?: boolean }): void }) => void;

interface BenchWindow {
  Office?: unknown;
  preflightSendRun?: SendRun;
  preflightBench?: { fire(): void; result: Promise<SendTiming> };
}

const page = window as unknown as BenchWindow;
const run = page.preflightSendRun;
if (!run) throw new Error('the benchmark sets preflightSendRun before the page loads');
const mailbox = new SimulatedMailbox(run.message, run.options);
const handlers: Record<string, Handler> = {};
page.Office = { actions: { associate: (name: string, handler: Handler) => (handlers[name] = handler) }, context: mailbox.context };

let fire: () => void = () => undefined;
const result = new Promise<SendTiming>((resolve, reject) => {
  fire = () => {
    const loaded = performance.now();
    const handler = handlers.onMessageSendHandler;
    if (!handler) {
      reject(new Error('launchevent.js did not associate onMessageSendHandler'));
      return;
    }
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
});
page.preflightBench = { fire: () => fire(), result };
