/** A clock that only moves when everything runnable has run: timers fire in order, at once (the fault-injection runs of send-faults.ts). */
export class VirtualClock {
  now = 0;
  private next = 1;
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  /** Exceptions thrown by timer callbacks, i.e. into Office's own callback or the host's event loop. */
  readonly escaped: string[] = [];
  private readonly epoch = Date.UTC(2026, 10, 20, 2, 0, 0);

  readonly setTimeout = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): number => {
    const id = this.next++;
    this.timers.set(id, { at: this.now + Math.max(0, Number(ms) || 0), run: () => callback(...args) });
    return id;
  };

  readonly clearTimeout = (id: unknown): void => {
    this.timers.delete(id as number);
  };

  /** `Date` for the runtime: `Date.now()` and `new Date()` read the virtual time. */
  readonly Date = ((clock: VirtualClock) =>
    class extends Date {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(clock.epoch + clock.now);
        else super(...(args as [number]));
      }
      static override now(): number {
        return clock.epoch + clock.now;
      }
    })(this);

  /** Runs every timer due up to `horizonMs`, letting promise jobs run between them. */
  async runUntil(horizonMs: number): Promise<void> {
    for (;;) {
      await drainJobs();
      let due: [number, { at: number; run: () => void }] | undefined;
      for (const entry of this.timers) if (!due || entry[1].at < due[1].at) due = entry;
      if (!due || due[1].at > horizonMs) return;
      this.timers.delete(due[0]);
      this.now = Math.max(this.now, due[1].at);
      try {
        due[1].run();
      } catch (error) {
        this.escaped.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      }
    }
  }
}

/** Lets every queued promise job (the bundle's and the host's) run. */
export async function drainJobs(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

