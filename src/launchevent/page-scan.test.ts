import type { ComposeItemLike } from '../office/mailbox';
import type { CheckResult } from '../office/run-check';
import { pageScanner, SCAN_GLOBAL, SCAN_SCRIPT, type AttachmentScan } from './page-scan';

/** A page whose script elements "load" as `outcome` says: leaving `scan` as the scanner, or failing. */
function fakePage(outcome: () => { scan?: AttachmentScan; fails?: boolean }) {
  const added: string[] = [];
  const page = {
    createElement: () => ({ src: '', onload: null as (() => void) | null, onerror: null as (() => void) | null }),
    head: {
      appendChild(script: { src: string; onload: (() => void) | null; onerror: (() => void) | null }) {
        added.push(script.src);
        const { scan, fails } = outcome();
        setTimeout(() => {
          if (fails) return script.onerror?.();
          (globalThis as Record<string, unknown>)[SCAN_GLOBAL] = scan;
          script.onload?.();
        }, 0);
        return script;
      },
    },
  };
  return { page, added };
}

const item = {} as ComposeItemLike;
const checkWith = (...names: string[]) => ({ read: { draft: { attachments: names.map((name) => ({ name, size: 10 })) } }, tag: 'read' }) as unknown as CheckResult;
const scanned = (check: CheckResult) => ({ ...check, tag: 'scanned' }) as CheckResult;
const tagOf = (check: CheckResult) => (check as unknown as { tag: string }).tag;

let restore: () => void = () => undefined;
function onPage(page: object): void {
  const globals = globalThis as Record<string, unknown>;
  const had = Object.getOwnPropertyDescriptor(globals, 'document');
  Object.defineProperty(globals, 'document', { value: page, configurable: true, writable: true });
  restore = () => {
    if (had) Object.defineProperty(globals, 'document', had);
    else delete globals.document;
    delete globals[SCAN_GLOBAL];
  };
}

afterEach(() => restore());

test('a draft with a workbook loads the reader once, and every later event uses the same one', async () => {
  const scan = jest.fn(async (_item: ComposeItemLike, check: CheckResult) => scanned(check));
  const { page, added } = fakePage(() => ({ scan }));
  onPage(page);
  const inPage = pageScanner();
  expect(tagOf(await inPage(item, checkWith('工资表.xlsx')))).toBe('scanned');
  expect(tagOf(await inPage(item, checkWith('工资表.xlsx', '合同.pdf')))).toBe('scanned');
  expect(added).toEqual([SCAN_SCRIPT]);
  expect(scan).toHaveBeenCalledTimes(2);
});

test('no attachment whose text is read, or no page at all: the check as it was, no script', async () => {
  const { page, added } = fakePage(() => ({ scan: async (_i, check) => scanned(check) }));
  onPage(page);
  const inPage = pageScanner();
  const check = checkWith('旧表.xls', 'logo.png');
  expect(await inPage(item, check)).toBe(check);
  expect(await inPage(item, checkWith())).toEqual(checkWith());
  expect(added).toEqual([]);
  restore();
  const noPage = checkWith('工资表.xlsx');
  expect(await pageScanner()(item, noPage)).toBe(noPage);
});

test('a reader that does not load leaves the check as it was, and is tried again at the next event', async () => {
  let attempt = 0;
  const { page, added } = fakePage(() => (++attempt === 1 ? { fails: true } : { scan: async (_i, check) => scanned(check) }));
  onPage(page);
  const inPage = pageScanner();
  const check = checkWith('工资表.xlsx');
  expect(await inPage(item, check)).toBe(check);
  expect(tagOf(await inPage(item, check))).toBe('scanned');
  expect(added).toEqual([SCAN_SCRIPT, SCAN_SCRIPT]);
});

test('a reader that throws, or a script that left no reader, leaves the check as it was', async () => {
  const { page } = fakePage(() => ({ scan: () => Promise.reject(new Error('getAttachmentContentAsync failed')) }));
  onPage(page);
  const check = checkWith('名单.csv');
  expect(await pageScanner()(item, check)).toBe(check);
  restore();
  onPage(fakePage(() => ({})).page);
  expect(await pageScanner()(item, check)).toBe(check);
});
