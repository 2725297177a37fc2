/**
 * The messages of an Outlook `.pst` file, read with pst-extractor folder by folder. The file is
 * read where each item lies (pst-extractor seeks, it does not load the file); an item that
 * cannot be read is reported and the walk goes on.
 */
import { PSTFile, PSTMessage, type PSTFolder } from 'pst-extractor';
import type { MessageDraft } from '../../eml';
import { pstMessageToDraft } from './pst-draft';

export type PstItem =
  | { readonly location: string; readonly draft: MessageDraft }
  | { readonly location: string; readonly problem: string }
  /** An item that is not mail (a contact, an appointment): passed over. */
  | { readonly location: string; readonly skipped: true };

/** The signature every PST file starts with (MS-PST 2.2.2.6: `!BDN`). */
const PST_MAGIC = Buffer.from('!BDN', 'latin1');

export function looksLikePst(start: Buffer, path: string): boolean {
  return start.subarray(0, PST_MAGIC.length).equals(PST_MAGIC) || /\.(?:pst|ost)$/iu.test(path);
}

/** Opens the file; throws when it is not a PST file pst-extractor can read. */
export function openPst(path: string): PSTFile {
  return quietly(() => new PSTFile(path));
}

/** How many items the folders hold: the progress bar's total. */
export function countPstItems(file: PSTFile): number {
  let count = 0;
  const visit = (folder: PSTFolder): void => {
    count += folder.contentCount;
    if (folder.hasSubfolders) for (const child of folder.getSubFolders()) visit(child);
  };
  quietly(() => visit(file.getRootFolder()));
  return count;
}

/** Every item of every folder, depth first; mail as drafts, the rest as problems or skips. */
export function* pstItems(file: PSTFile): Generator<PstItem> {
  yield* folderItems(quietly(() => file.getRootFolder()), '');
}

function* folderItems(folder: PSTFolder, path: string): Generator<PstItem> {
  const expected = folder.contentCount;
  let read = 0;
  let problem: string | null = null;
  for (;;) {
    let child: unknown;
    try {
      child = quietly(() => folder.getNextChild());
    } catch (error) {
      problem = (error as Error).message;
      break;
    }
    if (child === null || child === undefined) break;
    read += 1;
    yield itemOf(child, `${path}/${read}`);
  }
  // pst-extractor passes over an item it cannot load (and logs it): what is missing is reported here.
  for (let index = read + 1; index <= expected; index++) yield { location: `${path}/${index}`, problem: problem ?? 'the PST item could not be loaded' };
  let children: PSTFolder[] = [];
  try {
    children = folder.hasSubfolders ? quietly(() => folder.getSubFolders()) : [];
  } catch (error) {
    yield { location: `${path}/`, problem: (error as Error).message };
  }
  for (const child of children) yield* folderItems(child, `${path}/${child.displayName}`);
}

function itemOf(child: unknown, location: string): PstItem {
  if (!(child instanceof PSTMessage) || !/^IPM\.Note/iu.test(child.messageClass)) return { location, skipped: true };
  try {
    return { location, draft: quietly(() => pstMessageToDraft(child)) };
  } catch (error) {
    return { location, problem: (error as Error).message };
  }
}

/**
 * Runs pst-extractor with console output off: it logs the items it passes over to stdout, which
 * is where the audit's JSON goes.
 */
function quietly<T>(read: () => T): T {
  const { log, warn, error } = console;
  console.log = console.warn = console.error = () => undefined;
  try {
    return read();
  } finally {
    Object.assign(console, { log, warn, error });
  }
}
