/** Turning the FILE arguments into the list of files to check. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions a directory is searched for; a file named on the command line is read whatever its name. */
const DRAFT_EXTENSIONS = /\.(?:eml|json)$/iu;

/**
 * Each argument as it is, except that a directory becomes the `.eml` and `.json` files inside
 * it (recursively, hidden entries skipped, in code-point order so runs are reproducible). An
 * argument that cannot be read stays in the list: reading it later reports the problem in order.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    if (await isDirectory(arg)) {
      const found = await listDraftFiles(arg).catch((): string[] => []);
      files.push(...(found.length > 0 ? found : [arg]));
    } else {
      files.push(arg);
    }
  }
  return files;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function listDraftFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => compareCodePoints(a.name, b.name));
  const files: string[] = [];
  for (const entry of names) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await listDraftFiles(path)));
    else if (DRAFT_EXTENSIONS.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) files.push(path);
  }
  return files;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
