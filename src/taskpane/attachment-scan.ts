/**
 * The task pane reads its draft's attachments (RULES.md «Attachment contents»): each file
 * attachment's content through Office.js, its text by src/attachments (a chunk loaded on first
 * use), into the draft the pane evaluates; and what Send needs of it into sessionData
 * (src/office/attachment-cache.ts), since Send cannot extract anything itself.
 */
import { evaluate } from '../engine';
import { withAttachmentContents, type AttachmentContent, type Draft } from '../engine/draft';
import type { Policy } from '../engine/policy/policy';
import { cacheKey, cachedAttachments, isScannedKind, storedEntries } from '../office/attachment-cache';
import type { AttachmentDetailsLike, ComposeItemLike } from '../office/mailbox';
import { officeCall } from '../office/office-call';
import type { CheckResult } from '../office/run-check';
import { SESSION_KEYS } from '../office/session';
import type * as ReaderModule from './attachment-reader';
import { encodeCache } from './attachment-windows';
import { TIMING } from '../office/timing';

/**
 * How long Office.js may take to hand over one attachment's content: on the web a 25 MB file
 * comes down as 33 MB of base64, so far longer than a draft read; nobody is waiting on Send.
 */
export const PANE_CONTENT_READ_MS = 30_000;

/** `getAttachmentContentAsync` (Mailbox 1.8) and its answer. */
interface ContentItem {
  getAttachmentContentAsync?(id: string, callback: (result: { status: string; value: { format: string; content: string }; error?: { message?: string } | null }) => void): void;
}

/** What the pane read of one attachment, by id and size: read once, whatever the re-checks. */
export interface ScanMemo {
  readonly contents: Map<string, Promise<AttachmentContent | undefined>>;
  /** The sessionData value last written: while it is still what is stored, an unchanged cache is not made again. */
  written?: string;
  /** What it was made from: the same files, reads and policy make the same windows. */
  writtenFrom?: { readonly policy: Policy; readonly files: string };
}

export const newScanMemo = (): ScanMemo => ({ contents: new Map() });

/** What the pane says about the attachments it could not check. */
export interface PaneAttachments {
  /** Files of a kind whose text is read that could not be read (failed, timed out, damaged). */
  readonly unscanned: readonly string[];
  /** Cloud attachments (OneDrive links): their files are not in the message, nor read. */
  readonly cloud: readonly string[];
}

type Reader = typeof ReaderModule;
let reader: Promise<Reader> | undefined;
const loadReader = (): Promise<Reader> => (reader ??= import(/* webpackChunkName: "attachments" */ './attachment-reader'));

/**
 * The check with the attachments' text in its draft and evaluation, and what could not be
 * scanned; unchanged when the client cannot list attachments.
 */
export async function withAttachmentText(item: ComposeItemLike, checked: CheckResult, memo: ScanMemo): Promise<{ checked: CheckResult; attachments: PaneAttachments | null }> {
  const list = await attachmentList(item);
  if (!list) return { checked, attachments: null };
  const files = list.filter((file) => file.attachmentType !== 'cloud');
  const contents = await Promise.all(files.map((file) => contentOf(item, file, memo)));
  const policy = checked.loaded.policy;
  await remember(item, list, files, contents, policy, memo, checked.session.attachments);
  const draft = withAttachmentContents(checked.read.draft, byPosition(checked.read.draft, files, contents));
  // A file the pane could not read that the handlers' page did is in the draft from the cache already.
  const lacked = lackedBySend(files, checked.session.attachments);
  const unscanned = files.filter((_, i) => !contents[i] && lacked[i]).map((file) => file.name);
  return {
    checked: { ...checked, read: { ...checked.read, draft, unscanned: unscanned.length }, evaluation: evaluate(draft, policy, { locale: checked.locale }) },
    attachments: { unscanned, cloud: list.filter((file) => file.attachmentType === 'cloud').map((file) => file.name) },
  };
}

/**
 * For the handlers' page at compose time (src/taskpane/compose-scan.ts): reads only the files Send
 * would count as unscanned (of a read kind, with no entry from the pane or an earlier event) and
 * adds them to the cache, keeping every entry of the message's files already there. Evaluates
 * nothing: the page's bars come from its own check, and Send evaluates the cache.
 */
export async function cacheUnscannedAttachments(item: ComposeItemLike, checked: CheckResult, memo: ScanMemo): Promise<void> {
  const list = checked.read.unscanned ? await attachmentList(item) : null;
  if (!list) return;
  const inMessage = list.filter((file) => file.attachmentType !== 'cloud');
  const lacked = lackedBySend(inMessage, checked.session.attachments);
  const files = inMessage.filter((_, i) => lacked[i]);
  const contents = await Promise.all(files.map((file) => contentOf(item, file, memo)));
  await remember(item, list, files, contents, checked.loaded.policy, memo, checked.session.attachments);
}

