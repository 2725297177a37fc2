/**
 * The task pane's attachment extractors, loaded on first use as a chunk of their own
 * (attachment-scan.ts imports it dynamically): fflate and the XML readers, and PDF.js behind
 * them, stay out of taskpane.js until a draft has an attachment whose text is read. It shares no
 * module with taskpane.js: one both used would be left out of its bundle's scope hoisting.
 */
import { extractText, messageLimits, type Extraction, type PdfJs } from '../attachments';
import type { AttachmentContent } from '../engine/draft';

/**
 * How long one attachment's text may take in the pane: nobody waits on it as on Send, but a
 * crafted file must not keep the pane checking; a 50-page PDF takes about a second.
 */
export const PANE_EXTRACT_MS = 20_000;

/** The folder beside taskpane.html that holds the character maps; named taskpane.* so the on-send build's clean keeps it. */
export const PANE_CMAPS_FOLDER = 'taskpane.cmaps';

/** One attachment's text from its base64 content, within a message's limits of its own. */
export async function readContent(name: string, base64: string): Promise<AttachmentContent> {
  return contentOf(await extractText(name, decodeBase64(base64), messageLimits(PANE_EXTRACT_MS), { pdf: loadPdfJs, pdfCMaps: cMapsUrl() }));
}

/**
 * pdfjs-dist's character maps, copied beside the pane page (webpack.config.js) and fetched from
 * the add-in's own host when a PDF names a Chinese font it does not embed; none outside a page.
 */
function cMapsUrl(): string | undefined {
  return typeof document === 'undefined' ? undefined : new URL(`${PANE_CMAPS_FOLDER}/`, document.baseURI).href;
}

/** PDF.js (1.6 MB) in a chunk of its own, named so that the deployed files have stable names: loaded for a PDF only. */
const loadPdfJs = async (): Promise<PdfJs> => (await import(/* webpackChunkName: "pdfjs" */ 'unpdf/pdfjs')) as unknown as PdfJs;

function contentOf(result: Extraction): AttachmentContent {
  if (result.kind === 'text') return { scan: 'text', text: result.text };
  if (result.kind === 'unreadable') return { scan: 'unscanned' };
  return { scan: result.kind };
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/gu, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
