import type { ComposeItemLike } from '../office/mailbox';
import { isScannedKind } from '../office/attachment-cache';
import type { CheckResult } from '../office/run-check';

/** Reads the draft's attachments into the check and leaves what Send needs in sessionData: src/taskpane/compose-scan.ts. */
export type AttachmentScan = (item: ComposeItemLike, check: CheckResult) => Promise<CheckResult>;

/** The pane's attachment reader for the handlers' page, a file beside it (webpack.config.js, taskpane). */
export const SCAN_SCRIPT = 'taskpane.scan.js';
/** Where the script leaves its AttachmentScan on the page. */
export const SCAN_GLOBAL = 'preflightScan';

/**
 * In commands.html (new Outlook, the web, Mac) the compose events read the attachments' text as
 * the pane does, with the pane's own reader: SCAN_SCRIPT, added to the page once, for a draft with
 * an attachment of a kind whose text is read. Classic Outlook's JavaScript-only runtime has no page
 * and its launchevent.js has no such code: there only the pane reads them. A script that fails to
 * load or to scan leaves the check as it was, and Send counts those attachments as unscanned; one
 * that did not load is tried again at the next event.
 */
export function pageScanner(): AttachmentScan {
  let loaded: Promise<AttachmentScan> | undefined;
  return (item, check) => {
    const page = (globalThis as { document?: Document }).document;
    if (!page || !check.read.draft.attachments.some((file) => isScannedKind(file.name))) return Promise.resolve(check);
    const scanner = (loaded ??= loadScanner(page).catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
    return scanner.then((scan) => scan(item, check)).catch(() => check);
  };
}

function loadScanner(page: Document): Promise<AttachmentScan> {
  return new Promise((done, fail) => {
    const script = page.createElement('script');
    script.onload = () => {
      const scan = (globalThis as Record<string, unknown>)[SCAN_GLOBAL];
      if (typeof scan == 'function') done(scan as AttachmentScan);
      else fail(new Error(`${SCAN_SCRIPT} left no scanner`));
    };
    script.onerror = () => fail(new Error(`${SCAN_SCRIPT} did not load`));
    script.src = SCAN_SCRIPT;
    page.head.appendChild(script);
  });
}
