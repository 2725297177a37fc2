import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/**
 * pdfjs-dist's `cmaps/` folder (the character maps of Adobe's CJK collections), for PDF.js to read
 * Chinese in fonts a PDF names without embedding; undefined when the package is not installed,
 * and such text then stays unread (unscanned, never clean). Found the way Node looks for a package,
 * from this file's folder up: the bundler would turn a require.resolve into a module of its own.
 */
export function pdfCMapFolder(from = __dirname): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    const cmaps = join(folder, 'node_modules', 'pdfjs-dist', 'cmaps');
    if (existsSync(join(cmaps, 'UniGB-UCS2-H.bcmap'))) return cmaps + sep;
    if (dirname(folder) === folder) return undefined;
  }
}
