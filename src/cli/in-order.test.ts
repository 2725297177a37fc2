import { forEachInOrder } from './in-order';

test('emits results in item order although they finish out of order, never running more than the limit', async () => {
  const delays = [30, 5, 20, 1, 10, 0, 15];
  let running = 0;
  let peak = 0;
  const emitted: number[] = [];
  await forEachInOrder(
    delays,
    3,
    async (delay) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running -= 1;
      return delay;
    },
    (result) => emitted.push(result),
  );
  expect(emitted).toEqual(delays);
  expect(peak).toBe(3);
});

test('no items, no calls', async () => {
  const emit = jest.fn();
  await forEachInOrder([], 4, async () => 1, emit);
  expect(emit).not.toHaveBeenCalled();
});
