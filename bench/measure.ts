/** Runs `fn` until `minMs` has passed (after warm-up) and returns the median time of one run in ms. */
export function measure(fn: () => void, { warmup = 3, minRuns = 5, minMs = 300 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function report(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(48)} ${ms.toFixed(2).padStart(9)} ms${extra ? `  ${extra}` : ''}`);
}
