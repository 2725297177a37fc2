/**
 * A worker thread of `preflight audit` (its own webpack entry, build/cli/audit-worker.js): it
 * parses the policy once, then tallies each batch it receives and sends the tally back.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_POLICY, parsePolicyText, type Policy } from '../../engine';
import { tallyBatch, type AuditContext } from './evaluate-item';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './pool';

function contextOf(setup: WorkerSetup): AuditContext {
  let policy: Policy = DEFAULT_POLICY;
  if (setup.policyText !== null) {
    const parsed = parsePolicyText(setup.policyText);
    // The main thread validated this text before starting the workers.
    if (!parsed.ok) throw new Error('the policy did not validate in a worker');
    policy = parsed.policy;
  }
  return { policy, locale: setup.locale, now: new Date(setup.now) };
}

/**
 * Past these, a worker collects its garbage between batches. Left to itself, V8 lets a worker's
 * heap and the memory outside it (the strings and buffers of parsed mail) grow for the first
 * 40,000 or so messages: the peak of 100,000 messages was 1.23-1.26 times that of 10,000, and is
 * 1.05-1.11 times with these (at 3,900 messages/s instead of 4,500 on 2 cores; a lower external
 * bound, 16 MiB, gave 1.04 at 3,100/s).
 */
const SETTLE_AT = { heapBytes: 64 * 1024 * 1024, externalBytes: 24 * 1024 * 1024 } as const;

/** `gc` is there because the pool starts the workers with `--expose-gc`; without it nothing is forced. */
function settleMemory(): void {
  const collect: unknown = Reflect.get(globalThis, 'gc');
  if (typeof collect !== 'function') return;
  if (process.memoryUsage().external > SETTLE_AT.externalBytes || getHeapStatistics().used_heap_size > SETTLE_AT.heapBytes) collect();
}

const port = parentPort;
if (port) {
  const context = contextOf(workerData as WorkerSetup);
  port.on('message', (request: WorkerRequest) => {
    tallyBatch(request.items, context).then(
      (tally) => {
        settleMemory();
        port.postMessage({ id: request.id, tally } satisfies WorkerReply);
      },
      (error: unknown) => port.postMessage({ id: request.id, error: String((error as Error).stack ?? error) } satisfies WorkerReply),
    );
  });
}
