/**
 * Reading one input file as a draft: a draft JSON (RULES.md «A draft as JSON») or an e-mail
 * message, told apart by content rather than by name.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createDraft, parseDraft, type Draft, type LocalizedText } from '../engine';
import { withAttachmentContents, type AttachmentContent } from '../engine/draft';
import { decodeJsonContents, readAttachmentContents, type AttachmentFile } from './attachment-contents';
import { emlToDraft, type MessageDraft } from './eml';
import { countDelimiterLines, MAX_INPUT_BYTES, MAX_MIME_PARTS } from './message-limits';
import { describeReadError, FILE_PROBLEM } from './messages';

export type LoadedDraft = { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly error: LocalizedText };

export { MAX_INPUT_BYTES } from './message-limits';

/** How much of a file to look at to tell JSON, a message and a binary file apart. */
const SNIFF_BYTES = 8192;

/** The signature of an OLE compound file, which is what Outlook's `.msg` is. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A header field line: a name of printable ASCII without colon or space, then a colon (RFC 5322 2.2; 4.5 allows blanks before it). */
const HEADER_FIELD = /^[!-9;-~]+[ \t]*:/mu;

type InputKind = { readonly kind: 'json' | 'message' } | { readonly kind: 'unsupported'; readonly reason: LocalizedText };

/** Reads and parses one file; every problem comes back as a one-line reason, never as a throw. */
export async function loadDraft(file: string): Promise<LoadedDraft> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return failure(FILE_PROBLEM.emptyDirectory);
    if (!info.isFile()) return failure(FILE_PROBLEM.notRegularFile);
    if (info.size > MAX_INPUT_BYTES) return failure(FILE_PROBLEM.tooLarge(info.size, MAX_INPUT_BYTES));
    bytes = await readFile(file);
  } catch (error) {
    return failure(describeReadError(error));
  }
  return draftFromBytes(bytes, file);
}

/**
 * An input's bytes as a draft, told apart by content: draft JSON or a message; `file` (its name)
 * decides for a `.json` file, and is null for a message out of a mailbox (mbox), never JSON.
 */
export function draftFromBytes(bytes: Buffer, file: string | null): Promise<LoadedDraft> | LoadedDraft {
  const input = classify(bytes, file);
  if (input.kind === 'unsupported') return failure(input.reason);
  return input.kind === 'json' ? draftFromJson(bytes) : draftFromMessage(bytes);
}

/** A message mapped to a draft (an `.eml` file's, a PST item's), with what was read from its attachments. */
export function draftOfMessage(message: MessageDraft): Draft {
  return withAttachmentContents(createDraft(message), message.attachments.map((attachment) => attachment.read));
}

function classify(bytes: Buffer, file: string | null): InputKind {
  const text = bytes.subarray(0, SNIFF_BYTES).toString('latin1').replace(/^\xEF\xBB\xBF/u, '');
  const start = text.trimStart();
  if (start === '' && bytes.toString('latin1').trim() === '') return { kind: 'unsupported', reason: FILE_PROBLEM.empty };
  if (file !== null && (start.startsWith('{') || start.startsWith('[') || extname(file).toLowerCase() === '.json')) return { kind: 'json' };
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) return { kind: 'unsupported', reason: FILE_PROBLEM.outlookMsg };
  const headerBlock = headerBlockOf(text);
  if (headerBlock.includes('\0')) return { kind: 'unsupported', reason: FILE_PROBLEM.binary };
  if (!HEADER_FIELD.test(headerBlock)) return { kind: 'unsupported', reason: FILE_PROBLEM.notMail };
  return { kind: 'message' };
}

function headerBlockOf(text: string): string {
  const end = text.search(/\r?\n\r?\n/u);
  return end < 0 ? text : text.slice(0, end);
}

async function draftFromJson(bytes: Buffer): Promise<LoadedDraft> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/u, ''));
  } catch (error) {
    return failure(FILE_PROBLEM.invalidJson((error as Error).message));
  }
  return draftFromJsonValue(value);
}

/** A parsed draft JSON as a draft, with the text of the attachments that carry `content`. */
export async function draftFromJsonValue(value: unknown): Promise<LoadedDraft> {
  const decoded = decodeJsonContents(value);
  const result = parseDraft('files' in decoded ? withContentSizes(value, decoded.files) : value);
  if (!result.ok) return failure(FILE_PROBLEM.invalidDraft(result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')));
  if ('invalid' in decoded) return failure(FILE_PROBLEM.invalidDraft(`${decoded.invalid}: not base64`));
  return { ok: true, draft: withAttachmentContents(result.draft, await contentsByPosition(decoded.files)) };
}

/** An attachment that carries its bytes but no `size` is as large as its bytes (attachment-size needs it). */
function withContentSizes(value: unknown, files: readonly (AttachmentFile | null)[]): unknown {
  if (!files.some(Boolean)) return value;
  const attachments = (value as { attachments?: unknown }).attachments;
  if (!Array.isArray(attachments)) return value;
  const sized = attachments.map((attachment: unknown, i) => {
    const file = files[i];
    return file && (attachment as { size?: unknown }).size === undefined ? { ...(attachment as object), size: file.bytes.length } : attachment;
  });
  return { ...(value as object), attachments: sized };
}

/** Reads the attachments that carry content; the others stay as they were (undefined). */
async function contentsByPosition(files: readonly (AttachmentFile | null)[]): Promise<(AttachmentContent | undefined)[]> {
  const present = files.filter((file): file is AttachmentFile => file !== null);
  const contents = await readAttachmentContents(present);
  let next = 0;
  return files.map((file) => (file === null ? undefined : contents[next++]));
}

async function draftFromMessage(bytes: Buffer): Promise<LoadedDraft> {
  // Counted before parsing: the parser's memory grows with the parts, and one message must not end a batch.
  if (countDelimiterLines(bytes) > MAX_MIME_PARTS) return failure(FILE_PROBLEM.tooManyParts(MAX_MIME_PARTS));
  try {
    return { ok: true, draft: draftOfMessage(await emlToDraft(bytes, { contents: true })) };
  } catch (error) {
    return failure(FILE_PROBLEM.unparsableMessage((error as Error).message));
  }
}

function failure(reason: LocalizedText): LoadedDraft {
  return { ok: false, error: reason };
}
