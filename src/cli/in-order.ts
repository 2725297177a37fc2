/**
 * Runs `work` over `items` with at most `concurrency` at a time and hands each result to
 * `emit` in the items' order, as soon as it and every result before it are ready.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
  emit: (result: R, item: T) => void,
): Promise<void> {
  const ready = new Map<number, R>();
  let nextToStart = 0;
  let nextToEmit = 0;
  const flush = (): void => {
    while (ready.has(nextToEmit)) {
      const result = ready.get(nextToEmit) as R;
      ready.delete(nextToEmit);
      emit(result, items[nextToEmit]!);
      nextToEmit += 1;
    }
  };
  const worker = async (): Promise<void> => {
    while (nextToStart < items.length) {
      const index = nextToStart;
      nextToStart += 1;
      ready.set(index, await work(items[index]!));
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
