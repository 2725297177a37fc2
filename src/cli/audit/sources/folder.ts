/**
 * The `.eml` files below a folder, walked one directory at a time: each directory's entries are
 * read and sorted (code-point order, hidden entries skipped, as `check` lists a folder), and the
 * walk goes on only as fast as its files are taken, so a mailbox of 100,000 files is never one list.
 */
import { opendir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const EML = /\.eml$/iu;

/** A directory below the PATH that could not be listed (no permission, gone in the meantime): its mail is unreadable, the walk goes on. */
export interface UnlistedDirectory {
  readonly directory: string;
  readonly error: unknown;
}

/** Every `.eml` file below `directory`, depth first, in code-point order within each directory. */
export async function* emlFilesBelow(directory: string): AsyncGenerator<string | UnlistedDirectory> {
  let listed;
  try {
    listed = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { directory, error };
    return;
  }
  const entries = listed.filter((entry) => !entry.name.startsWith('.'));
  const names = entries.map((entry) => ({ name: entry.name, directory: entry.isDirectory(), file: entry.isFile() || entry.isSymbolicLink() }));
  names.sort((a, b) => compareCodePoints(a.name, b.name));
  for (const entry of names) {
    const path = join(directory, entry.name);
    if (entry.directory) yield* emlFilesBelow(path);
    else if (entry.file && EML.test(entry.name)) yield path;
  }
}

/** How many files `emlFilesBelow` will give, counted without holding their names. */
export async function countEmlFiles(directory: string): Promise<number> {
  let count = 0;
  const handle = await opendir(directory);
  for await (const entry of handle) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) count += await countEmlFiles(join(directory, entry.name)).catch(() => 0);
    else if ((entry.isFile() || entry.isSymbolicLink()) && EML.test(entry.name)) count += 1;
  }
  return count;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
