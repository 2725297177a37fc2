import { TIMING } from '../office/timing';
import { coldStart } from './cold-start';

const { coldDispatchMs: COLD_DISPATCH_MS, maxPlausibleStartupMs: MAX_PLAUSIBLE_STARTUP_MS } = TIMING;

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('cold start', () => {
  test('the first event right after evaluation is charged the download and parse time', () => {
    const time = clock();
    const startup = coldStart(() => 2900, time.now);
    time.advance(40);
    expect(startup.claim()).toBe(2940);
  });

  test('only once: later events of the same runtime spent nothing on start-up', () => {
    const time = clock();
    const startup = coldStart(() => 2900, time.now);
    startup.claim();
    expect(startup.claim()).toBe(0);
  });

  test('an event long after evaluation found the runtime already running', () => {
    const time = clock();
    const startup = coldStart(() => 2900, time.now);
    time.advance(COLD_DISPATCH_MS + 1);
    expect(startup.claim()).toBe(0);
  });

  test('an event exactly at the cold-dispatch limit still counts as the one that started the runtime', () => {
    const time = clock();
    const startup = coldStart(() => 2900, time.now);
    time.advance(COLD_DISPATCH_MS);
    expect(startup.claim()).toBe(2900 + COLD_DISPATCH_MS);
  });

  test('a clock that did not start with the runtime is not believed', () => {
    expect(coldStart(() => MAX_PLAUSIBLE_STARTUP_MS + 1, clock().now).claim()).toBe(0);
    expect(coldStart(() => -5, clock().now).claim()).toBe(0);
  });

  test('a runtime without a clock of its own charges nothing', () => {
    expect(coldStart(null, clock().now).claim()).toBe(0);
  });
});