/** Which of `files` Send would count as unscanned with the cache `stored`, as Send itself decides (attachment-cache.ts). */
function lackedBySend(files: readonly AttachmentDetailsLike[], stored: string | undefined): boolean[] {
  const { texts } = cachedAttachments(stored, files);
  return files.map((file, i) => texts[i] === undefined && isScannedKind(file.name));
}

function attachmentList(item: ComposeItemLike): Promise<AttachmentDetailsLike[] | null> {
  if (!item.getAttachmentsAsync) return Promise.resolve(null);
  return officeCall<AttachmentDetailsLike[]>('getAttachmentsAsync', (cb) => item.getAttachmentsAsync!(cb), TIMING.readMs).then(
    (list) => (Array.isArray(list) ? list : null),
    () => null,
  );
}

/** One file's content, read once per id and size; a failed read is tried again on the next check. */
function contentOf(item: ComposeItemLike, file: AttachmentDetailsLike, memo: ScanMemo): Promise<AttachmentContent | undefined> {
  if (!isScannedKind(file.name)) return Promise.resolve({ scan: 'unsupported' });
  const key = cacheKey(file.id, file.size);
  let content = memo.contents.get(key);
  if (!content) {
    content = readFile(item as ComposeItemLike & ContentItem, file).then((read) => {
      if (!read) memo.contents.delete(key);
      return read;
    });
    memo.contents.set(key, content);
  }
  return content;
}

async function readFile(item: ContentItem, file: AttachmentDetailsLike): Promise<AttachmentContent | undefined> {
  const start = item.getAttachmentContentAsync;
  if (!start || !file.id) return undefined;
  try {
    const value = await officeCall<{ format: string; content: string }>('getAttachmentContentAsync', (cb) => start.call(item, file.id, cb), PANE_CONTENT_READ_MS);
    // `url`, `eml` and `iCalendar` are other kinds of attachment: no file whose text is read.
    if (!value || value.format !== 'base64' || typeof value.content !== 'string') return undefined;
    const content = await (await loadReader()).readContent(file.name, value.content);
    return content.scan === 'unscanned' ? undefined : content;
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache for Send when it changed: what was `read` now, and the entries already stored
 * for the message's other `listed` files (read by the pane or by the handlers' page), so neither
 * reader drops what the other found. A failed write leaves the attachments unscanned there, which
 * is what they then are.
 */
async function remember(item: ComposeItemLike, listed: readonly AttachmentDetailsLike[], read: readonly AttachmentDetailsLike[], contents: readonly (AttachmentContent | undefined)[], policy: Policy, memo: ScanMemo, stored: string | undefined): Promise<void> {
  if (!item.sessionData || !read.some((file) => isScannedKind(file.name))) return;
  const fresh = new Set(read.filter((_, i) => contents[i]).map((file) => cacheKey(file.id, file.size)));
  const present = new Set(listed.map((file) => cacheKey(file.id, file.size)));
  const kept = Object.fromEntries(Object.entries(storedEntries(stored)).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && present.has(entry[0]) && !fresh.has(entry[0])));
  const signature = `${read.map((file, i) => `${cacheKey(file.id, file.size)}${contents[i] ? '+' : '-'}`).join()}|${Object.keys(kept).join()}`;
  if (memo.writtenFrom && memo.writtenFrom.policy === policy && memo.writtenFrom.files === signature && memo.written === stored) return;
  try {
    const value = encodeCache(
      read.map((file, i) => ({ id: file.id, size: file.size, content: contents[i] })),
      policy,
      undefined,
      kept,
    );
    if (value !== stored) await officeCall<void>('sessionData.setAsync', (cb) => item.sessionData!.setAsync(SESSION_KEYS.attachments, value, cb), TIMING.sessionMs);
    memo.written = value;
    memo.writtenFrom = { policy, files: signature };
  } catch {
    // Tried again on the next check.
  }
}

/** The pane's contents in the draft's order: read-draft listed the same files, cloud links left out. */
function byPosition(draft: Draft, files: readonly AttachmentDetailsLike[], contents: readonly (AttachmentContent | undefined)[]): (AttachmentContent | undefined)[] {
  const used = new Set<number>();
  return draft.attachments.map((attachment) => {
    const i = files.findIndex((file, at) => !used.has(at) && file.name === attachment.name && file.size === attachment.size);
    if (i < 0) return undefined;
    used.add(i);
    return contents[i];
  });
}
