/**
 * taskpane.scan.js: the pane's attachment reader for the handlers' page (commands.html), which
 * loads it at compose time in new Outlook, the web and Mac (src/launchevent/page-scan.ts). What it
 * reads goes into that check's bars and, as in the pane, into sessionData for Send. Files are read
 * once per id and size while the page lives.
 */
import { SCAN_GLOBAL, type AttachmentScan } from '../launchevent/page-scan';
import { newScanMemo, withAttachmentText } from './attachment-scan';

const memo = newScanMemo();

const scan: AttachmentScan = async (item, check) => (await withAttachmentText(item, check, memo)).checked;

(globalThis as Record<string, unknown>)[SCAN_GLOBAL] = scan;
