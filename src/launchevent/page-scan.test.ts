import type { ComposeItemLike } from '../office/mailbox';
import type { CheckResult } from '../office/run-check';
import { pageScanner, SCAN_GLOBAL, SCAN_SCRIPT, type AttachmentScan } from './page-scan';

/** How a script element added to the fake page behaves: loads and leaves `scan`, fails, or never answers. */
type Outcome = { readonly scan?: AttachmentScan; readonly fails?: boolean; readonly hangs?: boolean };

function fakePage(outcome: () => Outcome) {
  const added: string[] = [];
  const removed: string[] = [];
  const page = {
    createElement: () => {
      const script = { src: '', onload: null as (() => void) | null, onerror: null as (() => void) | null, remove: () => removed.push(script.src) };
      return script;
    },
    head: {
      appendChild(script: { src: string; onload: (() => void) | null; onerror: (() => void) | null }) {
        added.push(script.src);
        const { scan, fails, hangs } = outcome();
        if (!hangs)
          setTimeout(() => {
            if (fails) return script.onerror?.();
            (globalThis as Record<string, unknown>)[SCAN_GLOBAL] = scan;
            script.onload?.();
          }, 0);
        return script;
      },
    },
  };
  return { page, added, removed };
}

const item = {} as ComposeItemLike;
/** A compose check with `unscanned` attachments Send has no result for. */
const checkWith = (unscanned: number) => ({ read: { unscanned } }) as unknown as CheckResult;

let restore: () => void = () => undefined;
function onPage(page: object): void {
  const globals = globalThis as Record<string, unknown>;
  Object.defineProperty(globals, 'document', { value: page, configurable: true, writable: true });
  restore = () => {
    delete globals.document;
    delete globals[SCAN_GLOBAL];
  };
}

afterEach(() => restore());

test('attachments Send would count as unscanned: the reader is loaded once, and every later event uses it', async () => {
  const scan = jest.fn<Promise<void>, Parameters<AttachmentScan>>(() => Promise.resolve());
  const { page, added } = fakePage(() => ({ scan }));
  onPage(page);
  const inPage = pageScanner();
  await inPage(item, checkWith(1));
  await inPage(item, checkWith(2));
  expect(added).toEqual([SCAN_SCRIPT]);
  expect(scan.mock.calls.map(([, check]) => check.read.unscanned)).toEqual([1, 2]);
});

test('nothing unscanned (none of a read kind, all cached already, cloud links only), or no page: no script', async () => {
  const scan = jest.fn<Promise<void>, Parameters<AttachmentScan>>(() => Promise.resolve());
  const { page, added } = fakePage(() => ({ scan }));
  onPage(page);
  await pageScanner()(item, checkWith(0));
  restore();
  await pageScanner()(item, checkWith(1));
  expect(added).toEqual([]);
  expect(scan).not.toHaveBeenCalled();
});

test('a reader that does not load is removed and tried again at the next event', async () => {
  let attempt = 0;
  const scan = jest.fn<Promise<void>, Parameters<AttachmentScan>>(() => Promise.resolve());
  const { page, added, removed } = fakePage(() => (++attempt === 1 ? { fails: true } : { scan }));
  onPage(page);
  const inPage = pageScanner();
  await expect(inPage(item, checkWith(1))).resolves.toBeUndefined();
  expect(scan).not.toHaveBeenCalled();
  await inPage(item, checkWith(1));
  expect(scan).toHaveBeenCalledTimes(1);
  expect(added).toEqual([SCAN_SCRIPT, SCAN_SCRIPT]);
  expect(removed).toEqual([SCAN_SCRIPT]);
});

test('a reader that throws, or a script that left none, settles the event', async () => {
  onPage(fakePage(() => ({ scan: () => Promise.reject(new Error('getAttachmentContentAsync failed')) })).page);
  await expect(pageScanner()(item, checkWith(1))).resolves.toBeUndefined();
  restore();
  onPage(fakePage(() => ({})).page);
  await expect(pageScanner()(item, checkWith(1))).resolves.toBeUndefined();
});

describe('within the deadline, whatever hangs', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('a script that never loads: the event settles at the deadline, and the next event loads it again', async () => {
    let attempt = 0;
    const scan = jest.fn<Promise<void>, Parameters<AttachmentScan>>(() => Promise.resolve());
    const { page, added } = fakePage(() => (++attempt === 1 ? { hangs: true } : { scan }));
    onPage(page);
    const inPage = pageScanner(1000);
    let settled = false;
    const first = inPage(item, checkWith(1)).then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await first;
    const second = inPage(item, checkWith(1));
    await jest.advanceTimersByTimeAsync(1);
    await second;
    expect(added).toEqual([SCAN_SCRIPT, SCAN_SCRIPT]);
    expect(scan).toHaveBeenCalledTimes(1);
  });

  test('a scan that never finishes: the event settles at the deadline', async () => {
    onPage(fakePage(() => ({ scan: () => new Promise<void>(() => undefined) })).page);
    let settled = false;
    const event = pageScanner(1000)(item, checkWith(1)).then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(1000);
    await event;
    expect(settled).toBe(true);
  });
});
