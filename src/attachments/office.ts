/**
 * Word, Excel and PowerPoint files (Office Open XML: a ZIP of XML parts). Only the parts that
 * hold what people wrote are inflated; images and embedded objects are never read.
 */
import { outOfTime, type ExtractionLimits } from './limits';
import { ENCRYPTED, partial, TextSink, unreadable, type Extraction } from './result';
import { InflateBudget, readZipDirectory, readZipEntry, type ZipEntry } from './zip';
import { commentText, runText, sheetNames, sheetText, sharedStrings } from './xml-text';

export type OfficeKind = 'docx' | 'xlsx' | 'pptx';

const WORD_PART = /^word\/(?:document|header\d*|footer\d*|comments|footnotes|endnotes)\.xml$/u;
const SLIDE_PART = /^ppt\/slides\/slide(\d+)\.xml$/u;
const NOTES_PART = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/u;
const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/u;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const WORKBOOK = 'xl/workbook.xml';
/** Notes: Excel's `comments1.xml`, openpyxl's `comments/comment1.xml`. */
const SHEET_NOTES = /^xl\/(?:comments|comments\/comment)(\d+)\.xml$/u;
/** Threaded comments, which Excel also writes into the notes part as a placeholder with their text. */
const THREADED_COMMENTS = /^xl\/threadedComments\/threadedComment(\d+)\.xml$/u;

export function officeText(kind: OfficeKind, bytes: Uint8Array, limits: ExtractionLimits): Extraction {
  const directory = readZipDirectory(bytes, limits);
  if (!directory.ok) return unreadable(directory.reason);
  const budget = new InflateBudget(limits.zipInflatedBytes);
  const sink = new TextSink(limits.textChars);
  const decoder = new TextDecoder();
  const read = (entry: ZipEntry): string | Extraction => {
    if (entry.encrypted) return ENCRYPTED;
    const data = readZipEntry(bytes, entry, budget);
    if (!data.ok) return unreadable(data.reason === 'unsupported' ? 'damaged' : data.reason);
    return decoder.decode(data.bytes);
  };
  const entries = directory.entries;
  let strings: readonly string[] = [];
  if (kind === 'xlsx') {
    const shared = entries.find((entry) => entry.name === SHARED_STRINGS);
    const xml = shared ? read(shared) : '';
    if (typeof xml !== 'string') return xml;
    strings = sharedStrings(xml);
  }
  for (const entry of partsOf(kind, entries)) {
    if (sink.full) break;
    if (outOfTime(limits)) return partial(sink, 'out-of-time');
    const xml = read(entry);
    if (typeof xml !== 'string') return xml;
    sink.add(partText(kind, entry.name, xml, strings));
    sink.add('\n');
  }
  return { kind: 'text', text: sink.text(), truncated: sink.truncated };
}

function partText(kind: OfficeKind, name: string, xml: string, strings: readonly string[]): string {
  if (kind !== 'xlsx') return runText(xml, kind === 'docx' ? 'w' : 'a');
  if (name === WORKBOOK) return sheetNames(xml);
  return SHEET_NOTES.test(name) || THREADED_COMMENTS.test(name) ? commentText(xml) : sheetText(xml, strings);
}

function partsOf(kind: OfficeKind, entries: readonly ZipEntry[]): ZipEntry[] {
  if (kind === 'docx') return entries.filter((entry) => WORD_PART.test(entry.name));
  if (kind === 'xlsx') return [...entries.filter((entry) => entry.name === WORKBOOK), ...numbered(entries, SHEET_PART), ...commentParts(entries)];
  return [...numbered(entries, SLIDE_PART), ...numbered(entries, NOTES_PART)];
}

/** The notes parts; the threaded comments' own parts only when there are none (else their text would count twice). */
function commentParts(entries: readonly ZipEntry[]): ZipEntry[] {
  const notes = numbered(entries, SHEET_NOTES);
  return notes.length > 0 ? notes : numbered(entries, THREADED_COMMENTS);
}

/** Slides and sheets in their numbers' order (`slide10` after `slide9`). */
function numbered(entries: readonly ZipEntry[], pattern: RegExp): ZipEntry[] {
  return entries
    .map((entry) => ({ entry, number: Number(pattern.exec(entry.name)?.[1] ?? NaN) }))
    .filter((item) => !Number.isNaN(item.number))
    .sort((a, b) => a.number - b.number)
    .map((item) => item.entry);
}
