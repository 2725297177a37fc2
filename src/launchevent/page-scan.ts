import type { ComposeItemLike } from '../office/mailbox';
import { withDeadline } from '../office/office-call';
import type { CheckResult } from '../office/run-check';
import { TIMING } from '../office/timing';

/** Reads the attachments Send has no result for and adds them to its cache in sessionData: src/taskpane/compose-scan.ts. */
export type AttachmentScan = (item: ComposeItemLike, check: CheckResult) => Promise<void>;

/** The pane's attachment reader for the handlers' page, a file beside it (webpack.config.js, taskpane). */
export const SCAN_SCRIPT = 'taskpane.scan.js';
/** Where the script leaves its AttachmentScan on the page. */
export const SCAN_GLOBAL = 'preflightScan';

/**
 * In commands.html (new Outlook, the web, Mac) the compose events read the attachments' content as
 * the pane does, with the pane's own reader: SCAN_SCRIPT, added to the page once, when the check
 * found attachments Send would count as unscanned. Classic Outlook's JavaScript-only runtime has no
 * page, and its launchevent.js has no such code: there only the pane reads them. Whatever happens,
 * it settles within `deadlineMs`; a script that does not load in that time, or fails to, is tried
 * again at the next event; a scan that fails leaves those attachments unscanned at Send.
 */
export function pageScanner(deadlineMs: number = TIMING.composeScanMs): AttachmentScan {
  let loaded: Promise<AttachmentScan> | undefined;
  return (item, check) => {
    const page = (globalThis as { document?: Document }).document;
    if (!page || !check.read.unscanned) return Promise.resolve();
    const scanner = (loaded ??= loadScanner(page, deadlineMs).catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
    // withDeadline settles on a rejection too: a reader that failed to load or to scan.
    return withDeadline(
      scanner.then((scan) => scan(item, check)),
      deadlineMs,
      () => undefined,
    );
  };
}

function loadScanner(page: Document, deadlineMs: number): Promise<AttachmentScan> {
  return new Promise((done, fail) => {
    const script = page.createElement('script');
    const failed = (why: string) => {
      clearTimeout(timer);
      script.remove();
      fail(new Error(`${SCAN_SCRIPT} ${why}`));
    };
    const timer = setTimeout(() => failed('did not load in time'), deadlineMs);
    script.onload = () => {
      clearTimeout(timer);
      const scan = (globalThis as Record<string, unknown>)[SCAN_GLOBAL];
      if (typeof scan == 'function') done(scan as AttachmentScan);
      else fail(new Error(`${SCAN_SCRIPT} left no scanner`));
    };
    script.onerror = () => failed('did not load');
    script.src = SCAN_SCRIPT;
    page.head.appendChild(script);
  });
}
