/**
 * Text extraction from attachments (RULES.md «Attachment contents»): `.txt`, `.csv`, `.docx`,
 * `.xlsx`, `.pptx`, `.pdf` and `.zip` archives of them, one level deep. Pure functions over
 * bytes: no Node API, no DOM, so that the CLI, the task pane and the on-send runtime can share it.
 * PDF.js is imported on first use only.
 */
import { outOfTime, type ExtractionLimits } from './limits';
import { officeText, type OfficeKind } from './office';
import { loadPdfJs, pdfText, type PdfJsLoader } from './pdf';
import { decodePlainText } from './plain-text';
import { ENCRYPTED, TextSink, UNSUPPORTED, unreadable, type Extraction } from './result';
import { InflateBudget, readZipDirectory, readZipEntry } from './zip';

export { messageLimits, CLI_TIME_BUDGET_MS, MAX_FILE_BYTES, MAX_MESSAGE_TEXT_CHARS, MAX_ZIP_ENTRIES, MAX_ZIP_INFLATED_BYTES, type ExtractionLimits } from './limits';
export type { Extraction, UnreadableReason } from './result';
export type { PdfJs, PdfJsLoader } from './pdf';

type Kind = 'plain' | OfficeKind | 'pdf' | 'zip';

const KINDS: Readonly<Record<string, Kind>> = { txt: 'plain', csv: 'plain', docx: 'docx', xlsx: 'xlsx', pptx: 'pptx', pdf: 'pdf', zip: 'zip' };

/** An OLE compound file: legacy Office, and what a password-protected Office Open XML file is wrapped in. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream a password-protected Office file carries (MS-OFFCRYPTO 2.3.4), as its directory entry spells it (UTF-16 LE). */
const ENCRYPTION_INFO = utf16le('EncryptionInfo');

export interface ExtractOptions {
  /** Stands in for PDF.js (tests); PDF.js itself by default. */
  readonly pdf?: PdfJsLoader;
  /** PDF.js's character maps (pdfjs-dist/cmaps/), for Chinese in fonts a PDF does not embed (see pdfText). */
  readonly pdfCMaps?: string;
}

/** The kind of text extraction a file name calls for, or null when its contents are not read. */
export function extractableKind(name: string): Kind | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : KINDS[name.slice(dot + 1).toLowerCase()] ?? null;
}

/** Reads one attachment's text within `limits` (its `textChars` is what the message has left). */
export async function extractText(name: string, bytes: Uint8Array, limits: ExtractionLimits, options: ExtractOptions = {}): Promise<Extraction> {
  return extractKind(extractableKind(name), bytes, limits, options, true);
}

async function extractKind(kind: Kind | null, bytes: Uint8Array, limits: ExtractionLimits, options: ExtractOptions, archives: boolean): Promise<Extraction> {
  if (kind === null || (kind === 'zip' && !archives)) return UNSUPPORTED;
  if (bytes.length > limits.fileBytes) return unreadable('too-large');
  if (outOfTime(limits)) return unreadable('out-of-time');
  if (kind === 'plain') return plainText(bytes, limits);
  if (kind === 'pdf') return pdfText(bytes, limits, options.pdf ?? loadPdfJs, options.pdfCMaps);
  if (startsWith(bytes, CFB_SIGNATURE)) return includes(bytes, ENCRYPTION_INFO) ? ENCRYPTED : UNSUPPORTED;
  if (kind === 'zip') return archiveText(bytes, limits, options);
  return officeText(kind, bytes, limits);
}

function plainText(bytes: Uint8Array, limits: ExtractionLimits): Extraction {
  return { kind: 'text', ...decodePlainText(bytes, limits.textChars) };
}

/**
 * A `.zip` archive: the text of each readable file in it, one level deep. Encrypted entries add
 * nothing; the archive is `encrypted` when they were all it had to offer.
 */
async function archiveText(bytes: Uint8Array, limits: ExtractionLimits, options: ExtractOptions): Promise<Extraction> {
  const directory = readZipDirectory(bytes, limits);
  if (!directory.ok) return unreadable(directory.reason);
  const budget = new InflateBudget(limits.zipInflatedBytes);
  const sink = new TextSink(limits.textChars);
  const outcomes = new Set<Extraction['kind']>();
  let problem: Extraction | null = null;
  for (const entry of directory.entries) {
    const kind = extractableKind(entry.name);
    if (kind === null || kind === 'zip' || entry.name.endsWith('/')) continue;
    if (sink.full) break;
    if (entry.encrypted) {
      outcomes.add('encrypted');
      continue;
    }
    const data = readZipEntry(bytes, entry, budget);
    const result = data.ok ? await extractKind(kind, data.bytes, { ...limits, textChars: limits.textChars - sink.length }, options, false) : unreadable(data.reason === 'unsupported' ? 'damaged' : data.reason);
    outcomes.add(result.kind);
    if (result.kind === 'text') {
      sink.add(`${result.text}\n`);
      if (result.truncated) sink.truncated = true;
    } else if (result.kind === 'unreadable') problem ??= result;
  }
  if (outcomes.has('text')) return { kind: 'text', text: sink.text(), truncated: sink.truncated || problem !== null };
  if (problem) return problem;
  return outcomes.has('encrypted') ? ENCRYPTED : UNSUPPORTED;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let at = bytes.indexOf(needle[0]!); at >= 0; at = bytes.indexOf(needle[0]!, at + 1)) {
    for (let i = 1; i < needle.length; i++) if (bytes[at + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
  return bytes;
}

/**
 * Reads every attachment of one message within one set of limits: the text budget is shared in
 * attachment order (RULES.md: the first 5 MiB of text per message), and so is the time budget.
 * A name whose kind is not read gives `unsupported` without its bytes being looked at.
 */
export async function extractAll(files: readonly { readonly name: string; readonly bytes: Uint8Array }[], limits: ExtractionLimits, options: ExtractOptions = {}): Promise<Extraction[]> {
  const results: Extraction[] = [];
  let used = 0;
  for (const file of files) {
    const result = await extractText(file.name, file.bytes, { ...limits, textChars: Math.max(0, limits.textChars - used) }, options);
    if (result.kind === 'text') used += result.text.length;
    results.push(result);
  }
  return results;
}
