/**
 * Turns the PATH arguments into audit items: a folder gives its `.eml` files, an mbox file its
 * messages, a `.pst` file its mail. Each is read as the items are taken, so the inputs are never
 * held whole. A PATH that cannot be opened is one unreadable item named by the PATH.
 */
import { open, stat } from 'node:fs/promises';
import type { LocalizedText } from '../../../engine';
import { MAX_INPUT_BYTES } from '../../message-limits';
import { describeReadError, FILE_PROBLEM } from '../../messages';
import type { AuditItem } from '../items';
import { AUDIT_TEXT } from '../texts';
import { countEmlFiles, emlFilesBelow } from './folder';
import { looksLikeMbox, readMbox } from './mbox';
import type { PSTFile } from 'pst-extractor';
import { countPstItems, looksLikePst, openPst, pstItems } from './pst';

type InputKind = 'folder' | 'mbox' | 'pst' | 'eml';

export interface OpenedInput {
  readonly path: string;
  readonly kind: InputKind;
}

export type InputProblem = { readonly path: string; readonly reason: LocalizedText };

/** What each PATH is, or why it cannot be audited. */
export async function openInput(path: string): Promise<OpenedInput | InputProblem> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { path, kind: 'folder' };
    if (!info.isFile()) return { path, reason: FILE_PROBLEM.notRegularFile };
    const start = await readStart(path);
    if (looksLikePst(start, path)) return canOpenPst(path) ? { path, kind: 'pst' } : { path, reason: AUDIT_TEXT.unreadablePst };
    if (looksLikeMbox(start)) return { path, kind: 'mbox' };
    if (/\.eml$/iu.test(path)) return { path, kind: 'eml' };
    return { path, reason: AUDIT_TEXT.notAnInput };
  } catch (error) {
    return { path, reason: describeReadError(error) };
  }
}

/** pst-extractor's own errors quote the file's bytes: only whether it opens is kept. */
function canOpenPst(path: string): boolean {
  try {
    openPst(path).close();
    return true;
  } catch {
    return false;
  }
}

async function readStart(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** How many messages an input holds, when that is cheap to know (not for an mbox). */
export async function countMessages(input: OpenedInput): Promise<number | null> {
  if (input.kind === 'folder') return countEmlFiles(input.path);
  if (input.kind === 'eml') return 1;
  if (input.kind !== 'pst') return null;
  try {
    const file = openPst(input.path);
    try {
      return countPstItems(file);
    } finally {
      file.close();
    }
  } catch {
    return null;
  }
}

/** Numbers the items over every input, so examples and problems keep the inputs' order. */
export class Sequence {
  private value = 0;

  next(): number {
    return this.value++;
  }
}

/**
 * The items of one input. `skipped` is told of items passed over (a contact in a PST file),
 * which are no messages but count toward a PST's total.
 */
export async function* inputItems(input: OpenedInput, seq: Sequence, skipped: () => void): AsyncGenerator<AuditItem> {
  if (input.kind === 'eml') {
    yield { kind: 'file', seq: seq.next(), source: input.path, path: input.path };
  } else if (input.kind === 'folder') {
    for await (const path of emlFilesBelow(input.path)) {
      if (typeof path === 'string') yield { kind: 'file', seq: seq.next(), source: path, path };
      else yield { kind: 'unreadable', seq: seq.next(), source: path.directory, reason: describeReadError(path.error) };
    }
  } else if (input.kind === 'mbox') {
    for await (const message of readMbox(input.path, MAX_INPUT_BYTES)) {
      const source = `${input.path}#${message.index}`;
      if ('bytes' in message) yield { kind: 'bytes', seq: seq.next(), source, bytes: message.bytes };
      else yield { kind: 'unreadable', seq: seq.next(), source, reason: FILE_PROBLEM.tooLarge(message.tooLarge, MAX_INPUT_BYTES) };
    }
  } else {
    yield* pstInputItems(input.path, seq, skipped);
  }
}

function* pstInputItems(path: string, seq: Sequence, skipped: () => void): Generator<AuditItem> {
  let file: PSTFile;
  try {
    file = openPst(path);
  } catch {
    yield { kind: 'unreadable', seq: seq.next(), source: path, reason: AUDIT_TEXT.unreadablePst };
    return;
  }
  try {
    for (const item of pstItems(file)) {
      const source = `${path}#${item.location.replace(/^\//u, '')}`;
      if ('skipped' in item) skipped();
      else if ('draft' in item) yield { kind: 'draft', seq: seq.next(), source, draft: item.draft };
      else yield { kind: 'unreadable', seq: seq.next(), source, reason: AUDIT_TEXT.unreadablePstItem };
    }
  } catch {
    // A damaged folder tree: what was read counts, the rest of the file is one unreadable item.
    yield { kind: 'unreadable', seq: seq.next(), source: path, reason: AUDIT_TEXT.unreadablePst };
  } finally {
    file.close();
  }
}
