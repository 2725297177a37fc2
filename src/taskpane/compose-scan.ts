/**
 * taskpane.scan.js: the pane's attachment reader for the handlers' page (commands.html), which
 * loads it at compose time in new Outlook, the web and Mac (src/launchevent/page-scan.ts). It reads
 * the attachments Send would count as unscanned into the same sessionData cache the pane writes.
 * Files are read once per id and size while the page lives.
 */
import '../office/page-built-ins';
import { SCAN_GLOBAL, type AttachmentScan } from '../launchevent/page-scan';
import { cacheUnscannedAttachments, newScanMemo } from './attachment-scan';

const memo = newScanMemo();

const scan: AttachmentScan = (item, check) => cacheUnscannedAttachments(item, check, memo);

(globalThis as Record<string, unknown>)[SCAN_GLOBAL] = scan;
