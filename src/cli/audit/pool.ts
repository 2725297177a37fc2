/**
 * Where batches are evaluated: in worker threads (one per core), or in the main thread with
 * `--jobs 1`. A bounded number of batches is in flight: `submit` waits while the workers are
 * behind, so the readers never get far ahead of them and memory stays flat in the mailbox size.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { tallyBatch, type AuditContext } from './evaluate-item';
import type { AuditItem } from './items';
import type { AuditTally } from './tally';

export interface BatchRunner {
  /** Hands a batch over; resolves once there is room for the next one. */
  submit(batch: AuditItem[]): Promise<void>;
  /** Resolves when every batch handed over has been tallied. */
  close(): Promise<void>;
}

/** Batches each worker may have queued besides the one it works on: enough to never wait for the reader. */
const QUEUED_PER_WORKER = 1;

/** What a worker is started with: the policy as its text (a resolved policy holds compiled patterns). */
export interface WorkerSetup {
  readonly policyText: string | null;
  readonly locale: AuditContext['locale'];
  readonly now: number;
}

export type WorkerRequest = { readonly id: number; readonly items: AuditItem[] };
export type WorkerReply = { readonly id: number; readonly tally: AuditTally } | { readonly id: number; readonly error: string };

/** The memory of message bytes a batch owns outright, moved to the worker instead of copied. */
function transferable(items: readonly AuditItem[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const item of items) {
    if (item.kind !== 'bytes') continue;
    const { buffer, byteOffset, byteLength } = item.bytes;
    if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength && !buffers.includes(buffer)) buffers.push(buffer);
  }
  return buffers;
}

export function inlineRunner(context: AuditContext, onTally: (tally: AuditTally) => void): BatchRunner {
  return {
    submit: async (batch) => onTally(await tallyBatch(batch, context)),
    close: async () => undefined,
  };
}

export function workerRunner(script: string, count: number, setup: WorkerSetup, onTally: (tally: AuditTally) => void): BatchRunner {
  // The workers collect garbage between batches once they hold much (worker.ts): the flag gives them `gc`.
  setFlagsFromString('--expose-gc');
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: setup }));
  const idle = [...workers];
  const queue: WorkerRequest[] = [];
  const roomWaiters: (() => void)[] = [];
  const drainWaiters: (() => void)[] = [];
  const limit = count * (1 + QUEUED_PER_WORKER);
  let inFlight = 0;
  let nextId = 0;
  let failure: Error | null = null;

  const wakeAll = (): void => {
    for (const wake of roomWaiters.splice(0)) wake();
    if (inFlight === 0 || failure) for (const wake of drainWaiters.splice(0)) wake();
  };
  const pump = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const request = queue.shift()!;
      idle.pop()!.postMessage(request, transferable(request.items));
    }
  };
  const fail = (error: Error): void => {
    failure = failure ?? error;
    wakeAll();
  };
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) return fail(new Error(reply.error));
      onTally(reply.tally);
      inFlight -= 1;
      idle.push(worker);
      pump();
      wakeAll();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a worker exited with code ${code}`));
    });
  }
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    async submit(batch) {
      check();
      queue.push({ id: nextId++, items: batch });
      inFlight += 1;
      pump();
      while (inFlight >= limit && !failure) await new Promise<void>((wake) => roomWaiters.push(wake));
      check();
    },
    async close() {
      try {
        while (inFlight > 0 && !failure) await new Promise<void>((wake) => drainWaiters.push(wake));
        check();
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}
