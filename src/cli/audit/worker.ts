/**
 * A worker thread of `preflight audit` (its own webpack entry, build/cli/audit-worker.js): it
 * parses the policy once, then tallies each batch it receives and sends the tally back.
 */
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

const port = parentPort;
if (port) {
  const context = contextOf(workerData as WorkerSetup);
  port.on('message', (request: WorkerRequest) => {
    tallyBatch(request.items, context).then(
      (tally) => port.postMessage({ id: request.id, tally } satisfies WorkerReply),
      (error: unknown) => port.postMessage({ id: request.id, error: String((error as Error).stack ?? error) } satisfies WorkerReply),
    );
  });
}
