/**
 * A PDF's text layer, by PDF.js (the serverless build unpdf ships: one module, no worker, no
 * network, no DOM). It is loaded on first use only, so nothing that never meets a PDF (the
 * on-send bundle) carries its 1.6 MB.
 */
import { outOfTime, type ExtractionLimits } from './limits';
import { ENCRYPTED, partial, TextSink, unreadable, type Extraction } from './result';

/** The part of PDF.js used here, so that tests can stand in for it. */
export interface PdfJs {
  getDocument(source: DocumentSource): { promise: Promise<PdfDocument> };
}
interface PdfDocument {
  readonly numPages: number;
  getPage(number: number): Promise<{ getTextContent(): Promise<{ items: readonly object[] }> }>;
  destroy(): Promise<void>;
}

interface DocumentSource {
  readonly data: Uint8Array;
  readonly isEvalSupported: boolean;
  readonly useSystemFonts: boolean;
  readonly disableFontFace: boolean;
  readonly verbosity: number;
  readonly cMapUrl?: string;
  readonly cMapPacked?: boolean;
  /** False: the character maps are read by the calling thread's factory (files in Node, fetch in a browser), not by the worker's fetch. */
  readonly useWorkerFetch?: boolean;
}

export type PdfJsLoader = () => Promise<PdfJs>;

export const loadPdfJs: PdfJsLoader = async () => (await import('unpdf/pdfjs')) as unknown as PdfJs;

const PDF_HEADER = new TextEncoder().encode('%PDF-');
/** Readers accept a header anywhere in the first kilobyte (ISO 32000-1 annex H). */
const HEADER_WINDOW = 1024;

/**
 * `cMaps`: where PDF.js finds the character maps of pdfjs-dist (its `cmaps/` folder: a path in
 * Node, a URL in a browser). Chinese set in a font the PDF names without embedding it (reportlab's
 * STSong-Light, Acrobat's Asian font packs) reads as nothing without them.
 */
export async function pdfText(bytes: Uint8Array, limits: ExtractionLimits, load: PdfJsLoader = loadPdfJs, cMaps?: string): Promise<Extraction> {
  if (indexOf(bytes.subarray(0, HEADER_WINDOW), PDF_HEADER) < 0) return unreadable('damaged');
  // Only a PDF that asks for a password to open is encrypted to a reader: one with an owner
  // password alone (no printing, no copying) opens, and its text counts (PDF.js decrypts it).
  let document: PdfDocument;
  try {
    const pdfjs = await load();
    // PDF.js takes ownership of the buffer it is given: a copy keeps the caller's bytes intact.
    const source: DocumentSource = { data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 };
    document = await pdfjs.getDocument(cMaps ? { ...source, cMapUrl: cMaps, cMapPacked: true, useWorkerFetch: false } : source).promise;
  } catch (error) {
    return (error as Error | undefined)?.name === 'PasswordException' ? ENCRYPTED : unreadable('damaged');
  }
  try {
    return await pagesText(document, limits);
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

async function pagesText(document: PdfDocument, limits: ExtractionLimits): Promise<Extraction> {
  const sink = new TextSink(limits.textChars);
  for (let number = 1; number <= document.numPages && !sink.full; number++) {
    if (outOfTime(limits)) return partial(sink, 'out-of-time');
    try {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) {
        const { str, hasEOL } = item as { str?: string; hasEOL?: boolean };
        sink.add(str ?? '');
        if (hasEOL) sink.add('\n');
      }
      sink.add('\n');
    } catch {
      // A damaged page ends the reading; what came before it still counts.
      const text = sink.text();
      return text.trim() === '' ? unreadable('damaged') : { kind: 'text', text, truncated: true };
    }
  }
  const text = sink.text();
  // Scanned pages, or fonts without a Unicode mapping: no text is not the same as nothing sensitive.
  if (text.trim() === '') return unreadable('no-text');
  return { kind: 'text', text, truncated: sink.truncated };
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let at = bytes.indexOf(first); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}
